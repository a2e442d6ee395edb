package org.stancekit.cli;

import org.stancekit.corpus.CsvColumns;
import org.stancekit.corpus.Format;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code --csv-*} options that map a CSV file's columns to article fields, shared by every verb that reads articles. */
final class CsvArgs {

    @Option(names = "--csv-text", paramLabel = "<col>", split = ",",
            description = "CSV column(s) forming the text, joined by a blank line, e.g. title,desc (default: text).")
    List<String> text;

    @Option(names = "--csv-id", paramLabel = "<col>", description = "CSV id column (default: id; else <file>:<row>).")
    String id;

    @Option(names = "--csv-title", paramLabel = "<col>", description = "CSV title column (default: title, when present).")
    String title;

    @Option(names = "--csv-outlet", paramLabel = "<col>", description = "CSV outlet column (default: outlet, when present).")
    String outlet;

    @Option(names = "--csv-url", paramLabel = "<col>", description = "CSV url column (default: url, when present).")
    String url;

    @Option(names = "--csv-date", paramLabel = "<col>", description = "CSV date column (default: date, when present).")
    String date;

    @Option(names = "--csv-label", paramLabel = "[<task>=]<col>",
            description = "CSV label column, stored under the first label field, or under <task> (repeatable).")
    List<String> labels;

    @Option(names = "--csv-delimiter", paramLabel = "<char>", defaultValue = ",",
            description = "CSV field delimiter: one character, or 'tab' (default: '${DEFAULT-VALUE}').")
    String delimiter = ",";

    /**
     * The column mapping; labels without a task go under the first of {@code labelFields}.
     *
     * @throws IllegalArgumentException when a --csv-* option is given with a non-CSV --format, or is malformed
     */
    CsvColumns columns(Format format, Set<String> labelFields) {
        boolean given = text != null || id != null || title != null || outlet != null || url != null || date != null
                || labels != null || !delimiter.equals(",");
        if (given && format != Format.AUTO && format != Format.CSV) {
            throw new IllegalArgumentException("--csv-* options apply to CSV input only, not to --format " + format.name().toLowerCase(Locale.ROOT));
        }
        CsvColumns csv = CsvColumns.byName().withId(id).withText(text).withTitle(title).withOutlet(outlet)
                .withUrl(url).withDate(date).withDelimiter(delimiter(delimiter));
        if (labels != null && !labels.isEmpty()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String spec : labels) {
                int eq = spec.indexOf('=');
                String task = eq > 0 ? spec.substring(0, eq) : labelFields.iterator().next();
                String col = eq > 0 ? spec.substring(eq + 1) : spec;
                if (m.put(task, col) != null) throw new IllegalArgumentException("--csv-label: task \"" + task + "\" given twice");
            }
            csv = csv.withLabels(m);
        }
        return csv;
    }

    private static char delimiter(String s) {
        if (s.equalsIgnoreCase("tab") || s.equals("\\t")) return '\t';
        if (s.length() != 1) throw new IllegalArgumentException("--csv-delimiter: expected one character or 'tab', got \"" + s + "\"");
        return s.charAt(0);
    }
}
