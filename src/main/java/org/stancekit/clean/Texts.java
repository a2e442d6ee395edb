package org.stancekit.clean;

import java.text.Normalizer;

/** Small, allocation-light string helpers used by the cleaner's hot path. */
final class Texts {

    /** Lower-case form of every BMP letter or digit, 0 for everything else (a constant lookup table). */
    private static final char[] LOWER = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            if (Character.isLetterOrDigit(c)) {
                char l = (char) Character.toLowerCase(c);
                LOWER[c] = l == 0 ? (char) c : l;
            }
        }
    }

    private Texts() {
    }

    /** Whitespace test with an ASCII fast path. */
    static boolean isSpace(char c) {
        if (c == ' ') return true;
        if (c < 128) return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        if (LOWER[c] != 0) return false;
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** True for a letter or digit. */
    static boolean isWordChar(char c) {
        return LOWER[c] != 0;
    }

    /**
     * Page text made safe to segment: NFC, no BOM, {@code \n} line ends, no control or zero-width characters,
     * non-breaking spaces as spaces.
     */
    static String normalizeInput(String s) {
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c > 0xAD && c < 0x2000) {
                if (sb != null) sb.append(c);
                continue;
            }
            char r = c;
            boolean drop = false;
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') drop = true; else r = '\n';
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t' || c == '\u3000') {
                r = ' ';
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD') {
                drop = true;
            } else if (c < 0x20 && c != '\n') {
                drop = true;
            } else if (c == '\u2028' || c == '\u2029') {
                r = '\n';
            } else if (c >= 0x7F && c < 0xA0) {
                drop = true;
            }
            if (drop || r != c) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(s, 0, i);
                }
                if (!drop) sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Collapses runs of whitespace to one space and trims. */
    static String collapse(String s) {
        int n = s.length();
        StringBuilder sb = null;
        boolean space = false;
        int start = 0;
        while (start < n && isSpace(s.charAt(start))) start++;
        int end = n;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ws = isSpace(c);
            if (ws && (space || c != ' ')) {
                if (sb == null) {
                    sb = new StringBuilder(end - start);
                    sb.append(s, start, i);
                }
                if (!space) sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
            space = ws;
        }
        if (sb != null) return sb.toString();
        return start == 0 && end == n ? s : s.substring(start, end);
    }

    /** Lowercased letters and digits only, single-spaced: two lines with the same key are "the same line". */
    static String key(String s) {
        int n = s.length();
        char[] out = new char[n];
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char l = LOWER[s.charAt(i)];
            if (l != 0) {
                out[len++] = l;
                space = false;
            } else if (!space) {
                out[len++] = ' ';
                space = true;
            }
        }
        if (len > 0 && out[len - 1] == ' ') len--;
        return new String(out, 0, len);
    }

    /** Number of letter/digit runs. */
    static int countWords(String s) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ld = LOWER[s.charAt(i)] != 0;
            if (ld && !in) w++;
            in = ld;
        }
        return w;
    }

    /** The last character that is not a closing quote, bracket or space, or 0. */
    static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '"' || c == '\'' || c == '”' || c == '’' || c == '“' || c == '»' || c == ')' || c == ']' || c == '*'
                    || c == '」' || c == '』' || c == '）') continue;
            return c;
        }
        return 0;
    }

    /** Ends like a sentence: full stop, question or exclamation mark, colon, or a closing quote. */
    static boolean endsLikeSentence(String s) {
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        if (last == '"' || last == '”' || last == '»' || last == '’') return true;
        char c = lastSignificant(s);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '。' || c == '！' || c == '？' || c == '؟'
                || c == '۔' || c == '।';
    }

    /** Ends with "..." or "…" (a summary cut off by the page). */
    static boolean endsTruncated(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '”' || s.charAt(i) == '’'
                || s.charAt(i) == '\'')) i--;
        if (i < 0) return false;
        if (s.charAt(i) == '…') return true;
        return i >= 2 && s.charAt(i) == '.' && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.';
    }

    /** Each word starts with an upper-case letter (names, bylines). */
    static boolean allWordsCapitalised(String s) {
        boolean start = true;
        int words = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (start) {
                    if (!Character.isUpperCase(c)) return false;
                    words++;
                }
                start = false;
            } else if (c == ' ' || c == '-') {
                start = true;
            } else if (c != '.') {
                return false;
            }
        }
        return words > 0;
    }

    /** The first {@code max} characters of a string, with an ellipsis when cut. */
    static String excerpt(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
