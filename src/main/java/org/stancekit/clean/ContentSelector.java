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
        markImageTitles(blocks);
        markSectionLists(blocks);
        for (Block b : blocks) b.score = score(b);
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
        if (b.inCaption || isCaption(b)) {
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.CAPTION;
            return;
        }
        if (phrases.matches(b.key, b.words)) {
            b.kind = Block.Kind.NEGATIVE;
            b.reason = DropReason.BOILERPLATE_PHRASE;
            return;
        }
        if (isAttribution(b)) {
            b.kind = Block.Kind.NEUTRAL;
            b.reason = DropReason.ATTRIBUTION;
            return;
        }
        if (b.words >= 3 && counts.getOrDefault(b.key, 0) >= 2) {
            hard(b, DropReason.REPEATED);
            return;
        }
        if (Texts.endsTruncated(t) && b.words >= 4) {
            hard(b, DropReason.TRUNCATED);
            return;
        }
        double ld = b.linkDensity();
        if (ld >= 0.5 && !b.isHeadingTag()) {
            hard(b, DropReason.LINK_DENSE);
            return;
        }
        if (b.words <= 12 && DateFinder.isDateLine(t)) {
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
            return sig == '.' || sig == '!' || sig == '?' || sig == '…' || b.chars() >= 100;
        }
        return Texts.endsLikeSentence(t) && (b.words >= 10 || b.chars() >= 60) || shortSentence(b);
    }

    private static boolean shortSentence(Block b) {
        String t = b.text;
        char sig = Texts.lastSignificant(t);
        return (sig == '.' || sig == '!' || sig == '?') && !Texts.endsTruncated(t) && Character.isUpperCase(t.codePointAt(0));
    }

    private static boolean isCaption(Block b) {
        String t = b.text;
        if (t.startsWith("![") || (t.startsWith("|") && t.endsWith("|"))) return true;
        if (b.chars() > 320 || t.indexOf(':') < 0 && t.indexOf('(') < 0 && !b.key.contains(" by ") && !b.key.contains("courtesy")) {
            return false;
        }
        java.util.regex.Matcher m = CAPTION_CREDIT.matcher(t);
        m.region(Math.max(0, t.length() - 110), t.length());
        return m.find();
    }

    /** "Headline, same headline, summary": both headline copies and the summary that follows are teasers. */
    private static void markTeasers(List<Block> blocks) {
        int n = blocks.size();
        for (int i = 0; i + 1 < n; i++) {
            Block a = blocks.get(i), b = blocks.get(i + 1);
            if (a.words < 3 || !a.key.equals(b.key)) continue;
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

    /** A short line right above a caption, with no blank line between, is the image's title: caption too. */
    private static void markImageTitles(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block a = blocks.get(i), b = blocks.get(i + 1);
            if (a.kind == Block.Kind.SHORT && b.reason == DropReason.CAPTION && !b.blankBefore && "line".equals(a.tag)
                    && i > 0 && blocks.get(i - 1).kind != Block.Kind.SHORT) {
                a.kind = Block.Kind.NEGATIVE;
                a.reason = DropReason.CAPTION;
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
            int j = i + 1;
            int pairs = 0;
            int from = j;
            while (j + 1 < n) {
                Block head = blocks.get(j);
                if (head.reason == DropReason.DATE || head.reason == DropReason.TEASER || head.reason == DropReason.REPEATED) {
                    j++;
                    continue;
                }
                if (head.kind != Block.Kind.SHORT || head.words < 3) break;
                int k = j + 1;
                while (k < n && blocks.get(k).reason == DropReason.DATE) k++;
                if (k >= n) break;
                Block sum = blocks.get(k);
                if (sum.kind != Block.Kind.PROSE || sum.chars() > 400) break;
                pairs++;
                j = k + 1;
            }
            if (pairs >= 2) {
                for (int k = from; k < j; k++) {
                    Block b = blocks.get(k);
                    if (b.kind == Block.Kind.PROSE || b.kind == Block.Kind.SHORT) {
                        b.kind = Block.Kind.NEGATIVE;
                        b.reason = DropReason.TEASER;
                    }
                }
            }
        }
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
