package org.stancekit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Streams articles from an RFC 4180 CSV file (UTF-8, header row, quoted fields with embedded delimiters,
 * newlines and doubled quotes; plain, {@code .gz} or {@code -} for stdin), one article per row, mapped by
 * {@link CsvColumns}. Rows with the wrong number of fields, broken UTF-8, a stray character after a closing
 * quote, an unterminated quote or an empty text are reported as {@link ReadError}s naming the line where the
 * row starts. Line ends inside quoted fields become LF. A row without an id gets {@code <file base name>:<row>}
 * (row 1 is the first row after the header). A {@code title} column found by name is not used as the title when
 * it is already one of the text columns, so the title does not appear twice in {@link Article#fullText()}.
 */
public final class CsvReader implements CorpusReader {

    private final Path path;
    private final CsvColumns columns;
    private final Set<String> labelFields;
    private final long maxRecordBytes;

    /** Reads with the given mapping; label fields name the label columns found by name when none are mapped. */
    public CsvReader(Path path, CsvColumns columns, Set<String> labelFields, long maxRecordBytes) {
        if (maxRecordBytes <= 0) throw new IllegalArgumentException("max record size must be positive, got " + maxRecordBytes);
        this.path = path;
        this.columns = columns;
        this.labelFields = Set.copyOf(labelFields);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads with the given mapping, label column {@code label} when present, 64 MB per row. */
    public CsvReader(Path path, CsvColumns columns) {
        this(path, columns, Set.of("label"), InputOptions.DEFAULT_MAX_FILE_BYTES);
    }

    /** One parsed row: its fields, the line it starts on, and the first problem met while parsing it (or null). */
    private record Row(List<String> fields, long line, String problem, String raw) {
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
        readWithOrigin((a, o) -> articles.accept(a), errors);
    }

    @Override
    public void readWithOrigin(BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
        String name = path.toString();
        String base = name.equals("-") ? "stdin" : CorpusFiles.baseName(path);
        try (InputStream in = CorpusFiles.openOrFail(path)) {
            RowParser parser = new RowParser(new ByteLines(in, maxRecordBytes));
            Row header;
            try {
                header = parser.next();
            } catch (IOException e) {
                throw new CorpusException(name + ": cannot read: " + e.getMessage(), e);
            }
            if (header == null) throw new CorpusException(name + ": empty CSV file (no header row)");
            if (header.problem() != null) {
                throw new CorpusException(name + ":" + header.line() + ": bad header row: " + header.problem()
                        + (header.problem().startsWith("invalid UTF-8") ? "; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")" : ""));
            }
            Mapping m = new Mapping(name, header.fields());
            long rowNo = 0;
            while (true) {
                Row row;
                try {
                    row = parser.next();
                } catch (IOException e) {
                    errors.accept(new ReadError(name, parser.lines.lineNumber() + 1,
                            "cannot read further (" + e.getMessage() + "): truncated or corrupt file; rest of file skipped", ""));
                    return;
                }
                if (row == null) return;
                rowNo++;
                String problem = row.problem();
                if (problem == null && row.fields().size() != m.width) {
                    problem = "expected " + m.width + " fields (as in the header), got " + row.fields().size();
                }
                if (problem != null) {
                    errors.accept(new ReadError(name, row.line(), problem, CorpusFiles.excerpt(row.raw())));
                    continue;
                }
                Article a = m.article(row.fields(), base + ":" + rowNo);
                if (a.text().isBlank()) {
                    errors.accept(new ReadError(name, row.line(), "empty text (column" + (m.text.length > 1 ? "s " : " ")
                            + m.textNames() + ")", CorpusFiles.excerpt(row.raw())));
                    continue;
                }
                articles.accept(a, new Origin(name, row.line()));
            }
        } catch (IOException e) {
            throw new CorpusException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Column indexes resolved against the header. */
    private final class Mapping {
        final int width;
        final List<String> header;
        final int id;
        final int[] text;
        final int title;
        final int outlet;
        final int url;
        final int date;
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final List<Integer> rest = new ArrayList<>();
        final String source;

        Mapping(String source, List<String> header) {
            this.source = source;
            this.header = header;
            this.width = header.size();
            boolean[] used = new boolean[width];
            id = optional(columns.id(), "id", "id", used);
            if (columns.text().isEmpty()) {
                int t = find("text");
                if (t < 0) {
                    throw new CorpusException(source + ": no \"text\" column (columns: " + list() + ")"
                            + (delimiterHint().isEmpty() ? "; map the text column(s) with --csv-text" : delimiterHint()));
                }
                text = new int[]{t};
                used[t] = true;
            } else {
                text = new int[columns.text().size()];
                for (int i = 0; i < text.length; i++) text[i] = required(columns.text().get(i), "text", used);
            }
            int t = optional(columns.title(), "title", "title", used);
            if (columns.title() == null && t >= 0 && contains(text, t)) t = -1; // already part of the text: not twice
            title = t;
            outlet = optional(columns.outlet(), "outlet", "outlet", used);
            url = optional(columns.url(), "url", "url", used);
            date = optional(columns.date(), "date", "date", used);
            if (columns.labels().isEmpty()) {
                for (String f : labelFields) {
                    int c = find(f);
                    if (c >= 0) {
                        labels.put(f, c);
                        used[c] = true;
                    }
                }
            } else {
                columns.labels().forEach((task, col) -> labels.put(task, required(col, "label task \"" + task + "\"", used)));
            }
            // a column named like an article field or a label task that was mapped from another column is replaced by it
            for (int i = 0; i < width; i++) {
                if (!used[i] && !Jsonl.CORE.contains(header.get(i)) && !labels.containsKey(header.get(i))) rest.add(i);
            }
        }

        private static boolean contains(int[] a, int v) {
            for (int x : a) if (x == v) return true;
            return false;
        }

        /** The explicitly named column (must exist) or, when not named, the column called {@code dflt} if present. */
        private int optional(String named, String dflt, String role, boolean[] used) {
            if (named != null) return required(named, role, used);
            int c = find(dflt);
            if (c >= 0) used[c] = true;
            return c;
        }

        private int required(String named, String role, boolean[] used) {
            int c = find(named);
            if (c < 0) throw new CorpusException(source + ": no column \"" + named + "\" for " + role + " (columns: " + list() + ")" + delimiterHint());
            used[c] = true;
            return c;
        }

        /** Exact header match, else the single case-insensitive match, else -1. */
        private int find(String col) {
            int exact = header.indexOf(col);
            if (exact >= 0) return exact;
            int found = -1;
            for (int i = 0; i < width; i++) {
                if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(col.trim().toLowerCase(Locale.ROOT))) {
                    if (found >= 0) throw new CorpusException(source + ": column name \"" + col + "\" is ambiguous (columns: " + list() + ")");
                    found = i;
                }
            }
            return found;
        }

        /**
         * When the header is one column holding ';', a tab or '|', the file is most likely separated by that
         * character: the option that reads it (spreadsheets in many locales export ';'-separated CSV).
         */
        private String delimiterHint() {
            if (width != 1) return "";
            for (char d : new char[]{';', '\t', '|'}) {
                if (header.get(0).indexOf(d) >= 0) {
                    return "; the header looks " + (d == '\t' ? "tab" : "'" + d + "'") + "-separated: give --csv-delimiter " + (d == '\t' ? "tab" : "'" + d + "'");
                }
            }
            return "";
        }

        private String list() {
            StringJoiner j = new StringJoiner(", ");
            for (String h : header) j.add("\"" + h + "\"");
            return j.toString();
        }

        String textNames() {
            StringJoiner j = new StringJoiner(", ");
            for (int t : text) j.add(header.get(t));
            return j.toString();
        }

        Article article(List<String> f, String fallbackId) {
            StringBuilder sb = new StringBuilder();
            for (int t : text) {
                String v = f.get(t);
                if (v.isBlank()) continue;
                if (sb.length() > 0) sb.append("\n\n");
                sb.append(v);
            }
            String idValue = value(f, id);
            Map<String, String> ls = new LinkedHashMap<>();
            labels.forEach((task, c) -> {
                String v = value(f, c);
                if (v != null) ls.put(task, v);
            });
            Map<String, Object> meta = new LinkedHashMap<>();
            for (int c : rest) {
                String v = f.get(c);
                if (v.isBlank()) continue;
                String key = header.get(c).isBlank() ? "column" + (c + 1) : header.get(c);
                meta.putIfAbsent(key, v);
            }
            return new Article(idValue == null ? fallbackId : idValue, sb.toString(), value(f, title), value(f, outlet),
                    value(f, url), value(f, date), ls, meta);
        }

        private static String value(List<String> f, int c) {
            if (c < 0) return null;
            String v = f.get(c).trim();
            return v.isEmpty() ? null : v;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN }

    /** RFC 4180 state machine over physical lines; a quoted field may span lines. */
    private final class RowParser {
        final ByteLines lines;
        final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        final char delim = columns.delimiter();

        RowParser(ByteLines lines) {
            this.lines = lines;
        }

        Row next() throws IOException {
            ByteLines.Line l;
            do {
                l = lines.next();
                if (l == null) return null;
            } while (!l.tooLong() && l.bytes().length == 0); // blank lines between rows are not rows
            long start = l.number();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            StringBuilder raw = new StringBuilder();
            String problem = null;
            long size = 0;
            State st = State.FIELD_START;
            while (true) {
                String s;
                if (l.tooLong()) {
                    if (problem == null) problem = "row too large (a line of " + l.length() + " bytes, limit " + maxRecordBytes + ")";
                    s = "";
                } else {
                    s = decode(l);
                    if (s == null) {
                        if (problem == null) problem = "invalid UTF-8 (malformed byte sequence) on line " + l.number();
                        s = new String(l.bytes(), StandardCharsets.UTF_8);
                    }
                    size += l.length();
                    if (size > maxRecordBytes && problem == null) problem = "row too large (over " + maxRecordBytes + " bytes)";
                }
                if (l.number() == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
                if (raw.length() < 200) raw.append(raw.length() > 0 ? "\n" : "").append(s, 0, Math.min(s.length(), 200));
                boolean keep = problem == null;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (st) {
                        case FIELD_START -> {
                            if (c == delim) fields.add("");
                            else if (c == '"') st = State.QUOTED;
                            else {
                                if (keep) field.append(c);
                                st = State.UNQUOTED;
                            }
                        }
                        case UNQUOTED -> {
                            if (c == delim) {
                                fields.add(field.toString());
                                field.setLength(0);
                                st = State.FIELD_START;
                            } else if (keep) field.append(c);
                        }
                        case QUOTED -> {
                            if (c == '"') st = State.QUOTE_SEEN;
                            else if (keep) field.append(c);
                        }
                        case QUOTE_SEEN -> {
                            if (c == '"') {
                                if (keep) field.append('"');
                                st = State.QUOTED;
                            } else if (c == delim) {
                                fields.add(field.toString());
                                field.setLength(0);
                                st = State.FIELD_START;
                            } else {
                                if (problem == null) {
                                    problem = "unexpected character '" + c + "' after closing quote in field " + (fields.size() + 1)
                                            + (l.number() != start ? " on line " + l.number() : "");
                                }
                                keep = false;
                                st = State.UNQUOTED;
                            }
                        }
                    }
                }
                if (keep && problem != null) keep = false;
                if (st != State.QUOTED) break;
                // a quoted field continues on the next line
                if (keep) field.append('\n');
                l = lines.next();
                if (l == null) {
                    if (problem == null) problem = "unterminated quoted field (a quote opened on line " + start + " or later is never closed)";
                    break;
                }
            }
            fields.add(field.toString());
            return new Row(fields, start, problem, raw.toString());
        }

        private String decode(ByteLines.Line l) {
            try {
                return strict.decode(ByteBuffer.wrap(l.bytes())).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
