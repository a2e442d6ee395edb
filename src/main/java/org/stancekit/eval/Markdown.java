package org.stancekit.eval;

/** Text from articles made safe for one Markdown table cell or line of a report. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * {@code s} on one line with the characters Markdown would read as markup escaped: table pipes, emphasis stars,
     * code backticks and HTML tags (brackets stay: without a following link target they are plain text), so a title such as {@code Nga | Mỹ: *đàm phán* <b>} prints as written.
     */
    public static String cell(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '|', '*', '`' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
