package org.stancekit.cli;

import org.stancekit.corpus.CsvColumns;
import org.stancekit.corpus.Format;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

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

    @Option(names = "--csv-delimiter", paramLabel = "<char>", defaultValue = ",",
            description = "CSV field delimiter: one character, or 'tab' (default: '${DEFAULT-VALUE}').")
    String delimiter = ",";

    /**
     * The column mapping (labels are mapped by {@link CsvLabelArgs}).
     *
     * @throws IllegalArgumentException when a --csv-* option is given with a non-CSV --format, or is malformed
     */
    CsvColumns columns(Format format) {
        boolean given = text != null || id != null || title != null || outlet != null || url != null || date != null
                || !delimiter.equals(",");
        if (given && format != Format.AUTO && format != Format.CSV) {
            throw new IllegalArgumentException("--csv-* options apply to CSV input only, not to --format " + format.name().toLowerCase(Locale.ROOT));
        }
        return CsvColumns.byName().withId(id).withText(text).withTitle(title).withOutlet(outlet)
                .withUrl(url).withDate(date).withDelimiter(delimiter(delimiter));
    }

    private static char delimiter(String s) {
        if (s.equalsIgnoreCase("tab") || s.equals("\\t")) return '\t';
        if (s.length() != 1) throw new IllegalArgumentException("--csv-delimiter: expected one character or 'tab', got \"" + s + "\"");
        return s.charAt(0);
    }
}
