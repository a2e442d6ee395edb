package org.stancekit.cli;

import org.stancekit.corpus.CsvColumns;
import org.stancekit.corpus.Format;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code --csv-label} option of verbs that read gold labels from a CSV file ({@code import}, {@code compare --use-labels}). */
final class CsvLabelArgs {

    @Option(names = "--csv-label", paramLabel = "[<task>=]<col>",
            description = "CSV label column, stored under the first label field, or under <task> (repeatable).")
    List<String> labels;

    /**
     * {@code csv} with the label columns added; a column without a task goes under the first of {@code labelFields}.
     *
     * @throws IllegalArgumentException when --csv-label is given with a non-CSV --format, or twice for one task
     */
    CsvColumns apply(CsvColumns csv, Format format, Set<String> labelFields) {
        if (labels == null || labels.isEmpty()) return csv;
        if (format != Format.AUTO && format != Format.CSV) {
            throw new IllegalArgumentException("--csv-* options apply to CSV input only, not to --format " + format.name().toLowerCase(Locale.ROOT));
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String spec : labels) {
            int eq = spec.indexOf('=');
            String task = eq > 0 ? spec.substring(0, eq) : labelFields.iterator().next();
            String col = eq > 0 ? spec.substring(eq + 1) : spec;
            if (m.put(task, col) != null) throw new IllegalArgumentException("--csv-label: task \"" + task + "\" given twice");
        }
        return csv.withLabels(m);
    }

}
