package org.stancekit.features.framing;

import org.stancekit.corpus.Article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Framing features of a news article beyond bag-of-words: which side's actors appear in the headline and
 * lead, which side's news agencies are cited, who speaks (subjects of speech, accusation and denial verbs),
 * who speaks first and last, whose words are quoted, and which side's names sit next to evaluative words.
 * All values lie in [0, 1] so they can be appended to a TF-IDF vector. Thread-safe.
 *
 * <p>Text layout: the first non-empty line is the headline (at most {@value #TITLE_TOKENS} tokens), the
 * next non-empty line the lead (at most {@value #LEAD_TOKENS} tokens). A side mention is a phrase from the
 * side's actor or agency list. Features ({@code S} is {@code ru} or {@code we}):
 * <ul>
 * <li>{@code title_S}: 1 if the headline mentions side S.</li>
 * <li>{@code title_first_S}: 1 if the headline's first side mention is S (the headline's grammatical
 *     subject in most Vietnamese headlines).</li>
 * <li>{@code title_speaker_S}: 1 if the headline has a speech/accusation/denial verb whose subject is S.</li>
 * <li>{@code lead_S}: mentions of S in the lead, capped at 3, divided by 3.</li>
 * <li>{@code lead_first_S}: 1 if the lead's first side mention is S.</li>
 * <li>{@code mention_S}: actor mentions of S in the whole text, capped at 10, divided by 10.</li>
 * <li>{@code mention_share_ru}: Russia's share of all actor mentions (0.5 when there are none).</li>
 * <li>{@code mention_any}: all actor mentions, capped at 20, divided by 20 (is Russia–West a theme at all).</li>
 * <li>{@code agency_S}: citations of S's news agencies (TASS, RIA Novosti ... / AFP, Reuters ...), capped at 3, /3.</li>
 * <li>{@code theo_S}: attributions "theo X", "dẫn lời X" with X of side S within 3 tokens, capped at 3, /3.</li>
 * <li>{@code speech_S}: speech acts whose subject is S, capped at 5, /5. The subject of a verb is the nearest
 *     side mention before it in the same sentence, at most {@value #SUBJECT_WINDOW} tokens back, with no other
 *     verb between; verbs inside quotation marks are not speech acts of the article.</li>
 * <li>{@code speech_share_ru}: Russia's share of side-attributed speech acts (0.5 when there are none).</li>
 * <li>{@code first_speaker_S}, {@code last_speaker_S}: 1 if the first / last side-attributed speech act is S's.</li>
 * <li>{@code accuse_by_S}: accusation verbs (cáo buộc, chỉ trích, lên án ...) with subject S, capped at 3, /3.</li>
 * <li>{@code accused_S}: accusation verbs whose object (first side mention after the verb, within
 *     {@value #OBJECT_WINDOW} tokens) is S, capped at 3, /3.</li>
 * <li>{@code deny_by_S}: denial verbs (bác bỏ, phủ nhận ...) with subject S, capped at 3, /3.</li>
 * <li>{@code quote_S}: share of quoted tokens attributed to S (the speaker of the nearest speech act in the
 *     quote's sentence, or a side named within four tokens after the closing quote in the same sentence).</li>
 * <li>{@code eval_near_S}: evaluative words (xâm lược, gây hấn, khiêu khích ...) whose nearest side mention in
 *     the same sentence (within {@value #EVAL_WINDOW} tokens) is S, capped at 4, /4.</li>
 * <li>{@code eval_title_S}: the same count restricted to the headline, capped at 1.</li>
 * <li>{@code narrative_S}: phrases from the lexicon's narrative list of side S (vocabulary typical of that
 *     side's own media, e.g. "tiêu chuẩn kép" / "vũ khí năng lượng"), capped at 3, /3.</li>
 * </ul>
 */
public final class FramingFeatures {

    static final int TITLE_TOKENS = 40;
    static final int LEAD_TOKENS = 90;
    static final int SUBJECT_WINDOW = 8;
    static final int OBJECT_WINDOW = 6;
    static final int EVAL_WINDOW = 6;
    static final int THEO_WINDOW = 3;

    private static final List<String> NAMES = buildNames();

    private final PhraseMatcher sides;
    private final PhraseMatcher verbs;
    private final PhraseMatcher evaluative;
    private final PhraseMatcher attribution;
    private final PhraseMatcher narrative;

    /** Extractor over the given lexicon. */
    public FramingFeatures(FramingLexicon lexicon) {
        this.sides = new PhraseMatcher(lexicon.sidePhrases());
        this.verbs = new PhraseMatcher(lexicon.verbPhrases());
        this.evaluative = new PhraseMatcher(Map.of(FramingLexicon.Category.EVAL, lexicon.evaluative()));
        this.attribution = new PhraseMatcher(Map.of(FramingLexicon.Category.ATTRIB, lexicon.attributionMarkers()));
        this.narrative = new PhraseMatcher(Map.of("ru", lexicon.russiaNarrative(), "we", lexicon.westNarrative()));
    }

    /** Extractor over the built-in Vietnamese lexicon. */
    public static FramingFeatures vietnamese() {
        return new FramingFeatures(FramingLexicon.builtin());
    }

    /** Stable feature names, in vector order. */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> buildNames() {
        List<String> n = new ArrayList<>();
        for (String f : List.of("title_", "title_first_", "title_speaker_", "lead_", "lead_first_", "mention_")) {
            n.add(f + "ru");
            n.add(f + "we");
        }
        n.add("mention_share_ru");
        n.add("mention_any");
        for (String f : List.of("agency_", "theo_", "speech_")) {
            n.add(f + "ru");
            n.add(f + "we");
        }
        n.add("speech_share_ru");
        for (String f : List.of("first_speaker_", "last_speaker_", "accuse_by_", "accused_", "deny_by_", "quote_",
                "eval_near_", "eval_title_", "narrative_")) {
            n.add(f + "ru");
            n.add(f + "we");
        }
        return List.copyOf(n);
    }

    /** Features of an article: its title (if any) and text. */
    public FramingAnalysis analyse(Article a) {
        return analyse(a.fullText());
    }

    /** Features of a text whose first non-empty line is the headline. */
    public FramingAnalysis analyse(String rawText) {
        String text = Token.nfc(rawText);
        List<Token> toks = Token.tokenize(text);
        int n = toks.size();
        int[] sentence = new int[n];
        boolean[] quoted = new boolean[n];
        int[] region = regions(text, toks, sentence, quoted);
        Values v = new Values();
        List<FramingEvidence> ev = new ArrayList<>();

        Side[] sideAt = new Side[n];
        boolean[] agencyAt = new boolean[n];
        List<PhraseMatcher.Match> sideMatches = sides.find(toks);
        Map<Side, Integer> titleCount = new EnumMap<>(Side.class), leadCount = new EnumMap<>(Side.class),
                mention = new EnumMap<>(Side.class), agency = new EnumMap<>(Side.class);
        Side titleFirst = null, leadFirst = null;
        for (PhraseMatcher.Match m : sideMatches) {
            Side s = m.category().startsWith("ru") ? Side.RUSSIA : Side.WEST;
            boolean isAgency = m.category().endsWith("agency");
            for (int k = m.from(); k < m.to(); k++) {
                sideAt[k] = s;
                agencyAt[k] = isAgency;
            }
            int r = region[m.from()];
            if (r == 0) {
                titleCount.merge(s, 1, Integer::sum);
                if (titleFirst == null) {
                    titleFirst = s;
                    ev.add(span("title_first_" + s.code(), toks, m.from(), m.to(), "headline's first side mention"));
                }
            } else if (r == 1) {
                leadCount.merge(s, 1, Integer::sum);
                if (leadFirst == null) leadFirst = s;
            }
            if (isAgency) {
                agency.merge(s, 1, Integer::sum);
                ev.add(span("agency_" + s.code(), toks, m.from(), m.to(), "cited agency"));
            } else {
                mention.merge(s, 1, Integer::sum);
            }
        }
        for (Side s : Side.values()) {
            v.set("title_" + s.code(), titleCount.getOrDefault(s, 0) > 0 ? 1 : 0);
            v.set("title_first_" + s.code(), titleFirst == s ? 1 : 0);
            v.set("lead_" + s.code(), capped(leadCount.getOrDefault(s, 0), 3));
            v.set("lead_first_" + s.code(), leadFirst == s ? 1 : 0);
            v.set("mention_" + s.code(), capped(mention.getOrDefault(s, 0), 10));
            v.set("agency_" + s.code(), capped(agency.getOrDefault(s, 0), 3));
        }
        int ru = mention.getOrDefault(Side.RUSSIA, 0), we = mention.getOrDefault(Side.WEST, 0);
        v.set("mention_share_ru", ru + we == 0 ? 0.5 : ru / (double) (ru + we));
        v.set("mention_any", capped(ru + we, 20));

        // attributions: "theo X"
        Map<Side, Integer> theo = new EnumMap<>(Side.class);
        for (PhraseMatcher.Match m : attribution.find(toks)) {
            for (int k = m.to(); k < Math.min(n, m.to() + THEO_WINDOW); k++) {
                if (sentence[k] != sentence[m.from()]) break;
                if (sideAt[k] != null) {
                    theo.merge(sideAt[k], 1, Integer::sum);
                    ev.add(span("theo_" + sideAt[k].code(), toks, m.from(), k + 1, "attribution"));
                    break;
                }
            }
        }
        for (Side s : Side.values()) v.set("theo_" + s.code(), capped(theo.getOrDefault(s, 0), 3));

        // speech acts
        List<PhraseMatcher.Match> verbMatches = verbs.find(toks);
        boolean[] verbAt = new boolean[n];
        for (PhraseMatcher.Match m : verbMatches) for (int k = m.from(); k < m.to(); k++) verbAt[k] = true;
        List<Side> speakers = new ArrayList<>();
        List<int[]> speechPos = new ArrayList<>(); // {verb token, side ordinal}
        Map<Side, Integer> accuseBy = new EnumMap<>(Side.class), accused = new EnumMap<>(Side.class),
                denyBy = new EnumMap<>(Side.class);
        boolean[] titleSpeaker = new boolean[2];
        for (PhraseMatcher.Match m : verbMatches) {
            if (quoted[m.from()]) continue;
            int subj = -1;
            for (int k = m.from() - 1; k >= Math.max(0, m.from() - SUBJECT_WINDOW); k--) {
                if (sentence[k] != sentence[m.from()] || verbAt[k]) break;
                if (sideAt[k] != null) {
                    subj = k;
                    break;
                }
            }
            if (m.category().equals(FramingLexicon.Category.ACCUSE)) {
                for (int k = m.to(); k < Math.min(n, m.to() + OBJECT_WINDOW); k++) {
                    if (sentence[k] != sentence[m.from()]) break;
                    if (sideAt[k] != null && !agencyAt[k]) {
                        accused.merge(sideAt[k], 1, Integer::sum);
                        ev.add(span("accused_" + sideAt[k].code(), toks, m.from(), k + 1, "accusation target"));
                        break;
                    }
                }
            }
            if (subj < 0) continue;
            Side s = sideAt[subj];
            speakers.add(s);
            speechPos.add(new int[]{m.from(), s.ordinal()});
            if (region[m.from()] == 0) titleSpeaker[s.ordinal()] = true;
            String kind = switch (m.category()) {
                case FramingLexicon.Category.ACCUSE -> "accuse_by_";
                case FramingLexicon.Category.DENY -> "deny_by_";
                default -> "speech_";
            };
            if (kind.equals("accuse_by_")) accuseBy.merge(s, 1, Integer::sum);
            if (kind.equals("deny_by_")) denyBy.merge(s, 1, Integer::sum);
            ev.add(span(kind + s.code(), toks, subj, m.to(), "speaker " + s.code()));
        }
        int ruSp = 0, weSp = 0;
        for (Side s : speakers) if (s == Side.RUSSIA) ruSp++; else weSp++;
        for (Side s : Side.values()) {
            int c = s == Side.RUSSIA ? ruSp : weSp;
            v.set("speech_" + s.code(), capped(c, 5));
            v.set("title_speaker_" + s.code(), titleSpeaker[s.ordinal()] ? 1 : 0);
            v.set("first_speaker_" + s.code(), !speakers.isEmpty() && speakers.get(0) == s ? 1 : 0);
            v.set("last_speaker_" + s.code(), !speakers.isEmpty() && speakers.get(speakers.size() - 1) == s ? 1 : 0);
            v.set("accuse_by_" + s.code(), capped(accuseBy.getOrDefault(s, 0), 3));
            v.set("accused_" + s.code(), capped(accused.getOrDefault(s, 0), 3));
            v.set("deny_by_" + s.code(), capped(denyBy.getOrDefault(s, 0), 3));
        }
        v.set("speech_share_ru", ruSp + weSp == 0 ? 0.5 : ruSp / (double) (ruSp + weSp));

        // quotes: attribute each quoted run to the nearest speech act of its sentence
        double[] quoteTokens = new double[2];
        double quotedTotal = 0;
        int i = 0;
        while (i < n) {
            if (!quoted[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && quoted[j]) j++;
            int len = j - i;
            quotedTotal += len;
            Side owner = quoteOwner(i, j, sentence, sideAt, speechPos, n);
            if (owner != null) {
                quoteTokens[owner.ordinal()] += len;
                ev.add(span("quote_" + owner.code(), toks, i, j, "quoted words"));
            }
            i = j;
        }
        for (Side s : Side.values()) {
            v.set("quote_" + s.code(), quotedTotal == 0 ? 0 : quoteTokens[s.ordinal()] / quotedTotal);
        }

        // evaluative words next to a side's names
        Map<Side, Integer> evalNear = new EnumMap<>(Side.class), evalTitle = new EnumMap<>(Side.class);
        for (PhraseMatcher.Match m : evaluative.find(toks)) {
            int best = -1, bestDist = Integer.MAX_VALUE;
            for (int k = Math.max(0, m.from() - EVAL_WINDOW); k < Math.min(n, m.to() + EVAL_WINDOW); k++) {
                if (sideAt[k] == null || agencyAt[k] || sentence[k] != sentence[m.from()]) continue;
                int d = k < m.from() ? m.from() - k : k - m.to() + 1;
                if (d < bestDist) {
                    bestDist = d;
                    best = k;
                }
            }
            if (best < 0) continue;
            Side s = sideAt[best];
            evalNear.merge(s, 1, Integer::sum);
            if (region[m.from()] == 0) evalTitle.merge(s, 1, Integer::sum);
            ev.add(span("eval_near_" + s.code(), toks, Math.min(best, m.from()), Math.max(best + 1, m.to()),
                    "evaluative word near " + s.code()));
        }
        for (Side s : Side.values()) {
            v.set("eval_near_" + s.code(), capped(evalNear.getOrDefault(s, 0), 4));
            v.set("eval_title_" + s.code(), capped(evalTitle.getOrDefault(s, 0), 1));
        }
        Map<String, Integer> narr = new HashMap<>();
        for (PhraseMatcher.Match m : narrative.find(toks)) {
            narr.merge(m.category(), 1, Integer::sum);
            ev.add(span("narrative_" + m.category(), toks, m.from(), m.to(), "narrative phrase"));
        }
        v.set("narrative_ru", capped(narr.getOrDefault("ru", 0), 3));
        v.set("narrative_we", capped(narr.getOrDefault("we", 0), 3));
        return new FramingAnalysis(text, NAMES, v.values, ev);
    }

    private static Side quoteOwner(int from, int to, int[] sentence, Side[] sideAt, List<int[]> speechPos, int n) {
        int best = -1, bestDist = Integer.MAX_VALUE;
        for (int[] sp : speechPos) {
            int pos = sp[0];
            if (sentence[pos] != sentence[from] && sentence[pos] != sentence[to - 1]
                    && !(to < n && sentence[pos] == sentence[to])) continue;
            int d = pos < from ? from - pos : pos - to;
            if (d >= 0 && d < bestDist) {
                bestDist = d;
                best = sp[1];
            }
        }
        if (best >= 0) return Side.values()[best];
        // "“...”, ông Lavrov nói": a side named right after the closing quote, in the quote's own sentence
        for (int k = to; k < Math.min(n, to + 4) && sentence[k] == sentence[to - 1]; k++) if (sideAt[k] != null) return sideAt[k];
        return null;
    }

    /**
     * Fills sentence ids and quotation flags per token and returns each token's region: 0 headline,
     * 1 lead, 2 rest.
     */
    private static int[] regions(String text, List<Token> toks, int[] sentence, boolean[] quoted) {
        int n = toks.size();
        int[] region = new int[n];
        int sent = 0, regionTokens = 0, cur = 0;
        boolean inQuote = false;
        int prevEnd = 0;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            String gap = text.substring(prevEnd, t.start());
            boolean newLine = i > 0 && gap.indexOf('\n') >= 0;
            if (i > 0 && (newLine || endsSentence(gap))) sent++;
            for (int c = 0; c < gap.length(); c++) {
                char ch = gap.charAt(c);
                if (ch == '\n') inQuote = false;
                else if (ch == '"') inQuote = !inQuote;
                else if (ch == '“' || ch == '«') inQuote = true;
                else if (ch == '”' || ch == '»') inQuote = false;
            }
            if (newLine && cur < 2) {
                cur++;
                regionTokens = 0;
            }
            if (cur == 0 && regionTokens >= TITLE_TOKENS) {
                cur = 1;
                regionTokens = 0;
            } else if (cur == 1 && regionTokens >= LEAD_TOKENS) {
                cur = 2;
            }
            region[i] = cur;
            regionTokens++;
            sentence[i] = sent;
            quoted[i] = inQuote;
            prevEnd = t.end();
        }
        return region;
    }

    /** A gap ends a sentence when it holds . ! ? ; or … followed (somewhere later in the gap) by white space. */
    private static boolean endsSentence(String gap) {
        boolean punct = false;
        for (int c = 0; c < gap.length(); c++) {
            char ch = gap.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '…') punct = true;
            else if (punct && Character.isWhitespace(ch)) return true;
        }
        return false;
    }

    private static double capped(int count, int cap) {
        return Math.min(count, cap) / (double) cap;
    }

    private static FramingEvidence span(String feature, List<Token> toks, int from, int toExclusive, String note) {
        return new FramingEvidence(feature, toks.get(from).start(), toks.get(toExclusive - 1).end(), note);
    }

    /** Feature values being filled, by name. */
    private static final class Values {
        final double[] values = new double[NAMES.size()];

        void set(String name, double value) {
            int i = NAMES.indexOf(name);
            if (i < 0) throw new IllegalStateException("feature " + name + " missing from names()");
            values[i] = value;
        }
    }
}
