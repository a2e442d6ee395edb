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
    private final TeaserRules teasers;

    ContentSelector(BoilerplatePhrases phrases) {
        this.phrases = phrases;
        this.teasers = new TeaserRules(phrases);
    }

    /** The chosen region, inclusive bounds; {@code start > end} when nothing qualifies. */
    record Region(int start, int end) {
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
        teasers.apply(blocks);
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

    static void hard(Block b, DropReason r) {
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
