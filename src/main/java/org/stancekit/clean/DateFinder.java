package org.stancekit.clean;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in a short line or a metadata value and returns it as ISO {@code yyyy-MM-dd}
 * (with {@code THH:mm} when a time is given). Knows d/m/yyyy, ISO, "ngày d tháng m năm yyyy" and English
 * month names. Only dates with a year count: "19/12" inside a sentence is not a publication date.
 */
final class DateFinder {

    private static final Pattern DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");
    private static final Pattern VI = Pattern.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})");
    private static final Pattern EN_MDY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern EN_DMY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:h](\\d{2})(?!\\d)");
    private static final Pattern SHORT_DATE = Pattern.compile(
            "(?i)^(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+\\d{1,2})[, ]+\\d{1,2}:\\d{2}(?:\\s*[ap]m)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern URL_SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)");
    private static final Pattern URL_STAMP = Pattern.compile("[-_/]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{0,9}(?:\\.[a-z]{2,5})?(?:[?#].*)?$");

    private DateFinder() {
    }

    /** A date written into an article URL ("/2024/03/05/" or "...-20240305093011.htm"), or null. */
    static String fromUrl(String url) {
        if (url == null || url.isEmpty() || !hasDigit(url)) return null;
        Matcher m = URL_SLASHED.matcher(url);
        if (m.find()) return iso(m.group(1), m.group(2), m.group(3), null, null);
        m = URL_STAMP.matcher(url);
        return m.find() ? iso(m.group(1), m.group(2), m.group(3), null, null) : null;
    }

    /** True for a short line that is essentially a date/time stamp (with or without a year). */
    static boolean isDateLine(String line) {
        if (line.length() > 80 || !hasDigit(line)) return false;
        if (SHORT_DATE.matcher(line.trim()).matches()) return true;
        return find(line) != null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    /** The first date with a year in the text as ISO, or null. */
    static String find(String s) {
        if (s == null || s.isEmpty() || !hasDigit(s)) return null;
        Matcher m = ISO.matcher(s);
        if (m.find()) return iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        m = VI.matcher(s);
        if (m.find()) return withTime(s, iso(m.group(3), m.group(2), m.group(1), null, null));
        m = DMY.matcher(s);
        if (m.find()) return withTime(s, iso(m.group(3), m.group(2), m.group(1), null, null));
        m = EN_MDY.matcher(s);
        if (m.find()) return withTime(s, iso(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2), null, null));
        m = EN_DMY.matcher(s);
        if (m.find()) return withTime(s, iso(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1), null, null));
        return null;
    }

    private static String withTime(String s, String date) {
        if (date == null) return null;
        Matcher t = TIME.matcher(s);
        if (t.find()) return date + String.format(Locale.ROOT, "T%02d:%s", Integer.parseInt(t.group(1)), t.group(2));
        return date;
    }

    private static String iso(String y, String mo, String d, String hh, String mm) {
        int year = Integer.parseInt(y), month = Integer.parseInt(mo), day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        return hh == null ? date : date + "T" + hh + ":" + mm;
    }
}
