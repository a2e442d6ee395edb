package org.stancekit.eval;

/**
 * Cells of plain-text tables printed to a terminal, measured in columns rather than Java chars: combining marks
 * (Vietnamese text in decomposed form, NFD) take no column and East Asian wide characters and emoji take two, so
 * rows with such titles or outlet names stay aligned.
 */
public final class TextColumns {

    private TextColumns() {
    }

    /** The columns {@code s} takes on a terminal. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Columns of one code point: 0 for combining marks and format/control characters, 2 for wide ones, else 1. */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || type == Character.CONTROL) return 0;
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** {@code s} cut to at most {@code columns} columns, ending in "…" when cut; never splits a letter from its marks. */
    public static String clip(String s, int columns) {
        if (width(s) <= columns) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > columns - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** {@code s} followed by spaces up to {@code columns} columns (left-aligned cell). */
    public static String padRight(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** Spaces then {@code s}, up to {@code columns} columns (right-aligned cell). */
    public static String padLeft(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }
}
