package org.stancekit.compare;

import org.stancekit.corpus.Article;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Collection;
import java.util.TreeSet;

/**
 * How articles are grouped before their framing is compared: one or more keys ({@code outlet}, {@code year},
 * {@code quarter}, {@code month} or {@code field:NAME} for a metadata field), joined into one group name such as
 * {@code "VNE 2006-Q1"}. Dates are ISO 8601 or, when a {@link DateTimeFormatter} pattern is given, match it.
 */
public record GroupBy(List<String> keys, String datePattern) {

    /** The keys a group can be made of, besides {@code field:NAME}. */
    public static final List<String> KEYS = List.of("outlet", "year", "quarter", "month");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?");

    public GroupBy {
        if (keys == null || keys.isEmpty()) throw new IllegalArgumentException("--by needs at least one key: " + allowed());
        keys = List.copyOf(keys);
        for (String k : keys) {
            boolean field = k.startsWith("field:") && k.length() > "field:".length();
            if (!field && !KEYS.contains(k)) {
                throw new IllegalArgumentException("--by: unknown key '" + k + "'; allowed: " + allowed());
            }
        }
        if (datePattern != null) {
            try {
                DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--date-format: '" + datePattern + "' is not a date pattern (" + e.getMessage() + ")");
            }
        }
    }

    /** Parses a comma-separated key list such as {@code outlet,year}. */
    public static GroupBy parse(String spec, String datePattern) {
        List<String> keys = new ArrayList<>();
        for (String k : spec.split(",")) if (!k.isBlank()) keys.add(k.strip());
        return new GroupBy(keys, datePattern);
    }

    /** The keys as a reader sees them, e.g. {@code "outlet year"} or {@code "desk"} for {@code field:desk}. */
    public String label() {
        return String.join(" ", keys.stream().map(k -> k.startsWith("field:") ? k.substring("field:".length()) : k).toList());
    }

    /** Whether any key is a period (the groups then sort chronologically rather than by size). */
    public boolean byPeriod() {
        return keys.stream().anyMatch(k -> !k.equals("outlet") && !k.startsWith("field:"));
    }

    /**
     * The group an article belongs to; missing values give {@code (no outlet)}, {@code (no date)}, {@code (no NAME)},
     * and a date without a month (e.g. {@code 2006}) gives {@code 2006 (no month)} / {@code 2006 (no quarter)}.
     */
    public String groupOf(Article a) {
        StringBuilder sb = new StringBuilder();
        DatePart date = null;
        boolean dateRead = false;
        for (String k : keys) {
            if (!sb.isEmpty()) sb.append(' ');
            if (k.equals("outlet")) {
                sb.append(a.outlet() == null || a.outlet().isBlank() ? "(no outlet)" : a.outlet().strip());
            } else if (k.startsWith("field:")) {
                String f = k.substring("field:".length());
                Object v = a.metadata().get(f);
                sb.append(v == null || v.toString().isBlank() ? "(no " + f + ")" : v.toString().strip());
            } else {
                if (!dateRead) {
                    date = date(a);
                    dateRead = true;
                }
                if (date == null) {
                    sb.append("(no date)");
                } else if (k.equals("year")) {
                    sb.append(String.format(Locale.ROOT, "%04d", date.year()));
                } else if (date.month() == 0) {
                    sb.append(String.format(Locale.ROOT, "%04d (no %s)", date.year(), k));
                } else {
                    sb.append(k.equals("quarter") ? String.format(Locale.ROOT, "%04d-Q%d", date.year(), (date.month() - 1) / 3 + 1)
                            : String.format(Locale.ROOT, "%04d-%02d", date.year(), date.month()));
                }
            }
        }
        return sb.toString();
    }

    /** Whether the article has a value for one of the keys (an outlet, a date, or the named field), whether or not it parses. */
    public static boolean hasValue(String key, Article a) {
        if (key.equals("outlet")) return a.outlet() != null && !a.outlet().isBlank();
        if (key.startsWith("field:")) {
            Object v = a.metadata().get(key.substring("field:".length()));
            return v != null && !v.toString().isBlank();
        }
        return a.date() != null && !a.date().isBlank();
    }

    /**
     * What to do when no article had a value for {@code key}: the option that maps a CSV column to it, and the fields
     * the articles do have ({@code fieldsSeen}), so a spreadsheet's {@code Báo} or {@code Ngày đăng} column can be named.
     */
    public static String missingHint(String key, Collection<String> fieldsSeen) {
        String fields = fieldsSeen.isEmpty() ? "" : " (the input's other fields: " + String.join(", ", new TreeSet<>(fieldsSeen)) + ")";
        if (key.equals("outlet")) return "no article has an outlet to group by: name the CSV column that holds it with --csv-outlet" + fields;
        if (key.startsWith("field:")) return "no article has a field '" + key.substring("field:".length()) + "' to group by" + fields;
        return "no article has a date to group by " + key + ": name the CSV column that holds it with --csv-date" + fields;
    }

    /** A year and, when the date gives it, a month (0 when it does not). */
    record DatePart(int year, int month) {
    }

    /**
     * The article's date down to the month, null when it has none. ISO dates may be partial ({@code 2006},
     * {@code 2006-03}) and are read with or without a {@code --date-format} pattern (a spreadsheet export often mixes
     * {@code 23/11/2026} and {@code 2026-11-23 08:15}); a pattern may be followed by a time ({@code dd/MM/yyyy} reads
     * {@code 23/11/2026 08:15}).
     */
    DatePart date(Article a) {
        String s = a.date() == null ? "" : a.date().strip();
        if (s.isEmpty()) return null;
        Matcher m = ISO.matcher(s);
        if (datePattern != null) {
            DatePart p = byPattern(s);
            if (p != null) return p;
            if (!m.matches()) throw new IllegalArgumentException("date '" + s + "' matches neither --date-format " + datePattern + " nor ISO 8601 (2006-03-31)");
        } else if (!m.matches()) {
            throw new IllegalArgumentException("date '" + s + "' is not ISO 8601 (2006, 2006-03, 2006-03-31, ...); give --date-format, e.g. " + patternHint(s));
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Math.max(month, 1), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + s + "' is not a calendar date (" + e.getMessage() + ")");
        }
        return new DatePart(Integer.parseInt(m.group(1)), month);
    }

    /** The date read with the --date-format pattern (a time or other text may follow after a space, 'T' or ','), null when it does not match. */
    private DatePart byPattern(String s) {
        ParsePosition pos = new ParsePosition(0);
        TemporalAccessor t;
        try {
            // strict: 31/02 is not quietly read as 28/02 (the day is checked below, as yyyy leaves the date unresolved)
            t = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).parse(s, pos);
        } catch (DateTimeException e) {
            return null;
        }
        int end = pos.getIndex();
        if (end < s.length() && !(Character.isWhitespace(s.charAt(end)) || s.charAt(end) == 'T' || s.charAt(end) == ',')) return null;
        ChronoField yearField = t.isSupported(ChronoField.YEAR) ? ChronoField.YEAR : ChronoField.YEAR_OF_ERA;
        if (!t.isSupported(yearField)) throw new IllegalArgumentException("--date-format " + datePattern + " gives no year (date '" + s + "')");
        int year = t.get(yearField), month = t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : 0;
        if (month > 0 && t.isSupported(ChronoField.DAY_OF_MONTH)) {
            try {
                LocalDate.of(year, month, t.get(ChronoField.DAY_OF_MONTH));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("date '" + s + "' is not a calendar date (" + e.getMessage() + ")");
            }
        }
        return new DatePart(year, month);
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[T ,].*)?");

    /**
     * A --date-format that reads {@code s}: day first when the first number cannot be a month (23/11/2026), month
     * first when the second cannot (11/23/2026), both offered when either could (05/11/2026).
     */
    static String patternHint(String s) {
        Matcher m = NUMERIC_DATE.matcher(s);
        if (!m.matches()) return "d/M/yyyy or MM/dd/yyyy";
        String sep = m.group(2), y = m.group(4).length() == 2 ? "yy" : "yyyy";
        String dayFirst = "d" + sep + "M" + sep + y, monthFirst = "M" + sep + "d" + sep + y;
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        if (a > 12 && b <= 12) return dayFirst + " (day first)";
        if (b > 12 && a <= 12) return monthFirst + " (month first)";
        return dayFirst + " (day first) or " + monthFirst + " (month first)";
    }

    private static String allowed() {
        return String.join(", ", KEYS) + ", field:NAME (comma-separated for several, e.g. outlet,year)";
    }
}
