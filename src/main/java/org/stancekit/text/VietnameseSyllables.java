package org.stancekit.text;

import java.text.Normalizer;
import java.util.Set;

/**
 * Vietnamese syllable rules: splits a precomposed letter into base letter and tone, parses a syllable
 * into initial, nucleus and final, and puts the tone mark where the chosen orthography (old or new
 * style) wants it. Rule-based, syllable by syllable; it never consults a word list.
 */
public final class VietnameseSyllables {

    /** Tone numbers: 0 level (no mark), 1 grave, 2 hook above, 3 tilde, 4 acute, 5 dot below. */
    static final int TONES = 6;
    private static final char[] COMBINING_TONE = {0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};
    /** Lowercase base letters that can carry a tone. */
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final boolean[] DIACRITIC = new boolean[12];

    static {
        for (char c : "ăâêôơư".toCharArray()) DIACRITIC[VOWELS.indexOf(c)] = true;
    }

    private static final int TABLE = 0x1F00;
    /** For a char below 0x1F00: its lowercase toneless base letter, or 0 if not a Vietnamese letter. */
    private static final char[] BASE = new char[TABLE];
    /** For a char below 0x1F00: its tone (0..5). */
    private static final byte[] TONE = new byte[TABLE];
    /** For a char below 0x1F00: 1 + index in VOWELS of its base letter, or 0 if it is not a vowel. */
    private static final byte[] VOWEL = new byte[TABLE];
    /** For a char below 0x1F00: whether it is an uppercase vowel letter. */
    private static final boolean[] UPPER_VOWEL = new boolean[TABLE];
    /** compose[vowelIndex * 2 + upper][tone]: the precomposed letter. */
    private static final char[][] COMPOSE = new char[VOWELS.length() * 2][TONES];

    private static final Set<String> NUCLEI = Set.of(
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
            "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "iêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu");
    /** Open two-vowel nuclei whose tone position differs between the old and the new style. */
    private static final Set<String> STYLE_SENSITIVE = Set.of("oa", "oe", "uy");

    static {
        for (int v = 0; v < VOWELS.length(); v++) {
            for (int upper = 0; upper < 2; upper++) {
                String base = String.valueOf(VOWELS.charAt(v));
                if (upper == 1) base = base.toUpperCase(java.util.Locale.ROOT);
                for (int t = 0; t < TONES; t++) {
                    String s = t == 0 ? base : Normalizer.normalize(base + COMBINING_TONE[t], Normalizer.Form.NFC);
                    char c = s.charAt(0);
                    COMPOSE[v * 2 + upper][t] = c;
                    BASE[c] = VOWELS.charAt(v);
                    TONE[c] = (byte) t;
                    VOWEL[c] = (byte) (v + 1);
                    UPPER_VOWEL[c] = upper == 1;
                }
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (BASE[c] == 0) BASE[c] = c;
            char u = Character.toUpperCase(c);
            if (BASE[u] == 0) BASE[u] = c;
        }
        BASE['đ'] = 'đ';
        BASE['Đ'] = 'đ';
    }

    /** Tone-mark placement styles. */
    public enum ToneStyle {
        /** Traditional placement, the one most Vietnamese news sites use: hòa, khỏe, thủy. */
        OLD,
        /** The "new" (linguistic) placement on the main vowel: hoà, khoẻ, thuỷ. */
        NEW
    }

    private VietnameseSyllables() {
    }

    /** The lowercase toneless base letter of a char, or 0 if it is not a Vietnamese/ASCII letter. */
    static char base(char c) {
        return c < TABLE ? BASE[c] : 0;
    }

    /** 1 + the vowel index of a char's base letter, or 0 if it is not a Vietnamese vowel. */
    static int vowel(char c) {
        return c < TABLE ? VOWEL[c] : 0;
    }

    /** The tone (0..5) a char carries. */
    static int tone(char c) {
        return c < TABLE ? TONE[c] : 0;
    }

    /** Whether the characters buf[from, to) form a valid Vietnamese syllable (any case, any tone placement). */
    public static boolean isSyllable(char[] buf, int from, int to) {
        return parse(buf, from, to, new int[4]) >= 0;
    }

    /** Whether a string is one valid Vietnamese syllable. */
    public static boolean isSyllable(String s) {
        char[] b = s.toCharArray();
        return isSyllable(b, 0, b.length);
    }

    private static int vowelIndex(char base) {
        return VOWELS.indexOf(base);
    }

    private static final boolean[] VALID_NUCLEUS = new boolean[1 << 12];
    private static final boolean[] SENSITIVE_NUCLEUS = new boolean[1 << 12];

    static {
        for (String n : NUCLEI) VALID_NUCLEUS[nucleusCode(n)] = true;
        for (String n : STYLE_SENSITIVE) SENSITIVE_NUCLEUS[nucleusCode(n)] = true;
    }

    private static int nucleusCode(String n) {
        int code = 0;
        for (int i = 0; i < n.length(); i++) code = code << 4 | (vowelIndex(n.charAt(i)) + 1);
        return code;
    }

    private static final boolean[] SINGLE_INITIAL = new boolean[0x80];

    static {
        for (char c : "bcdghklmnprstvx".toCharArray()) SINGLE_INITIAL[c] = true;
    }

    private static boolean validInitial(char a, char b, char c, int k) {
        switch (k) {
            case 0:
                return true;
            case 1:
                return a < 0x80 ? SINGLE_INITIAL[a] : a == 'đ';
            case 2:
                return switch (a) {
                    case 'c', 'k', 'n', 'p', 't' -> b == 'h' || (a == 'n' && b == 'g') || (a == 't' && b == 'r');
                    case 'g' -> b == 'h' || b == 'i';
                    case 'q' -> b == 'u';
                    default -> false;
                };
            case 3:
                return a == 'n' && b == 'g' && c == 'h';
            default:
                return false;
        }
    }

    private static boolean validFinal(char[] buf, int from, int to) {
        int k = to - from;
        if (k == 0) return true;
        char a = base(buf[from]);
        if (k == 1) return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't';
        if (k == 2) {
            char b = base(buf[from + 1]);
            return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
        }
        return false;
    }

    /**
     * Parses buf[from, to) into initial, nucleus and final without allocating. Returns the nucleus code
     * (4 bits per vowel) or -1 if the chars are not a valid syllable or carry more than one tone mark;
     * fills {@code out} with [nucleus start offset, nucleus end offset, tone count * 8 + tone, offset of
     * the first char that may carry the tone].
     */
    private static int parse(char[] buf, int from, int to, int[] out) {
        int len = to - from;
        if (len <= 0 || len > 7) return -1;
        int ini = 0;
        while (ini < len) {
            char ch = buf[from + ini];
            if (base(ch) == 0) return -1;
            if (vowel(ch) != 0) break;
            if (tone(buf[from + ini]) != 0) return -1;
            ini++;
        }
        if (ini == len || ini > 3) return -1;
        char b0 = ini > 0 ? base(buf[from]) : 0, b1 = ini > 1 ? base(buf[from + 1]) : 0;
        char next = base(buf[from + ini]);
        if (ini == 1 && (b0 == 'q' && next == 'u' || b0 == 'g' && next == 'i') && len > 2
                && vowel(buf[from + 2]) != 0) {
            b1 = next;
            ini = 2;
        }
        if (!validInitial(b0, b1, ini == 3 ? base(buf[from + 2]) : 0, ini)) return -1;
        int code = 0, tones = 0, tone = 0, nucEnd = ini;
        // a misplaced tone on the glide of gi/qu ("gìa", "qúy") belongs to the nucleus
        int markStart = ini;
        if (ini == 2 && (b0 == 'g' || b0 == 'q') && tone(buf[from + 1]) != 0) {
            tones++;
            tone = tone(buf[from + 1]);
            markStart = 1;
        }
        while (nucEnd < len) {
            char c = buf[from + nucEnd];
            int v = vowel(c);
            if (v == 0) break;
            if (nucEnd - ini == 3) return -1;
            code = code << 4 | v;
            int t = tone(c);
            if (t != 0) {
                tones++;
                tone = t;
            }
            nucEnd++;
        }
        if (!VALID_NUCLEUS[code] || tones > 1) return -1;
        for (int i = nucEnd; i < len; i++) if (base(buf[from + i]) == 0 || tone(buf[from + i]) != 0) return -1;
        if (!validFinal(buf, from + nucEnd, to)) return -1;
        out[0] = ini;
        out[1] = nucEnd;
        out[2] = tones * 8 + tone;
        out[3] = markStart;
        return code;
    }

    /** Index within the nucleus (code, n vowels) where the tone mark belongs. */
    private static int tonePosition(int code, int n, boolean hasFinal, ToneStyle style) {
        int last = -1;
        for (int i = 0; i < n; i++) {
            int v = (code >> (4 * (n - 1 - i)) & 15) - 1;
            if (DIACRITIC[v]) last = i;
        }
        if (last >= 0) return last;
        if (hasFinal) return n - 1;
        if (n == 1) return 0;
        if (n == 3) return 1;
        if (SENSITIVE_NUCLEUS[code]) return style == ToneStyle.NEW ? 1 : 0;
        return 0;
    }

    /**
     * Moves the tone mark of the syllable buf[from, to) to its place under the given style, in place
     * (the length never changes). Returns false, leaving the chars alone, if they are not one valid
     * Vietnamese syllable with exactly one tone mark.
     */
    static boolean placeTone(char[] buf, int from, int to, ToneStyle style, int[] scratch) {
        int code = parse(buf, from, to, scratch);
        if (code < 0 || scratch[2] != 8 + (scratch[2] & 7)) return false;
        int tone = scratch[2] & 7;
        int ns = from + scratch[0];
        int target = ns + tonePosition(code, scratch[1] - scratch[0], scratch[1] < to - from, style);
        if (tone(buf[target]) == tone) return true; // the one tone mark is already in place
        for (int i = from + scratch[3]; i < from + scratch[1]; i++) {
            char c = buf[i];
            int v = vowel(c) - 1;
            int upper = UPPER_VOWEL[c] ? 1 : 0;
            buf[i] = COMPOSE[v * 2 + upper][i == target ? tone : 0];
        }
        return true;
    }

    /**
     * Which style a syllable's tone placement shows: +1 old, -1 new, 0 when the syllable does not tell
     * (only open oa/oe/uy syllables with a tone mark differ between the styles).
     */
    static int styleEvidence(char[] buf, int from, int to, int[] scratch) {
        int code = parse(buf, from, to, scratch);
        if (code < 0 || scratch[2] != 8 + (scratch[2] & 7)) return 0;
        if (scratch[1] < to - from || !SENSITIVE_NUCLEUS[code]) return 0;
        int first = from + scratch[0];
        if (tone(buf[first]) != 0) return 1;
        if (tone(buf[first + 1]) != 0) return -1;
        return 0;
    }

    /** Normalises the tone placement of one syllable string; returns it unchanged if it is not one. */
    public static String placeTone(String syllable, ToneStyle style) {
        char[] b = syllable.toCharArray();
        return placeTone(b, 0, b.length, style, new int[4]) ? new String(b) : syllable;
    }
}
