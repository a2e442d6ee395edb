package org.stancekit.features.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.model.LinearModel;
import org.stancekit.model.ModelFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A sentence-level stance model inside a stance model: a multinomial logistic regression that tells, for each
 * sentence (its side-masked n-grams, region token and framing values), which article label it is evidence for,
 * or {@code none}; trained on the sentences the annotators quoted as evidence. Its probabilities are summarised
 * per article (per label: maximum, mean, mean of the top three, the headline's, and the mean weighted by
 * 1 - P(none)) into features the article model reads.
 */
public final class SentenceModel {

    /** The class of sentences that are no label's evidence. */
    public static final String NONE = "none";
    /** The summaries per label, in feature order. */
    public static final List<String> STATS = List.of("max", "mean", "top3", "head", "weighted");

    private final FittedVectorizer vectorizer;
    private final LinearModel model;
    private final double framingWeight;
    private final double weight;

    /**
     * @param model         classes: the article labels then {@link #NONE}
     * @param framingWeight scale of the 39 framing values appended to each sentence's TF-IDF vector
     * @param weight        scale of the article features in the article model
     */
    public SentenceModel(FittedVectorizer vectorizer, LinearModel model, double framingWeight, double weight) {
        List<String> l = model.labels();
        if (l.size() < 3 || !l.get(l.size() - 1).equals(NONE)) throw new IllegalArgumentException("a sentence model's last class must be '" + NONE + "'");
        if (model.dimension() != vectorizer.dimension() + FramingFeatures.names().size()) {
            throw new IllegalArgumentException("sentence model has " + model.dimension() + " features; vectorizer and framing give "
                    + (vectorizer.dimension() + FramingFeatures.names().size()));
        }
        this.vectorizer = vectorizer;
        this.model = model;
        this.framingWeight = framingWeight;
        this.weight = weight;
    }

    /** The article labels (the model's classes without {@code none}). */
    public List<String> labels() {
        return model.labels().subList(0, model.labels().size() - 1);
    }

    /** Number of article features: five summaries per label. */
    public int dimension() {
        return labels().size() * STATS.size();
    }

    /** Name of article feature {@code i}, e.g. {@code sentence:russia_aligned:max}. */
    public String featureName(int i) {
        return "sentence:" + labels().get(i / STATS.size()) + ":" + STATS.get(i % STATS.size());
    }

    /** The vector of one sentence: TF-IDF of its tokens, then its framing values scaled. */
    public static SparseVector sentenceVector(FittedVectorizer v, List<String> tokens, double[] framing, double framingWeight) {
        return withFraming(v.transform(tokens), v.dimension(), framing, framingWeight);
    }

    /** A sentence's TF-IDF vector (dimension {@code base}) with its framing values scaled and appended. */
    public static SparseVector withFraming(SparseVector tfidf, int base, double[] framing, double framingWeight) {
        double[] f = new double[framing.length];
        for (int j = 0; j < f.length; j++) f[j] = framing[j] * framingWeight;
        return FramingExtension.append(tfidf, base, f);
    }

    /** The tokens and raw framing values of every sentence of a text, as the sentence model reads them. */
    public static List<Prepared> prepare(String text, FramingExtension ext) {
        List<Prepared> out = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.split(ext.prepare(text))) {
            List<String> toks = new ArrayList<>();
            toks.add(s.region());
            toks.addAll(ext.tokens(s.text()));
            out.add(new Prepared(s.text(), toks, ext.features().analyse(s.text()).values()));
        }
        return out;
    }

    /** A sentence ready for the model: its text, region token then masked tokens, and its 39 unscaled framing values. */
    public record Prepared(String text, List<String> tokens, double[] framing) {
    }

    /** The weighted article features of a text. */
    public double[] articleFeatures(String text, FramingExtension ext) {
        return articleFeatures(prepare(text, ext));
    }

    /** The weighted article features from prepared sentences (all zero when there are none). */
    public double[] articleFeatures(List<Prepared> sentences) {
        return articleFeatures(probabilities(sentences));
    }

    /** The weighted article features from the sentences' probabilities ({@link #probabilities}). */
    public double[] articleFeatures(double[][] sentenceProbabilities) {
        double[] f = summarise(sentenceProbabilities, labels().size());
        for (int j = 0; j < f.length; j++) f[j] *= weight;
        return f;
    }

    /** A sentence with its region and the probability that it is evidence for a given label. */
    public record Evidence(String text, String region, double probability) {
    }

    /** The {@code n} sentences of a text most probably evidence for {@code label} (first sentences first on ties). */
    public List<Evidence> strongest(String text, FramingExtension ext, String label, int n) {
        List<Prepared> ss = prepare(text, ext);
        return strongest(ss, probabilities(ss), label, n);
    }

    /** The same from sentences already scored ({@code p} as {@link #probabilities} returns it). */
    public List<Evidence> strongest(List<Prepared> ss, double[][] p, String label, int n) {
        int l = labels().indexOf(label);
        if (l < 0) throw new IllegalArgumentException("label '" + label + "' is not one of " + labels());
        Integer[] order = new Integer[ss.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> -p[i][l]).thenComparingInt(i -> i));
        List<Evidence> out = new ArrayList<>();
        for (int r = 0; r < Math.min(n, order.length); r++) {
            Prepared s = ss.get(order[r]);
            out.add(new Evidence(s.text(), s.tokens().get(0).replace("_", ""), p[order[r]][l]));
        }
        return out;
    }

    /** Each sentence's probabilities over the article labels then {@code none}. */
    public double[][] probabilities(List<Prepared> sentences) {
        double[][] p = new double[sentences.size()][];
        for (int i = 0; i < p.length; i++) {
            Prepared s = sentences.get(i);
            p[i] = model.probabilities(sentenceVector(vectorizer, s.tokens(), s.framing(), framingWeight));
        }
        return p;
    }

    /**
     * Per label l (columns 0..k-1 of {@code p}; column k is {@code none}): max, mean, mean of the top three,
     * the first sentence's value, and the mean weighted by 1 - P(none) (0 when every sentence is surely none).
     */
    static double[] summarise(double[][] p, int k) {
        double[] f = new double[k * STATS.size()];
        int n = p.length;
        if (n == 0) return f;
        double wsum = 0;
        for (double[] row : p) wsum += 1 - row[k];
        for (int l = 0; l < k; l++) {
            double[] col = new double[n];
            double sum = 0, wtd = 0;
            for (int i = 0; i < n; i++) {
                col[i] = p[i][l];
                sum += col[i];
                wtd += (1 - p[i][k]) * col[i];
            }
            Arrays.sort(col);
            double top = 0;
            int t = Math.min(3, n);
            for (int i = 0; i < t; i++) top += col[n - 1 - i];
            int b = l * STATS.size();
            f[b] = col[n - 1];
            f[b + 1] = sum / n;
            f[b + 2] = top / t;
            f[b + 3] = p[0][l];
            f[b + 4] = wsum > 0 ? wtd / wsum : 0;
        }
        return f;
    }

    /** JSON kept inside the stance model's {@code extension.json}: vectorizer vocabulary, weights (base64), scales. */
    public JsonNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.put("framing_weight", framingWeight);
        o.put("weight", weight);
        o.set("labels", Configs.JSON.valueToTree(model.labels()));
        o.set("vectorizer_config", Configs.JSON.valueToTree(vectorizer.config()));
        o.put("num_docs", vectorizer.numDocs());
        var terms = o.putArray("terms");
        var df = o.putArray("df");
        for (int f = 0; f < vectorizer.dimension(); f++) {
            terms.add(vectorizer.term(f));
            df.add(vectorizer.documentFrequency(f));
        }
        o.put("weights", Base64.getEncoder().encodeToString(model.toBytes()));
        return o;
    }

    /** Restores a sentence model saved by {@link #toJson()}. */
    public static SentenceModel fromJson(JsonNode o, String source) {
        try {
            List<String> labels = new ArrayList<>();
            o.path("labels").forEach(l -> labels.add(l.asText()));
            VectorizerConfig vc = Configs.bind(o.get("vectorizer_config"), VectorizerConfig.class, source + " sentence vectorizer");
            int n = o.path("terms").size();
            String[] terms = new String[n];
            int[] df = new int[n];
            for (int f = 0; f < n; f++) {
                terms[f] = o.get("terms").get(f).asText();
                df[f] = o.get("df").get(f).asInt();
            }
            FittedVectorizer v = FittedVectorizer.restore(vc, o.path("num_docs").asInt(), terms, df);
            LinearModel m = LinearModel.fromBytes(new ByteArrayInputStream(Base64.getDecoder().decode(o.path("weights").asText())), labels);
            return new SentenceModel(v, m, o.path("framing_weight").asDouble(), o.path("weight").asDouble());
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ModelFormatException(source + ": broken sentence model: " + e.getMessage(), e);
        }
    }
}
