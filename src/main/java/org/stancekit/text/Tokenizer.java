package org.stancekit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits normalised text into tokens: syllables and other words, numbers and dates ("3.000", "26,5",
 * "12/1", "23/11/2024"), URLs, domains and e-mail addresses, punctuation, and line breaks. Latin-script
 * names and abbreviations stay whole ("NATO", "Jean-Pierre", "TP.HCM", "HIV/AIDS", "F-16", "COVID-19");
 * a hyphen between Vietnamese syllables ("Nga-Ukraine") splits, since each side is a word of its own.
 * Immutable and thread-safe.
 */
public final class Tokenizer {

    /** Kinds of token. */
    public enum Type {
        /** Letters (with digits): a Vietnamese syllable, a name, an abbreviation, a code like F-16. */
        WORD,
        /** Digits with inner separators: 3.000, 26,5, 07:56, 500-600. */
        NUMBER,
        /** A day/month(/year) or month/year date: 19/12, 23/11/2024, 12/2021. */
        DATE,
        /** A URL, a domain name (baoquocte.vn) or an e-mail address. */
        URL,
        /** One punctuation or symbol char, or a run of the same one ("..."). */
        PUNCT,
        /** A line break: not a token, but words never span it. */
        BREAK
    }

    private static final Type[] TYPES = Type.values();
    private static final Set<String> TLDS = Set.of("vn", "com", "net", "org", "gov", "edu", "info", "int", "biz",
            "uk", "ru", "ua", "us", "fr", "de", "cn", "jp", "kr", "io", "co", "tv", "eu", "asia", "news", "by", "au");

    private final boolean english;

    /** A tokenizer with the rules of a language ({@code vi} or {@code en}). */
    public Tokenizer(String language) {
        this.english = language.equals("en");
    }

    /** A token: its text as written and its type. */
    public record Token(String text, Type type) {
    }

    /** The tokens of a (normalised) text, for inspection and tests; line breaks are left out. */
    public List<Token> tokenize(String text) {
        char[] a = text.toCharArray();
        Spans spans = scan(a, a.length);
        List<Token> out = new ArrayList<>(spans.size);
        for (int k = 0; k < spans.size; k++) {
            if (spans.type(k) == Type.BREAK) continue;
            out.add(new Token(new String(a, spans.start(k), spans.end(k) - spans.start(k)), spans.type(k)));
        }
        return out;
    }

    /** Token spans as (start, end, type) triples in one growable int array; one per call. */
    static final class Spans {
        int[] data = new int[96];
        int size;

        void add(int start, int end, Type type) {
            if (size * 3 + 3 > data.length) data = java.util.Arrays.copyOf(data, data.length * 2);
            data[size * 3] = start;
            data[size * 3 + 1] = end;
            data[size * 3 + 2] = type.ordinal();
            size++;
        }

        int start(int k) {
            return data[k * 3];
        }

        int end(int k) {
            return data[k * 3 + 1];
        }

        Type type(int k) {
            return TYPES[data[k * 3 + 2]];
        }
    }

    private static boolean alnum(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (VietnameseSyllables.base(c) != 0) return true;
        return Character.isLetterOrDigit(c);
    }

    private static boolean wordChar(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (VietnameseSyllables.base(c) != 0 || Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean letter(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                : VietnameseSyllables.base(c) != 0 || Character.isLetter(c);
    }

    private static int endOfRun(char[] a, int i, int n) {
        while (i < n && wordChar(a[i])) i++;
        return i;
    }

    private static boolean hasDigit(char[] a, int from, int to) {
        for (int i = from; i < to; i++) if (digit(a[i])) return true;
        return false;
    }

    private static boolean hasLetter(char[] a, int from, int to) {
        for (int i = from; i < to; i++) if (letter(a[i])) return true;
        return false;
    }

    private static boolean allDigits(char[] a, int from, int to) {
        for (int i = from; i < to; i++) if (!digit(a[i])) return false;
        return to > from;
    }

    private static boolean upperAsciiCode(char[] a, int from, int to) {
        boolean upper = false;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (!digit(c)) return false;
        }
        return upper;
    }

    private static boolean ascii(char[] a, int from, int to) {
        for (int i = from; i < to; i++) if (a[i] >= 0x80) return false;
        return true;
    }

    private static boolean startsWith(char[] a, int i, int n, String p) {
        if (i + p.length() > n) return false;
        for (int k = 0; k < p.length(); k++) if (Character.toLowerCase(a[i + k]) != p.charAt(k)) return false;
        return true;
    }

    private static boolean tld(char[] a, int from, int to) {
        if (to - from < 2 || to - from > 4 || !ascii(a, from, to)) return false;
        return TLDS.contains(new String(a, from, to - from).toLowerCase(Locale.ROOT));
    }

    /** Scans a[0, n) into token spans. */
    Spans scan(char[] a, int n) {
        Spans out = new Spans();
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '\n') {
                if (out.size > 0 && out.type(out.size - 1) != Type.BREAK) out.add(i, i, Type.BREAK);
                i++;
            } else if (alnum(c)) {
                i = word(a, i, n, out);
            } else if (c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                i++;
            } else {
                int j = i + 1;
                if (c == '.' || c == '!' || c == '?' || c == '-') while (j < n && a[j] == c) j++;
                else if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(a[j])) j++;
                out.add(i, j, Type.PUNCT);
                i = j;
            }
        }
        return out;
    }

    private int url(char[] a, int i, int n) {
        int j = i;
        while (j < n && a[j] > ' ' && !Character.isWhitespace(a[j]) && "<>\"()[]{}".indexOf(a[j]) < 0) j++;
        while (j > i && ".,;:!?'".indexOf(a[j - 1]) >= 0) j--;
        return j;
    }

    /** Scans one word/number/URL starting at i; returns the index after it. */
    private int word(char[] a, int i, int n, Spans out) {
        if ((a[i] == 'h' || a[i] == 'H' || a[i] == 'w' || a[i] == 'W')
                && (startsWith(a, i, n, "http://") || startsWith(a, i, n, "https://") || startsWith(a, i, n, "www."))) {
            int j = url(a, i, n);
            out.add(i, j, Type.URL);
            return j;
        }
        int partStart = i;
        int j = endOfRun(a, i, n);
        boolean url = false;
        while (j + 1 < n) {
            char c = a[j];
            char d = a[j + 1];
            if (!alnum(d)) break;
            int k = endOfRun(a, j + 1, n);
            boolean join;
            if ((c == '.' || c == ',' || c == ':' || c == '/') && digit(a[j - 1]) && digit(d)) {
                join = allDigits(a, partStart, j) && allDigits(a, j + 1, k);
            } else if (c == '-') {
                if (hasDigit(a, partStart, j) || hasDigit(a, j + 1, k) || english) join = true;
                else join = !VietnameseSyllables.isSyllable(a, partStart, j) && !VietnameseSyllables.isSyllable(a, j + 1, k);
            } else if (c == '\'') {
                join = letter(a[j - 1]) && letter(d);
            } else if ((c == '.' || c == '/') && upperAsciiCode(a, partStart, j) && upperAsciiCode(a, j + 1, k)) {
                join = true;
            } else if (c == '.' && ascii(a, partStart, j) && tld(a, j + 1, k) && (k >= n || !alnum(a[k]))) {
                join = true;
                url = true;
            } else if (c == '.' && ascii(a, partStart, j) && ascii(a, j + 1, k) && domainAhead(a, j + 1, n)) {
                join = true;
                url = true;
            } else if (c == '@' && ascii(a, partStart, j) && domainAhead(a, j + 1, n)) {
                join = true;
                url = true;
            } else {
                join = false;
            }
            if (!join) break;
            partStart = j + 1;
            j = k;
        }
        Type type;
        if (url) type = Type.URL;
        else if (hasLetter(a, i, j)) type = Type.WORD;
        else type = isDate(a, i, j) ? Type.DATE : Type.NUMBER;
        out.add(i, j, type);
        return j;
    }

    /** Whether a[i..] starts with ASCII labels separated by dots, the last one a known top-level domain. */
    private static boolean domainAhead(char[] a, int i, int n) {
        int labels = 0;
        while (i < n) {
            int k = i;
            while (k < n && a[k] < 0x80 && alnum(a[k])) k++;
            if (k == i) return false;
            labels++;
            boolean more = k + 1 < n && a[k] == '.' && a[k + 1] < 0x80 && alnum(a[k + 1]);
            if (!more) return labels >= 1 && tld(a, i, k) && (k >= n || !alnum(a[k]));
            i = k + 1;
        }
        return false;
    }

    /** d/m, d/m/y, d-m-y or m/yyyy with plausible day and month. */
    private static boolean isDate(char[] a, int from, int to) {
        int[] parts = new int[3];
        int[] lens = new int[3];
        int p = 0;
        char sep = 0;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (digit(c)) {
                parts[p] = parts[p] * 10 + (c - '0');
                lens[p]++;
                if (lens[p] > 4) return false;
            } else {
                if (c != '/' && c != '-') return false;
                if (sep != 0 && c != sep) return false;
                sep = c;
                if (++p > 2) return false;
            }
        }
        if (p == 0) return false;
        if (p == 1 && lens[0] <= 2 && lens[1] == 4) return sep == '/' && parts[0] >= 1 && parts[0] <= 12;
        if (lens[0] > 2 || lens[1] > 2) return false;
        if (parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12) return false;
        if (p == 1) return sep == '/';
        return lens[2] == 2 || lens[2] == 4;
    }
}
