package org.stancekit.clean;

/**
 * One candidate block of a page (a line of a text dump or a block-level element of HTML) with the
 * features the {@link ContentSelector} scores it by. Mutable working state, package-private.
 */
final class Block {

    /** Position of the block in page order. */
    final int index;
    /** Whitespace-collapsed, trimmed text. */
    String text;
    /** Lowercased comparison key for repetition counts. */
    final String key;
    final int words;
    /** A blank line (text) or a paragraph boundary came right before this block. */
    final boolean blankBefore;
    /** HTML: tag of the enclosing block element ({@code p}, {@code h1}, {@code li}, ...); text dumps: {@code line}. */
    final String tag;
    /** HTML: characters of the block that sit inside links. */
    final int linkChars;
    /** HTML: inside a {@code figure}/{@code figcaption} or an element whose class marks a caption. */
    final boolean inCaption;
    /** HTML: inside {@code nav}/{@code footer}/{@code aside}/{@code header} or a boilerplate-looking class. */
    int boilerHint;
    /** HTML: the enclosing block element (for container scoring); null for text dumps. */
    final org.jsoup.nodes.Element element;

    Kind kind = Kind.SHORT;
    DropReason reason;
    double score;

    Block(int index, String text, boolean blankBefore, String tag, int linkChars, boolean inCaption,
          int boilerHint, org.jsoup.nodes.Element element) {
        this.index = index;
        this.text = text;
        this.key = Texts.key(text);
        int tokens = key.isEmpty() ? 0 : countSpaces(key) + 1;
        // scripts written without spaces (Chinese, Japanese, Thai, ...): count about two letters a word
        this.words = tokens > 0 && key.length() / tokens > 5 && unspacedScript(key) ? Math.max(tokens, key.length() / 2) : tokens;
        this.blankBefore = blankBefore;
        this.tag = tag;
        this.linkChars = linkChars;
        this.inCaption = inCaption;
        this.boilerHint = boilerHint;
        this.element = element;
    }

    private static boolean unspacedScript(String k) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(k.codePointAt(0));
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                || sc == Character.UnicodeScript.THAI || sc == Character.UnicodeScript.LAO || sc == Character.UnicodeScript.KHMER
                || sc == Character.UnicodeScript.MYANMAR || sc == Character.UnicodeScript.TIBETAN;
    }

    private static int countSpaces(String k) {
        int n = 0;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) == ' ') n++;
        return n;
    }

    static Block line(int index, String text, boolean blankBefore) {
        return new Block(index, text, blankBefore, "line", 0, false, 0, null);
    }

    int chars() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    boolean isHeadingTag() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** What the classifier decided a block is. */
    enum Kind { PROSE, SHORT, NEGATIVE, NEUTRAL }

    @Override
    public String toString() {
        return index + ":" + kind + (reason == null ? "" : "/" + reason) + ":" + score + ":" + text;
    }
}
