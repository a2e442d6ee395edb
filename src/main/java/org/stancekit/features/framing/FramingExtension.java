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
 * scaled by {@code framingWeight} after the TF-IDF features. The lexicon is saved inside the model.
 */
public final class FramingExtension implements FeatureExtension {

    /** The kind written to {@code extension.json}. */
    public static final String KIND = "framing";

    private final FramingLexicon lexicon;
    private final boolean maskSides;
    private final int headlineCopies;
    private final double framingWeight;
    private final FramingFeatures features;
    private final PhraseMatcher sides;

    public FramingExtension(FramingLexicon lexicon, boolean maskSides, int headlineCopies, double framingWeight) {
        if (headlineCopies < 0) throw Configs.invalid("headline_copies", headlineCopies, "an integer >= 0");
        if (!(framingWeight >= 0)) throw Configs.invalid("framing_weight", framingWeight, "a number >= 0 (0: no framing features)");
        this.lexicon = lexicon;
        this.maskSides = maskSides;
        this.headlineCopies = headlineCopies;
        this.framingWeight = framingWeight;
        this.features = new FramingFeatures(lexicon);
        this.sides = new PhraseMatcher(lexicon.sidePhrases());
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

    /**
     * The tokens the TF-IDF vectorizer sees for a text (NFC, lower-cased, sides masked when configured,
     * headline copies appended). Thread-safe; pass it as the tokenizer when fitting the vectorizer.
     */
    public List<String> tokens(String rawText) {
        String text = Token.nfc(rawText);
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
        double[] v = features.analyse(rawText).values();
        for (int j = 0; j < v.length; j++) v[j] *= framingWeight;
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
        return append(vectorizer.transform(tokens(text)), vectorizer.dimension(), framingValues(text));
    }

    @Override
    public int extraDimension() {
        return framingWeight == 0 ? 0 : FramingFeatures.names().size();
    }

    @Override
    public String featureName(int i) {
        return "framing:" + FramingFeatures.names().get(i);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.put("kind", KIND);
        o.put("mask_sides", maskSides);
        o.put("headline_copies", headlineCopies);
        o.put("framing_weight", framingWeight);
        o.putArray("framing_features").addAll(FramingFeatures.names().stream().map(o::textNode).toList());
        o.set("lexicon", Configs.JSON.valueToTree(lexicon));
        return o;
    }

    /** Restores an extension saved by {@link #toJson()}. */
    public static FramingExtension fromJson(JsonNode json, String source) {
        List<String> saved = new ArrayList<>();
        json.path("framing_features").forEach(n -> saved.add(n.asText()));
        if (json.path("framing_weight").asDouble(0) > 0 && !saved.equals(FramingFeatures.names())) {
            throw new ModelFormatException(source + ": the model was trained with framing features " + saved
                    + " but this stancekit computes " + FramingFeatures.names() + "; retrain the model");
        }
        FramingLexicon lx = Configs.bind(json.get("lexicon"), FramingLexicon.class, source + " lexicon");
        return new FramingExtension(lx, json.path("mask_sides").asBoolean(), json.path("headline_copies").asInt(),
                json.path("framing_weight").asDouble());
    }
}
