package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a stance experiment's labelled data lives. {@code format: jsonl} reads articles with a label field;
 * {@code format: outlet_csv} reads a CSV (title and description columns) whose label is the alignment of the
 * row's outlet ({@code outlet_labels}), split by outlet into {@code train_outlets} and {@code test_outlets}
 * so a model cannot win by learning house style. Paths are relative to the config file. A key of the other
 * format ({@code folds_file} is jsonl's, the outlet keys are outlet_csv's) is an error rather than ignored.
 */
public record StanceData(String format, String train, String labelField, String foldsFile,
                         List<String> textColumns, String outletColumn, Map<String, String> outletLabels,
                         List<String> trainOutlets, List<String> testOutlets) {

    /** The format-specific keys read with {@code format: jsonl} ({@code train} and {@code label_field} are read by both). */
    public static final List<String> JSONL_KEYS = List.of("folds_file");
    /** The format-specific keys read with {@code format: outlet_csv}. */
    public static final List<String> OUTLET_CSV_KEYS = List.of("text_columns", "outlet_column", "outlet_labels", "train_outlets", "test_outlets");

    public StanceData {
        format = format == null ? "jsonl" : Configs.oneOf("data.format", format, List.of("jsonl", "outlet_csv"));
        if (train == null || train.isBlank()) throw Configs.invalid("data.train", train, "a path to the labelled corpus");
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("folds_file", foldsFile);
        written.put("text_columns", textColumns);
        written.put("outlet_column", outletColumn);
        written.put("outlet_labels", outletLabels);
        written.put("train_outlets", trainOutlets);
        written.put("test_outlets", testOutlets);
        List<String> reads = format.equals("jsonl") ? JSONL_KEYS : OUTLET_CSV_KEYS;
        Map.Entry<String, Object> e = Configs.firstUnread(written, reads);
        if (e != null) {
            throw Configs.unused("data." + e.getKey(), e.getValue(), "is read only with data.format: "
                    + (format.equals("jsonl") ? "outlet_csv" : "jsonl") + ", not " + format + "; remove it");
        }
        labelField = labelField == null ? "label" : labelField;
        textColumns = textColumns == null ? List.of("title", "desc") : List.copyOf(textColumns);
        outletColumn = outletColumn == null ? "Site" : outletColumn;
        outletLabels = outletLabels == null ? Map.of() : Map.copyOf(outletLabels);
        trainOutlets = trainOutlets == null ? List.of() : List.copyOf(trainOutlets);
        testOutlets = testOutlets == null ? List.of() : List.copyOf(testOutlets);
        if (format.equals("outlet_csv")) {
            if (outletLabels.isEmpty()) throw Configs.invalid("data.outlet_labels", "{}", "a map outlet -> label for format outlet_csv");
            for (String o : trainOutlets) if (!outletLabels.containsKey(o)) throw Configs.invalid("data.train_outlets", o, String.join(", ", outletLabels.keySet()));
            for (String o : testOutlets) if (!outletLabels.containsKey(o)) throw Configs.invalid("data.test_outlets", o, String.join(", ", outletLabels.keySet()));
            if (trainOutlets.isEmpty() || testOutlets.isEmpty()) throw Configs.invalid("data.train_outlets/test_outlets", "[]", "non-empty outlet lists");
            for (String o : trainOutlets) if (testOutlets.contains(o)) throw Configs.invalid("data.test_outlets", o, "outlets not used for training");
        }
    }
}
