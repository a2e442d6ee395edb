package org.stancekit.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The generic boilerplate method shared by text dumps and HTML. Each block gets features (length, sentence
 * ending, repetition elsewhere on the page, the teaser pattern "headline twice then a summary", truncation
 * with "...", link density, caption and furniture hints, known phrases) and a score: positive for prose,
 * negative for page furniture. The main content is the contiguous run of blocks with the highest total score
 * (a maximum-sum segment, so it sits around the densest prose); inside it, furniture is still dropped.
 */
final class ContentSelector {

    /** Caption markers: a photo credit or source at the end of a short block, or table/markdown image remnants. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?iu)(?:\\((?:nguồn|ảnh|photo|source|image|credit|video)\\s*:[^()]{1,80}\\)\\.?|"
                    + "(?:^|[.!?)\\s])(?:ảnh|nguồn|photo|photograph|image|credit|source|picture)\\s*:\\s*[^.:]{1,60}\\.?|"
                    + "(?:photo|image|picture)\\s*(?:by|courtesy of)\\s+[^.]{1,60}\\.?|"
                    + "\\((?:getty images|reuters|ap|afp|epa|ảnh minh họa|ảnh minh hoạ|minh họa|minh hoạ)\\)\\.?)\\s*$");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu)^(?:([\\p{L} .]{2,40}?)\\s*)?\\(?\\s*(?:theo|nguồn|source|sources|according to)\\s*:?\\s+([^()]{2,80}?)\\s*\\)?\\s*\\.?$");

    /** Paragraphs at least this long are never taken for a teaser headline. */
    private static final int LONG_PARAGRAPH = 200;

    private final BoilerplatePhrases phrases;

    ContentSelector(BoilerplatePhrases phrases) {
        this.phrases = phrases;
    }

    /** The chosen region, inclusive bounds; {@code start > end} when nothing qualifies. */
    record Region(int start, int end) {
        boolean contains(int i) {
            return i >= start && i <= end;
        }
    }

    /** True when a short block is a "(theo AFP, Reuters)"-style attribution line. */
    static boolean isAttribution(Block b) {
        if (b.words > 12 || b.chars() > 120) return false;
        String k = b.key;
        if (!(k.contains("theo") || k.contains("nguồn") || k.contains("source") || k.contains("according"))) return false;
        String t = b.text;
        boolean paren = t.indexOf('(') >= 0;
        if (!paren && b.words > 6) return false;
        return ATTRIBUTION.matcher(t).matches();
    }

    /** Captures of {@link #ATTRIBUTION}: group 1 an optional byline, group 2 the sources. */
    static java.util.regex.Matcher attributionMatcher(String text) {
        return ATTRIBUTION.matcher(text);
    }

    /** Classifies and scores every block in place (repetition is counted over the whole page). */
    void classify(List<Block> blocks) {
        int n = blocks.size();
        Map<String, Integer> counts = new HashMap<>(n * 2 + 1);
        for (Block b : blocks) if (b.words >= 3) counts.merge(b.key, 1, Integer::sum);
        for (int i = 0; i < n; i++) classify(blocks.get(i), counts);
        markTeasers(blocks);
        markTruncated(blocks);
        keepOneCopyOfLongParagraphs(blocks, counts);
        markImageTitles(blocks);
        markSectionLists(blocks);
        markLinkedTeasers(blocks);
        for (Block b : blocks) b.score = score(b);
        softenEnclosedJunk(blocks);
    }

    /** The main-content region: the maximum-sum run of classified blocks within {@code range}. */
    Region region(List<Block> blocks, Region range) {
        if (blocks.isEmpty() || range.start() > range.end()) return new Region(0, -1);
        return maxSegment(blocks, Math.max(0, range.start()), Math.min(blocks.size() - 1, range.end()));
    }

    private void classify(Block b, Map<String, Integer> counts) {
        String t = b.text;
        if (b.key.isEmpty()) {
            b.kind = Block.Kind.NEUTRAL;
            b.reason = t.startsWith("!") || t.startsWith("|") ? DropReason.CAPTION : DropReason.PAGE_FURNITURE;
            return;
        }
        if (b.boilerHint >= 2) {
            hard(b, DropReason.PAGE_FURNITURE);
            return;
        }
        if (phrases.matches(b.key, b.words)) {
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.BOILERPLATE_PHRASE;
            return;
        }
        boolean markup = t.startsWith("![") || t.startsWith("|") && t.endsWith("|");
        if (!markup && !b.inCaption && isAttribution(b)) {
            b.kind = Block.Kind.NEUTRAL;
            b.reason = DropReason.ATTRIBUTION;
            return;
        }
        if (b.inCaption || isCaption(b) || phrases.isCredit(b.key)) {
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.CAPTION;
            return;
        }
        if (b.words >= 3 && counts.getOrDefault(b.key, 0) >= 2) {
            hard(b, DropReason.REPEATED);
            return;
        }
        double ld = b.linkDensity();
        if (ld >= 0.5 && !"h1".equals(b.tag)) {
            hard(b, DropReason.LINK_DENSE);
            return;
        }
        if (b.words <= 9 && DateFinder.isDateLine(t)) {
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.DATE;
            return;
        }
        b.kind = isProse(b) ? Block.Kind.PROSE : Block.Kind.SHORT;
    }

    private static void hard(Block b, DropReason r) {
        b.kind = Block.Kind.NEGATIVE;
        b.reason = r;
    }

    static boolean isProse(Block b) {
        if (b.chars() >= 200 && b.words >= 25) return true;
        String t = b.text;
        if (b.words < 8) return b.words >= 5 && shortSentence(b);
        char last = t.charAt(t.length() - 1);
        boolean quoteEnd = last == '"' || last == '”' || last == '»' || last == '’';
        if (quoteEnd) {
            char sig = Texts.lastSignificant(t);
            return sig == '.' || sig == '!' || sig == '?' || b.chars() >= 100 && sig != '…';
        }
        return Texts.endsLikeSentence(t) && (b.words >= 10 || b.chars() >= 60) || shortSentence(b);
    }

    private static boolean shortSentence(Block b) {
        String t = b.text;
        char sig = Texts.lastSignificant(t);
        int first = t.codePointAt(0);
        boolean capital = Character.isUpperCase(first) || !Character.isLowerCase(first) && Character.isLetter(first);
        return (sig == '.' || sig == '!' || sig == '?' || sig == '。' || sig == '！' || sig == '？') && !Texts.endsTruncated(t) && capital;
    }

    private static boolean isCaption(Block b) {
        String t = b.text;
        if (t.startsWith("![") || (t.startsWith("|") && t.endsWith("|"))) return true;
        if (b.chars() > 320 || t.indexOf(':') < 0 && t.indexOf('(') < 0 && !b.key.contains(" by ") && !b.key.contains("courtesy")) {
            return false;
        }
        // cheap test on the end of the key before the regular expression: a credit names one of these words
        String k = b.key;
        String tail = k.length() > 80 ? k.substring(k.length() - 80) : k;
        boolean cue = false;
        for (String w : CREDIT_CUES) {
            if (tail.contains(w)) {
                cue = true;
                break;
            }
        }
        if (!cue) return false;
        java.util.regex.Matcher m = CAPTION_CREDIT.matcher(t);
        m.region(Math.max(0, t.length() - 110), t.length());
        return m.find();
    }

    private static final String[] CREDIT_CUES = {"ảnh", "nguồn", "photo", "image", "credit", "source", "picture", "by",
            "courtesy", "getty", "reuters", "ap", "afp", "epa", "minh", "video"};

    /**
     * A long paragraph printed twice is content once: the copy that sits among other prose is kept, the others
     * stay marked as repeated (short repeated lines, such as teaser headlines, are all dropped).
     */
    private void keepOneCopyOfLongParagraphs(List<Block> blocks, Map<String, Integer> counts) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, Integer> bestContext = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.reason != DropReason.REPEATED || b.chars() < LONG_PARAGRAPH) continue;
            int ctx = 0;
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (d == 0 || j < 0 || j >= blocks.size()) continue;
                Block o = blocks.get(j);
                if (o.reason == null && isProse(o)) ctx++;
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
            b.kind = isProse(b) ? Block.Kind.PROSE : Block.Kind.SHORT;
        }
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
        List<Block> afterShort = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.reason != null || b.words < 4 || b.chars() > 320 || !Texts.endsTruncated(b.text)) continue;
            Block prev = i > 0 ? blocks.get(i - 1) : null;
            if (prev == null) continue;
            if (prev.reason == DropReason.TEASER || prev.reason == DropReason.REPEATED || prev.reason == DropReason.LINK_DENSE
                    || prev.reason == DropReason.DATE || prev.reason == DropReason.TRUNCATED) {
                hard(b, DropReason.TRUNCATED);
            } else if (prev.kind == Block.Kind.SHORT || headlineLike(prev)) {
                afterShort.add(b);
            }
        }
        // "headline, summary..." once may be a sub-heading and its paragraph; repeated, it is a list of teasers
        if (afterShort.size() >= 2) for (Block b : afterShort) hard(b, DropReason.TRUNCATED);
    }

    /** One short line that does not end with a full stop (a headline, possibly ending with "?" or "!"). */
    private static boolean headlineLike(Block b) {
        if (b.chars() > 200 || b.words < 4) return false;
        char c = Texts.lastSignificant(b.text);
        return c != '.' && c != ',' && c != ';' && !Texts.endsTruncated(b.text);
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
        int core = -1;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (b.kind == Block.Kind.PROSE && (core < 0 || b.chars() > blocks.get(core).chars())) core = i;
        }
        for (int i = core + 1; i < n; i++) {
            int end = markPairs(blocks, i, 3, 6, true);
            if (end > i) i = end - 1;
        }
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
                    || head.reason == DropReason.TEASER || head.reason == DropReason.REPEATED;
            if (!headline) break;
            int k = j + 1;
            while (k < n && k <= j + 3 && blocks.get(k).reason == DropReason.DATE) k++;
            if (k >= n) break;
            Block sum = blocks.get(k);
            boolean summary = sum.kind == Block.Kind.PROSE && sum.chars() <= 350
                    || sum.reason == DropReason.TRUNCATED || sum.reason == DropReason.TEASER;
            if (!summary) break;
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
        return b.linkChars > 0 && b.reason == DropReason.LINK_DENSE && b.chars() <= 200;
    }

    /**
     * A short run of recognised furniture (teaser cards, a "read more" link, a caption) with article prose on both
     * sides sits inside the article: it is dropped all the same, but it must not cut the article in two, so its
     * penalty is made small. From the first section phrase ("Related") on, nothing is softened.
     */
    private void softenEnclosedJunk(List<Block> blocks) {
        int n = blocks.size();
        int i = 0;
        while (i < n) {
            Block first = blocks.get(i);
            // after a section phrase ("Related") the page lists other articles: nothing there is softened
            if (first.reason == DropReason.BOILERPLATE_PHRASE && phrases.isSection(first.key)) return;
            if (!isRecognisedJunk(first)) {
                i++;
                continue;
            }
            int j = i;
            boolean section = false;
            while (j < n && (isRecognisedJunk(blocks.get(j)) || blocks.get(j).kind == Block.Kind.NEUTRAL)) {
                Block b = blocks.get(j);
                if (b.reason == DropReason.BOILERPLATE_PHRASE && phrases.isSection(b.key)) section = true;
                j++;
            }
            boolean before = i > 0 && blocks.get(i - 1).kind == Block.Kind.PROSE && blocks.get(i - 1).chars() >= 100;
            boolean after = j < n && blocks.get(j).kind == Block.Kind.PROSE && blocks.get(j).chars() >= 100;
            if (section) return;
            if (before && after && j - i <= 8) {
                for (int k = i; k < j; k++) blocks.get(k).score = Math.max(blocks.get(k).score, -10);
            }
            i = j;
        }
    }

    private static boolean isRecognisedJunk(Block b) {
        if (b.kind != Block.Kind.NEGATIVE || b.reason == null) return false;
        return switch (b.reason) {
            case TEASER, REPEATED, TRUNCATED, LINK_DENSE, CAPTION, DATE, BOILERPLATE_PHRASE -> true;
            default -> false;
        };
    }

    private static double score(Block b) {
        switch (b.kind) {
            case PROSE:
                return b.chars() * (1.0 - 1.5 * b.linkDensity()) * (b.boilerHint == 1 ? 0.3 : 1.0);
            case SHORT:
                return -(20 + 0.25 * b.chars()) - (b.boilerHint == 1 ? 20 : 0);
            case NEUTRAL:
                return 0;
            default:
                switch (b.reason) {
                    case CAPTION: return -15;
                    case DATE: return -5;
                    case BOILERPLATE_PHRASE: return -60;
                    default: return -(40 + 0.5 * b.chars());
                }
        }
    }

    /** Maximum-sum contiguous segment (Kadane); the earliest of equal segments wins. */
    private static Region maxSegment(List<Block> blocks, int from, int to) {
        double best = 0, cur = 0;
        int bestS = 0, bestE = -1, s = from;
        for (int i = from; i <= to; i++) {
            double v = blocks.get(i).score;
            if (cur <= 0) {
                cur = v;
                s = i;
            } else {
                cur += v;
            }
            if (cur > best) {
                best = cur;
                bestS = s;
                bestE = i;
            }
        }
        return new Region(bestS, bestE);
    }
}
