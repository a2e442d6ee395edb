package org.stancekit.text;

import java.text.Normalizer;

/**
 * Normalises raw text so one feature is never split into several: Unicode NFC, a table of look-alike
 * and legacy characters (Ð U+00D0 to Đ U+0110, full-width forms, Greek or Cyrillic look-alikes inside
 * Latin words), typographic quotes and dashes to
 * ASCII, non-breaking and zero-width spaces, CRLF and other line ends to LF, runs of spaces to one,
 * and (Vietnamese) each syllable's tone mark moved to its place in the configured style.
 * Immutable and thread-safe.
 */
public final class TextNormalizer {

    /** Marks a char the table deletes. */
    private static final char DELETE = '\uFFFF';
    /** Replacement of every BMP char; identity for most. */
    private static final char[] MAP = new char[0x10000];

    static {
        for (int c = 0; c < MAP.length; c++) MAP[c] = (char) c;
        // look-alikes of the Vietnamese letter đ/Đ: Icelandic eth, African D, retroflex d
        MAP[0x00D0] = 'Đ';
        MAP[0x0189] = 'Đ';
        MAP[0x00F0] = 'đ';
        MAP[0x0256] = 'đ';
        // full-width ASCII
        for (int c = 0xFF01; c <= 0xFF5E; c++) MAP[c] = (char) (c - 0xFEE0);
        // spaces
        MAP['\t'] = ' ';
        MAP['\f'] = ' ';
        MAP[0x000B] = ' ';
        MAP[0x00A0] = ' ';
        MAP[0x1680] = ' ';
        for (int c = 0x2000; c <= 0x200A; c++) MAP[c] = ' ';
        MAP[0x202F] = ' ';
        MAP[0x205F] = ' ';
        MAP[0x3000] = ' ';
        // zero-width chars, soft hyphen, byte-order mark
        for (int c : new int[]{0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}) MAP[c] = DELETE;
        // line ends other than CR (CR is handled with its LF)
        MAP[0x0085] = '\n';
        MAP[0x2028] = '\n';
        MAP[0x2029] = '\n';
        // quotes
        for (int c : new int[]{0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x02DD, 0x3003}) MAP[c] = '"';
        for (int c : new int[]{0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060, 0x02B9, 0x02BC, 0x2039,
                0x203A}) {
            MAP[c] = '\'';
        }
        // dashes and minus
        for (int c : new int[]{0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0x00AF}) {
            MAP[c] = '-';
        }
    }

    /** Latin twin of a Greek or Cyrillic letter that looks the same, or 0. */
    private static final char[] LATIN_TWIN = new char[0x500];

    static {
        String cyr = "аaеeоoрpсcуyхxіiјjѕsАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSУY";
        String greek = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοo";
        for (String t : new String[]{cyr, greek}) {
            for (int i = 0; i < t.length(); i += 2) LATIN_TWIN[t.charAt(i)] = t.charAt(i + 1);
        }
    }

    private final boolean normalize;
    private final VietnameseSyllables.ToneStyle toneStyle;

    /** A normaliser for the given pipeline options. */
    public TextNormalizer(TextConfig config) {
        this.normalize = config.normalize();
        this.toneStyle = config.placesTones()
                ? VietnameseSyllables.ToneStyle.valueOf(config.toneStyle().toUpperCase(java.util.Locale.ROOT)) : null;
    }

    /** The normalised text (the text itself when normalisation is off). */
    public String normalize(String text) {
        Chars c = apply(text);
        return new String(c.chars, 0, c.length);
    }

    /** A char buffer and its used length; one per call. */
    static final class Chars {
        final char[] chars;
        final int length;

        Chars(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }
    }

    /** Normalises into a fresh buffer. */
    Chars apply(String text) {
        if (!normalize) return new Chars(text.toCharArray(), text.length());
        char[] src = text.toCharArray();
        boolean nfc = false, greekOrCyrillic = false;
        for (char c : src) {
            if (c >= 0x300 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F)) {
                nfc = true;
                if (c >= 0x370 && c < 0x500) greekOrCyrillic = true;
            }
        }
        if (greekOrCyrillic) fixMixedScript(src);
        if (nfc) src = Normalizer.normalize(new String(src), Normalizer.Form.NFC).toCharArray();
        int n = src.length;
        char[] out = new char[n + 16];
        int o = 0;
        int runStart = -1;
        boolean runToned = false;
        int runVowels = 0;
        int[] scratch = new int[4];
        for (int i = 0; i < n; i++) {
            char c = src[i];
            char m = MAP[c];
            if (m == DELETE) continue;
            if (c == '\r') {
                if (i + 1 < n && src[i + 1] == '\n') continue;
                m = '\n';
            } else if (c == 0x2026) {
                if (o + 3 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2 + 3);
                out[o++] = '.';
                out[o++] = '.';
                m = '.';
            }
            if (m == ' ' && o > 0 && out[o - 1] == ' ') continue;
            boolean letter = m < 0x1F00 ? VietnameseSyllables.base(m) != 0 : false;
            if (letter) {
                if (runStart < 0) {
                    runStart = o;
                    runToned = false;
                    runVowels = 0;
                }
                if (VietnameseSyllables.vowel(m) != 0) {
                    runVowels++;
                    if (VietnameseSyllables.tone(m) != 0) runToned = true;
                }
            } else if (runStart >= 0) {
                if (runToned && runVowels >= 2 && toneStyle != null) {
                    VietnameseSyllables.placeTone(out, runStart, o, toneStyle, scratch);
                }
                runStart = -1;
            }
            if (o == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
            out[o++] = m;
        }
        if (runStart >= 0 && runToned && runVowels >= 2 && toneStyle != null) {
            VietnameseSyllables.placeTone(out, runStart, o, toneStyle, scratch);
        }
        return new Chars(out, o);
    }

    /**
     * In a word that mixes Latin letters with Greek or Cyrillic look-alikes ("Nguy\u0435n" with a Cyrillic e,
     * "N\u0410TO"), replaces the look-alikes by their Latin twins. Words wholly in another script, or with
     * letters that have no Latin twin (a real Russian word), are left alone.
     */
    private static void fixMixedScript(char[] a) {
        int i = 0, n = a.length;
        while (i < n) {
            if (!Character.isLetter(a[i])) {
                i++;
                continue;
            }
            int j = i, latin = 0, twins = 0, other = 0;
            while (j < n && (Character.isLetter(a[j]) || Character.getType(a[j]) == Character.NON_SPACING_MARK)) {
                char c = a[j];
                if (c < 0x500 && LATIN_TWIN[c] != 0) twins++;
                else if (Character.isLetter(c)) {
                    if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) latin++;
                    else other++;
                }
                j++;
            }
            if (latin > 0 && twins > 0 && other == 0) {
                for (int k = i; k < j; k++) if (a[k] < 0x500 && LATIN_TWIN[a[k]] != 0) a[k] = LATIN_TWIN[a[k]];
            }
            i = j;
        }
    }

    /** Whether the char is one the look-alike table replaces by a different letter. */
    static boolean isLookalike(char c) {
        return (c == 0x00D0 || c == 0x0189 || c == 0x00F0 || c == 0x0256);
    }
}
