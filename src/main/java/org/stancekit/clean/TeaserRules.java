package org.stancekit.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page patterns that mark related-article teasers and their kin after the per-block classification: a headline
 * printed twice then its summary, summaries cut off with "...", runs of "headline, short summary" (after a
 * "Related" phrase, or after the article's core), linked teaser cards, image titles above captions, and the one
 * copy of a repeated long paragraph that is real content.
 */
final class TeaserRules {

    /** Paragraphs at least this long are never taken for a teaser headline. */
    private static final int LONG_PARAGRAPH = 200;
    /** A repeated prose paragraph at least this long may be content printed twice (a lead also shown as summary). */
    private static final int RESTORABLE_PARAGRAPH = 60;

    private final BoilerplatePhrases phrases;

    TeaserRules(BoilerplatePhrases phrases) {
        this.phrases = phrases;
    }

    /** Index of the longest prose block (the article's core), or -1. */
    private static int longestProse(List<Block> blocks) {
        int core = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Block.Kind.PROSE && (core < 0 || b.chars() > blocks.get(core).chars())) core = i;
        }
        return core;
    }

    /** Applies every rule, in an order where each can build on the marks of the previous ones. */
    void apply(List<Block> blocks) {
        markTeasers(blocks);
        markTruncated(blocks);
        keepOneCopyOfLongParagraphs(blocks);
        markImageTitles(blocks);
        markSectionLists(blocks);
        markLinkedTeasers(blocks);
    }

    /** "Headline, same headline, summary": both headline copies and the summary that follows are teasers. */
    private static void markTeasers(List<Block> blocks) {
        int n = blocks.size();
        for (int i = 0; i + 1 < n; i++) {
            Block a = blocks.get(i), b = blocks.get(i + 1);
            if (a.words < 3 || a.chars() >= LONG_PARAGRAPH || !a.key.equals(b.key)) continue;
            a.kind = Block.Kind.NEGATIVE;
            a.reason = DropReason.TEASER;
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.TEASER;
            int j = i + 2;
            while (j < n && (blocks.get(j).reason == DropReason.DATE || blocks.get(j).words <= 3 && blocks.get(j).kind != Block.Kind.PROSE)) j++;
            if (j < n) {
                Block s = blocks.get(j);
                boolean nextIsPair = j + 1 < n && s.key.equals(blocks.get(j + 1).key);
                if (!nextIsPair && s.reason != DropReason.BOILERPLATE_PHRASE && s.reason != DropReason.ATTRIBUTION) {
                    s.kind = Block.Kind.NEGATIVE;
                    s.reason = DropReason.TEASER;
                }
            }
            i++;
        }
    }

    /** A short summary cut off with "..." right after a headline-like line is a teaser. */
    private static void markTruncated(List<Block> blocks) {
        List<Block> afterShort = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.reason != null || b.words < 4 || b.chars() > 320 || !Texts.endsTruncated(b.text)) continue;
            // the line above, looking past date lines ("21 Apr, 07:44 AM" between a headline and its summary)
            int j = i - 1;
            while (j >= 0 && j >= i - 3 && blocks.get(j).reason == DropReason.DATE) j--;
            Block prev = j >= 0 ? blocks.get(j) : null;
            if (prev == null || prev.reason == DropReason.DATE) continue;
            if (prev.reason == DropReason.TEASER || prev.reason == DropReason.REPEATED || prev.reason == DropReason.LINK_DENSE
                    || prev.reason == DropReason.TRUNCATED) {
                ContentSelector.hard(b, DropReason.TRUNCATED);
            } else if (prev.kind == Block.Kind.SHORT || headlineLike(prev)) {
                afterShort.add(b);
            }
        }
        // "headline, summary..." once may be a sub-heading and its paragraph; repeated, it is a list of teasers
        if (afterShort.size() >= 2) for (Block b : afterShort) ContentSelector.hard(b, DropReason.TRUNCATED);
    }

    /** One short line that does not end with a full stop (a headline, possibly ending with "?" or "!"). */
    private static boolean headlineLike(Block b) {
        if (b.chars() > 200 || b.words < 4) return false;
        char c = Texts.lastSignificant(b.text);
        return c != '.' && c != ',' && c != ';' && !Texts.endsTruncated(b.text);
    }

    /**
     * A long paragraph printed twice is content once: the copy that sits among other prose is kept, the others
     * stay marked as repeated (short repeated lines, such as teaser headlines, are all dropped).
     */
    private void keepOneCopyOfLongParagraphs(List<Block> blocks) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, Integer> bestContext = new HashMap<>();
        // copies after a "Related" phrase that follows the article's core are teaser items, never restored
        int limit = blocks.size();
        int core = longestProse(blocks);
        for (int i = core + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.reason == DropReason.BOILERPLATE_PHRASE && phrases.isSection(b.key)) {
                limit = i;
                break;
            }
        }
        for (int i = 0; i < limit; i++) {
            Block b = blocks.get(i);
            if (b.reason != DropReason.REPEATED || b.chars() < RESTORABLE_PARAGRAPH || !ContentSelector.isProse(b)) continue;
            if (i > 0 && isTeaserHeadline(blocks.get(i - 1))) continue;   // a summary right under a teaser headline
            int ctx = 0;
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (d == 0 || j < 0 || j >= blocks.size()) continue;
                Block o = blocks.get(j);
                if (o.reason == null && ContentSelector.isProse(o)) ctx++;
            }
            Integer prev = bestContext.get(b.key);
            if (prev == null || ctx > prev) {
                bestContext.put(b.key, ctx);
                best.put(b.key, i);
            }
        }
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            if (bestContext.get(e.getKey()) < 2) continue;
            Block b = blocks.get(e.getValue());
            b.reason = null;
            b.kind = ContentSelector.isProse(b) ? Block.Kind.PROSE : Block.Kind.SHORT;
        }
    }

    /** A short line right above a caption, with no blank line between, is the image's title: caption too. */
    private static void markImageTitles(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block a = blocks.get(i), b = blocks.get(i + 1);
            if (a.kind == Block.Kind.SHORT && b.reason == DropReason.CAPTION && !b.blankBefore && "line".equals(a.tag)
                    && i > 0 && blocks.get(i - 1).kind != Block.Kind.SHORT) {
                a.kind = Block.Kind.NEGATIVE;
                a.reason = DropReason.CAPTION;
            }
            // "Image source, Getty Images" then the caption line itself
            if (b.kind == Block.Kind.SHORT && a.reason == DropReason.CAPTION && !b.blankBefore && "line".equals(b.tag)
                    && a.words <= 6) {
                b.kind = Block.Kind.NEGATIVE;
                b.reason = DropReason.CAPTION;
            }
        }
    }

    /**
     * After a section phrase ("Tin liên quan", "Related"), pairs of a headline and a short summary are teasers
     * even when the page prints each headline only once.
     */
    private void markSectionLists(List<Block> blocks) {
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            Block h = blocks.get(i);
            if (h.reason != DropReason.BOILERPLATE_PHRASE || !phrases.isSection(h.key)) continue;
            int from = i + 1;
            while (from < n && blocks.get(from).reason == DropReason.BOILERPLATE_PHRASE) from++;
            markPairs(blocks, from, 2, 3, false);
        }
        // without a section phrase, only runs after the longest paragraph (the article's core) count: a list of
        // sub-headings with one short paragraph each inside an article must survive
        int core = longestProse(blocks);
        for (int i = core + 1; i < n; i++) {
            int end = markPairs(blocks, i, 3, 6, true);
            if (end > i) i = end - 1;
        }
        // and runs at the top of the page, before the article's first two consecutive paragraphs (an article
        // opens with its lead, so sub-sections come after ordinary prose)
        int firstProseRun = firstProseRun(blocks);
        for (int i = 0; i < firstProseRun; i++) {
            int end = markPairs(blocks, i, 3, 3, false);
            if (end > i) i = end - 1;
        }
    }

    /** Index of the first of two consecutive ordinary paragraphs (not headline-like), or the page length. */
    private static int firstProseRun(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block a = blocks.get(i), b = blocks.get(i + 1);
            if (a.kind == Block.Kind.PROSE && b.kind == Block.Kind.PROSE && a.reason == null && b.reason == null
                    && !headlineLike(a) && !headlineLike(b)) {
                return i;
            }
        }
        return blocks.size();
    }

    /**
     * From {@code from}, a run of "headline line, short summary" pairs (the summary prose of at most 350
     * characters, or already marked as a teaser); when there are at least {@code minPairs} pairs, all are teasers.
     * Headlines need {@code minHeadlineWords}: real sub-headings are shorter than teaser headlines. With
     * {@code notBeforeProse}, a run followed by an ordinary paragraph is left alone (sub-sections of the article).
     *
     * @return the index after the run when marked, else {@code from}
     */
    private static int markPairs(List<Block> blocks, int from, int minPairs, int minHeadlineWords, boolean notBeforeProse) {
        int n = blocks.size();
        int j = from;
        int pairs = 0;
        int dates = 0;
        while (j + 1 < n) {
            Block head = blocks.get(j);
            if (head.reason == DropReason.DATE) {
                if (++dates > 3) break;
                j++;
                continue;
            }
            dates = 0;
            boolean headline = head.kind == Block.Kind.SHORT && head.words >= minHeadlineWords && head.chars() <= 200
                    || head.kind == Block.Kind.PROSE && head.words >= minHeadlineWords && head.chars() <= 150 && headlineLike(head)
                    || head.reason == DropReason.TEASER || head.reason == DropReason.REPEATED;
            if (!headline) break;
            int k = j + 1;
            while (k < n && k <= j + 3 && blocks.get(k).reason == DropReason.DATE) k++;
            if (k >= n) break;
            Block sum = blocks.get(k);
            boolean summary = sum.kind == Block.Kind.PROSE && sum.chars() <= 350
                    || sum.reason == DropReason.TRUNCATED || sum.reason == DropReason.TEASER;
            if (!summary) break;
            // a "summary" followed by more prose starts an article (its headline and lead), not a teaser
            int after = k + 1;
            while (after < n && blocks.get(after).kind == Block.Kind.NEUTRAL) after++;
            if (after < n && blocks.get(after).kind == Block.Kind.PROSE && blocks.get(after).reason == null
                    && !headlineLike(blocks.get(after))) {
                if (notBeforeProse) return from;
                break;
            }
            pairs++;
            j = k + 1;
        }
        if (pairs < minPairs) return from;
        if (notBeforeProse) {
            // followed by an ordinary paragraph, the run is a list of sub-sections inside the article
            int k = j;
            while (k < n && blocks.get(k).kind == Block.Kind.NEUTRAL) k++;
            if (k < n && blocks.get(k).kind == Block.Kind.PROSE && blocks.get(k).chars() >= 100) return from;
        }
        for (int k = from; k < j; k++) {
            Block b = blocks.get(k);
            if (b.kind == Block.Kind.PROSE || b.kind == Block.Kind.SHORT) {
                b.kind = Block.Kind.NEGATIVE;
                b.reason = DropReason.TEASER;
            }
        }
        return j;
    }

    /**
     * HTML teaser cards: a linked headline followed by a short unlinked summary, twice or more in a row. The
     * summaries are teasers too, though they read like prose.
     */
    private static void markLinkedTeasers(List<Block> blocks) {
        int n = blocks.size();
        int i = 0;
        while (i < n) {
            int j = i;
            int pairs = 0;
            while (j + 1 < n && isLinkedHeadline(blocks.get(j))) {
                Block sum = blocks.get(j + 1);
                if (sum.kind == Block.Kind.PROSE && sum.chars() <= 400) {
                    pairs++;
                    j += 2;
                } else if (isLinkedHeadline(sum) || sum.reason == DropReason.DATE) {
                    j += 1;
                } else {
                    break;
                }
            }
            if (pairs >= 2) {
                for (int k = i; k < j; k++) {
                    Block b = blocks.get(k);
                    if (b.kind == Block.Kind.PROSE) {
                        b.kind = Block.Kind.NEGATIVE;
                        b.reason = DropReason.TEASER;
                    }
                }
                i = j;
            } else {
                // no run of pairs can start inside the stretch just scanned
                i = Math.max(i + 1, j);
            }
        }
    }

    private static boolean isLinkedHeadline(Block b) {
        return b.linkChars > 0 && b.chars() <= 200
                && (b.reason == DropReason.LINK_DENSE || b.reason == DropReason.REPEATED && b.linkDensity() >= 0.5);
    }

    private static boolean isTeaserHeadline(Block b) {
        if (b.kind != Block.Kind.NEGATIVE || b.chars() > 200 || b.reason == null) return false;
        return b.reason == DropReason.REPEATED || b.reason == DropReason.TEASER || b.reason == DropReason.LINK_DENSE
                || b.reason == DropReason.TRUNCATED;
    }
}
