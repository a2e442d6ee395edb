package org.stancekit.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CSV columns make which {@link Article} fields. A null (or empty) mapping means "the column of the same
 * name, when present": {@code id}, {@code text}, {@code title}, {@code outlet}, {@code url}, {@code date}, and the
 * label fields. The text may come from several columns, joined by a blank line (e.g. {@code title,desc}).
 * Labels map a task name (the key under which the label is stored, e.g. {@code label}) to a column.
 * Columns not mapped are kept as metadata under their header name, except a column named like an article field or a
 * label task that is mapped from another column (e.g. a {@code text} column when the text comes from {@code body}):
 * the mapped column replaces it.
 */
public record CsvColumns(String id, List<String> text, String title, String outlet, String url, String date,
                         Map<String, String> labels, char delimiter) {

    public CsvColumns {
        text = text == null ? List.of() : List.copyOf(text);
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) throw new IllegalArgumentException("CSV label task names must not be blank");
            if (e.getValue() == null) throw new IllegalArgumentException("CSV label column for task \"" + e.getKey() + "\" is missing");
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("CSV delimiter must not be a quote or a line end");
        }
    }

    /** Every field from the column of the same name, comma-delimited. */
    public static CsvColumns byName() {
        return new CsvColumns(null, List.of(), null, null, null, null, Map.of(), ',');
    }

    public CsvColumns withId(String column) {
        return new CsvColumns(column, text, title, outlet, url, date, labels, delimiter);
    }

    public CsvColumns withText(List<String> columns) {
        return new CsvColumns(id, columns, title, outlet, url, date, labels, delimiter);
    }

    public CsvColumns withTitle(String column) {
        return new CsvColumns(id, text, column, outlet, url, date, labels, delimiter);
    }

    public CsvColumns withOutlet(String column) {
        return new CsvColumns(id, text, title, column, url, date, labels, delimiter);
    }

    public CsvColumns withUrl(String column) {
        return new CsvColumns(id, text, title, outlet, column, date, labels, delimiter);
    }

    public CsvColumns withDate(String column) {
        return new CsvColumns(id, text, title, outlet, url, column, labels, delimiter);
    }

    public CsvColumns withLabels(Map<String, String> taskToColumn) {
        return new CsvColumns(id, text, title, outlet, url, date, taskToColumn, delimiter);
    }

    public CsvColumns withDelimiter(char d) {
        return new CsvColumns(id, text, title, outlet, url, date, labels, d);
    }
}
