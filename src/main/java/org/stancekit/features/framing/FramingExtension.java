package org.stancekit.features.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.model.FeatureExtension;
import org.stancekit.model.ModelFormatException;
import org.stancekit.text.TextPipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stance models' feature extension: (1) optionally masks each side's actors and agencies in the token
 * stream ({@code ruside}, {@code weside}, {@code ruagency}, {@code weagency}) so n-grams such as
 * "ruside cáo buộc weside" generalise across names; (2) optionally appends the headline's tokens again with an
 * {@code h:} prefix, so headline wording gets its own weights; (3) appends the {@link FramingFeatures} values
 * scaled by {@code framingWeight} after the TF-IDF features. Configured boilerplate regexes (house style such as
 * dates and outlet signatures) are removed first. The lexicon is saved inside the model.
 */
public final class FramingExtension implements FeatureExtension {

    /** The kind written to {@code extension.json}. */
    public static final String KIND = "framing";

    private final FramingLexicon lexicon;
    private final boolean maskSides;
    private final int headlineCopies;
    private final double framingWeight;
    private final List<String> stripPatterns;
    private final int charMin;
    private final int charMax;
    private final List<String> selected;
    private final int[] selectedIndex;
    private final List<java.util.regex.Pattern> strip;
    private final FramingFeatures features;
    private final PhraseMatcher sides;
    private final SentenceModel sentences;

    /** An extension without boilerplate stripping. */
    public FramingExtension(FramingLexicon lexicon, boolean maskSides, int headlineCopies, double framingWeight) {
        this(lexicon, maskSides, headlineCopies, framingWeight, List.of(), FramingFeatures.names());
    }

    /** Word tokens only (no character n-grams). */
    public FramingExtension(FramingLexicon lexicon, boolean maskSides, int headlineCopies, double framingWeight,
                            List<String> stripPatterns, List<String> selected) {
        this(lexicon, maskSides, headlineCopies, framingWeight, stripPatterns, selected, 0, 0);
    }

    /**
     * @param stripPatterns boilerplate regexes removed first
     * @param selected      the framing features appended (a subset of {@link FramingFeatures#names()}, in any order)
     * @param charMin       with {@code charMax}: when not 0, the vectorizer sees character n-grams of each token
     *                      padded with spaces ({@code " kyiv "} gives {@code "_k"}, {@code "ky"} ...), as
     *                      scikit-learn's {@code char_wb} analyzer does, instead of word tokens: words are then
     *                      split at white space (punctuation stays), so masking and headline copies must be off
     */
    public FramingExtension(FramingLexicon lexicon, boolean maskSides, int headlineCopies, double framingWeight,
                            List<String> stripPatterns, List<String> selected, int charMin, int charMax) {
        this(lexicon, maskSides, headlineCopies, framingWeight, stripPatterns, selected, charMin, charMax, null);
    }

    /** As above, with a sentence model whose article features follow the framing values (null: none). */
    public FramingExtension(FramingLexicon lexicon, boolean maskSides, int headlineCopies, double framingWeight,
                            List<String> stripPatterns, List<String> selected, int charMin, int charMax, SentenceModel sentences) {
        if (charMin != 0 || charMax != 0) {
            if (charMin < 1 || charMax < charMin || charMax > 8) {
                throw Configs.invalid("char_ngrams", charMin + ".." + charMax, "1 <= min <= max <= 8, or 0..0 for word tokens");
            }
        }
        if (charMin > 0 && (maskSides || headlineCopies > 0)) {
            throw Configs.invalid("char_ngrams", charMin + ".." + charMax, "character n-grams only with mask_sides: false and headline_copies: 0");
        }
        this.charMin = charMin;
        this.charMax = charMax;
        for (String f : selected) {
            if (!FramingFeatures.names().contains(f)) throw Configs.invalid("framing_features", f, String.join(", ", FramingFeatures.names()));
        }
        if (selected.isEmpty()) throw Configs.invalid("framing_features", "[]", "at least one feature (set framing_weight: 0 for none)");
        this.selected = List.copyOf(selected);
        this.selectedIndex = this.selected.stream().mapToInt(f -> FramingFeatures.names().indexOf(f)).toArray();
        if (headlineCopies < 0) throw Configs.invalid("headline_copies", headlineCopies, "an integer >= 0");
        if (!(framingWeight >= 0)) throw Configs.invalid("framing_weight", framingWeight, "a number >= 0 (0: no framing features)");
        this.lexicon = lexicon;
        this.maskSides = maskSides;
        this.headlineCopies = headlineCopies;
        this.framingWeight = framingWeight;
        this.stripPatterns = List.copyOf(stripPatterns);
        this.strip = this.stripPatterns.stream().map(java.util.regex.Pattern::compile).toList();
        this.features = new FramingFeatures(lexicon);
        this.sides = new PhraseMatcher(lexicon.sidePhrases());
        this.sentences = sentences;
    }

    /** This extension with a sentence model added (its article features are appended after the framing values). */
    public FramingExtension withSentences(SentenceModel model) {
        return new FramingExtension(lexicon, maskSides, headlineCopies, framingWeight, stripPatterns, selected, charMin, charMax, model);
    }

    /** The sentence model, or null. */
    public SentenceModel sentences() {
        return sentences;
    }

    @Override
    public String kind() {
        return KIND;
    }

    public FramingFeatures features() {
        return features;
    }

    public double framingWeight() {
        return framingWeight;
    }

    /** True when the vectorizer sees character n-grams rather than word tokens. */
    public boolean characterNgrams() {
        return charMin > 0;
    }

    /**
     * The tokens the TF-IDF vectorizer sees for a text (NFC, lower-cased, sides masked when configured,
     * headline copies appended). Thread-safe; pass it as the tokenizer when fitting the vectorizer.
     */
    public List<String> tokens(String rawText) {
        String text = prepare(rawText);
        if (charMin > 0) return charGrams(text);
        List<Token> toks = Token.tokenize(text);
        List<String> out = new ArrayList<>(toks.size() + 16);
        int headEnd = headlineEnd(text);
        int headTokens = 0;
        List<PhraseMatcher.Match> ms = maskSides ? sides.find(toks) : List.of();
        int i = 0, mi = 0;
        while (i < toks.size()) {
            boolean inHead = toks.get(i).start() < headEnd;
            if (mi < ms.size() && ms.get(mi).from() == i) {
                PhraseMatcher.Match m = ms.get(mi++);
                out.add(placeholder(m.category()));
                i = m.to();
            } else {
                out.add(toks.get(i).lower());
                i++;
            }
            if (inHead) headTokens = out.size();
        }
        if (headlineCopies > 0 && headTokens > 0) {
            List<String> head = out.subList(0, headTokens).stream().map(t -> "h:" + t).toList();
            for (int c = 0; c < headlineCopies; c++) out.addAll(head);
        }
        return out;
    }

    /** Character n-grams of the lower-cased white-space-separated words, each padded with spaces (as {@code char_wb}). */
    private List<String> charGrams(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        List<String> grams = new ArrayList<>(words.length * 12);
        for (String w : words) {
            if (w.isEmpty()) continue;
            String p = " " + w + " ";
            int[] cps = p.codePoints().toArray();
            for (int n = charMin; n <= charMax; n++) {
                if (n > cps.length) break;
                for (int i = 0; i + n <= cps.length; i++) grams.add(new String(cps, i, n).replace(' ', '_'));
            }
        }
        return grams;
    }

    /**
     * Character spans in {@code prepare(rawText)} of the tokens {@link #tokens} returns, without the headline
     * copies: element i covers output token i (a masked phrase covers the whole phrase).
     */
    public List<int[]> tokenSpans(String rawText) {
        String text = prepare(rawText);
        List<Token> toks = Token.tokenize(text);
        List<int[]> out = new ArrayList<>(toks.size());
        List<PhraseMatcher.Match> ms = maskSides ? sides.find(toks) : List.of();
        int i = 0, mi = 0;
        while (i < toks.size()) {
            if (mi < ms.size() && ms.get(mi).from() == i) {
                PhraseMatcher.Match m = ms.get(mi++);
                out.add(new int[]{toks.get(m.from()).start(), toks.get(m.to() - 1).end()});
                i = m.to();
            } else {
                out.add(new int[]{toks.get(i).start(), toks.get(i).end()});
                i++;
            }
        }
        return out;
    }

    /** The text with the configured boilerplate patterns replaced by a space, NFC-normalised. */
    public String prepare(String rawText) {
        String t = Token.nfc(rawText);
        for (java.util.regex.Pattern p : strip) t = p.matcher(t).replaceAll(" ");
        return t;
    }

    /** Char offset where the headline (first non-empty line) ends. */
    static int headlineEnd(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl;
    }

    private static String placeholder(String category) {
        return switch (category) {
            case FramingLexicon.Category.RU_ACTOR -> "ruside";
            case FramingLexicon.Category.WE_ACTOR -> "weside";
            case FramingLexicon.Category.RU_AGENCY -> "ruagency";
            default -> "weagency";
        };
    }

    /** The framing feature values of a text, scaled by the framing weight (empty when the weight is 0). */
    public double[] framingValues(String rawText) {
        if (framingWeight == 0) return new double[0];
        double[] all = features.analyse(prepare(rawText)).values();
        double[] v = new double[selectedIndex.length];
        for (int j = 0; j < v.length; j++) v[j] = all[selectedIndex[j]] * framingWeight;
        return v;
    }

    /** Joins a TF-IDF vector of dimension {@code base} with dense extra values appended after it. */
    public static SparseVector append(SparseVector tfidf, int base, double[] extra) {
        int nz = 0;
        for (double x : extra) if (x != 0) nz++;
        if (nz == 0) return tfidf;
        int n = tfidf.size();
        int[] idx = Arrays.copyOf(tfidf.indices(), n + nz);
        float[] val = Arrays.copyOf(tfidf.values(), n + nz);
        int k = n;
        for (int j = 0; j < extra.length; j++) {
            if (extra[j] != 0) {
                idx[k] = base + j;
                val[k++] = (float) extra[j];
            }
        }
        return new SparseVector(idx, val);
    }

    @Override
    public SparseVector vectorize(Article a, TextPipeline pipeline, FittedVectorizer vectorizer) {
        String text = a.fullText();
        return vectorize(text, vectorizer, sentences == null ? null : sentences.probabilities(SentenceModel.prepare(text, this)));
    }

    /**
     * The vector of a text whose sentences the sentence model already scored ({@code sentenceProbabilities}; null
     * without a sentence model), so a caller that also shows the evidence sentences scores them once.
     */
    public SparseVector vectorize(String text, FittedVectorizer vectorizer, double[][] sentenceProbabilities) {
        double[] extra = framingValues(text);
        if (sentences != null) extra = concat(extra, sentences.articleFeatures(sentenceProbabilities));
        return append(vectorizer.transform(tokens(text)), vectorizer.dimension(), extra);
    }

    /** Two arrays one after the other. */
    public static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private int framingDimension() {
        return framingWeight == 0 ? 0 : selected.size();
    }

    @Override
    public int extraDimension() {
        return framingDimension() + (sentences == null ? 0 : sentences.dimension());
    }

    @Override
    public String featureName(int i) {
        return i < framingDimension() ? "framing:" + selected.get(i) : sentences.featureName(i - framingDimension());
    }

    @Override
    public JsonNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.put("kind", KIND);
        o.put("mask_sides", maskSides);
        o.put("headline_copies", headlineCopies);
        o.put("framing_weight", framingWeight);
        o.putArray("strip_patterns").addAll(stripPatterns.stream().map(o::textNode).toList());
        o.put("char_ngram_min", charMin);
        o.put("char_ngram_max", charMax);
        o.putArray("framing_features").addAll(selected.stream().map(o::textNode).toList());
        o.set("lexicon", Configs.JSON.valueToTree(lexicon));
        if (sentences != null) o.set("sentence_model", sentences.toJson());
        return o;
    }

    /** Restores an extension saved by {@link #toJson()}. */
    public static FramingExtension fromJson(JsonNode json, String source) {
        List<String> saved = new ArrayList<>();
        json.path("framing_features").forEach(n -> saved.add(n.asText()));
        for (String f : saved) {
            if (!FramingFeatures.names().contains(f)) {
                throw new ModelFormatException(source + ": the model uses framing feature '" + f + "' which this stancekit does not compute; retrain the model");
            }
        }
        FramingLexicon lx = Configs.bind(json.get("lexicon"), FramingLexicon.class, source + " lexicon");
        List<String> strip = new ArrayList<>();
        json.path("strip_patterns").forEach(n -> strip.add(n.asText()));
        return new FramingExtension(lx, json.path("mask_sides").asBoolean(), json.path("headline_copies").asInt(),
                json.path("framing_weight").asDouble(), strip, saved, json.path("char_ngram_min").asInt(0),
                json.path("char_ngram_max").asInt(0),
                json.has("sentence_model") ? SentenceModel.fromJson(json.get("sentence_model"), source) : null);
    }
}
