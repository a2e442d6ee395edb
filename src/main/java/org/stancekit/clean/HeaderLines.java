package org.stancekit.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines around an article body: the headline, the byline, the lead printed without a full stop,
 * sub-headings inside the body. Stateless helpers used by {@link Cleaner}.
 */
final class HeaderLines {

    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?iu)^(?:by|bởi|tác giả:?|author:?)\\s+(.{2,60})$");
    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?iu)\\b(?:thứ \\p{L}+|chủ nhật|cập nhật|đăng lúc|ngày|tháng|năm|updated|published|posted|last modified|"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
                    + "gmt|utc|bst|cet|cest|est|edt|pst|pdt|ict|am|pm|\\+\\d{2}:?\\d{2})\\b|[\\d/:.,|()+-]+");
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)");

    private HeaderLines() {
    }

    /** A headline candidate: 3-40 words, one sentence, no final full stop, not furniture, caption or date line. */
    static boolean isTitleLike(Block b) {
        if (b.words < 3 || b.words > 40 || b.chars() > 250) return false;
        if (b.reason == DropReason.CAPTION || b.reason == DropReason.BOILERPLATE_PHRASE || b.reason == DropReason.DATE
                || b.reason == DropReason.ATTRIBUTION || b.reason == DropReason.PAGE_FURNITURE || b.reason == DropReason.LINK_DENSE) {
            return false;
        }
        char last = Texts.lastSignificant(b.text);
        if (last == '.' || last == ',' || last == ';') return false;
        // a headline is one sentence: "picture. REUTERS/..." is a caption; a date with a time is a date line
        String t = b.text;
        if (b.words <= 14 && CLOCK.matcher(t).find() && DateFinder.find(t) != null) return false;
        return oneSentence(t);
    }

    /** No "word. Word" sentence boundary inside (and not a "[1/3]" gallery line). */
    static boolean oneSentence(String t) {
        if (t.startsWith("[")) return false;
        for (int i = t.indexOf(". "); i >= 0 && i + 2 < t.length(); i = t.indexOf(". ", i + 2)) {
            if (Character.isUpperCase(t.charAt(i + 2)) && i > 0 && Character.isLowerCase(t.charAt(i - 1))) return false;
        }
        return true;
    }

    /** The nearest title-like line above the body; one that the {@code <title>} contains wins. */
    static int findTitleAbove(List<Block> blocks, int start, String documentTitle) {
        String docKey = documentTitle == null ? null : Texts.key(documentTitle);
        int nearest = -1;
        for (int i = Math.min(start, blocks.size()) - 1; i >= 0 && i >= start - 15; i--) {
            Block b = blocks.get(i);
            if (isTitleLike(b) && bylineOf(b) == null) {
                if (docKey == null || docKey.contains(b.key)) return i;
                if (nearest < 0) nearest = i;
            }
        }
        return nearest;
    }

    /** Index of the block that shows the declared title (same text, or the title contains it), or -1. */
    static int findBlock(List<Block> blocks, String title, int end) {
        String k = Texts.key(title);
        if (k.isEmpty()) return -1;
        int limit = Math.min(blocks.size() - 1, Math.max(end, 0));
        for (int i = 0; i <= limit; i++) {
            Block b = blocks.get(i);
            if (b.key.equals(k) && (b.isHeadingTag() || "line".equals(b.tag) || b.kind != Block.Kind.PROSE)) return i;
        }
        return -1;
    }

    /** The name of a byline line ("Hạnh Lê", "By Jane Doe", "Minh Anh/VOV.VN", a name beside a date), or null. */
    static String bylineOf(Block b) {
        if (b.kind == Block.Kind.PROSE || b.chars() > 80) return null;
        String t = b.text;
        if (b.reason == DropReason.DATE) t = Texts.collapse(DATE_PARTS.matcher(t).replaceAll(" "));
        Matcher m = BYLINE_PREFIX.matcher(t);
        if (m.matches()) return m.group(1).strip();
        int slash = t.indexOf('/');
        if (slash > 0 && t.indexOf('/', slash + 1) < 0) t = t.substring(0, slash).strip();   // "Minh Anh/VOV.VN"
        int w = Texts.countWords(t);
        if (w >= 2 && w <= 5 && t.length() <= 40 && Texts.allWordsCapitalised(t)) return t;
        return null;
    }

    /**
     * The one long line (12+ words) between the headline and the body that is neither furniture, byline nor date:
     * the lead, which pages often print without a final full stop. -1 when there is none or more than one.
     */
    static int leadAbove(List<Block> blocks, int titleIdx, int start) {
        if (titleIdx < 0 || start - titleIdx > 8) return -1;
        int found = -1;
        for (int i = titleIdx + 1; i < start && i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.words < 12 || b.kind == Block.Kind.NEUTRAL) continue;
            if (b.kind == Block.Kind.NEGATIVE || b.boilerHint >= 1 || b.linkDensity() > 0.3) return -1;
            if (b.kind == Block.Kind.SHORT && !oneSentence(b.text)) return -1;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    /** A lone short line followed by prose inside the body: a sub-heading, kept. */
    static boolean isSubheading(List<Block> blocks, int i, int start, int end) {
        Block b = blocks.get(i);
        if (b.words < 2 || b.words > 15 || b.chars() > 120) return false;
        int prev = i - 1;
        while (prev >= start && prev > i - 5 && blocks.get(prev).kind == Block.Kind.NEUTRAL) prev--;
        int next = i + 1;
        while (next <= end && next < i + 5 && blocks.get(next).kind == Block.Kind.NEUTRAL) next++;
        if (next > end || blocks.get(next).kind != Block.Kind.PROSE) return false;
        return prev < start || blocks.get(prev).kind != Block.Kind.SHORT;
    }
}
