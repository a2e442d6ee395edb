package org.stancekit.features.framing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One syllable token of a text with its character offsets, kept so framing evidence can be highlighted
 * in the original text.
 *
 * @param text  the token as written (NFC)
 * @param lower the token lower-cased
 * @param start offset of the first char in the analysed text
 * @param end   offset after the last char
 */
public record Token(String text, String lower, int start, int end) {

    public Token {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("token text is empty");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }

    /**
     * Splits a text into letter/digit runs (combining marks stay inside a run). The text should already be
     * NFC (see {@link #nfc}) so offsets refer to the string the caller holds.
     */
    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 4 + 4);
        int i = 0, n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < n) {
                    int c = s.codePointAt(j);
                    if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) break;
                    j += Character.charCount(c);
                }
                String t = s.substring(i, j);
                out.add(new Token(t, t.toLowerCase(Locale.ROOT), i, j));
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Unicode NFC, the form all framing matching works on. */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
