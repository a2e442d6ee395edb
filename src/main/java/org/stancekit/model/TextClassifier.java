package org.stancekit.model;

import org.stancekit.corpus.Article;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.text.TextPipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained text classifier: text pipeline, TF-IDF vectorizer, linear model, an optional
 * {@link FeatureExtension} (null for plain TF-IDF models) and an optional {@link NeuralModel} whose
 * probabilities are averaged with the linear model's (null for linear-only models), always used together so
 * scoring sees exactly the features training saw. Immutable and thread-safe.
 */
public record TextClassifier(String task, TextPipeline pipeline, FittedVectorizer vectorizer, LinearModel model,
                             FeatureExtension extension, NeuralModel neural) {

    public TextClassifier {
        if (neural != null && (neural.classes() != model.labels().size() || neural.maxColumn() >= vectorizer.dimension())) {
            throw new IllegalArgumentException("the neural member does not match the vectorizer and labels");
        }
    }

    /** A plain TF-IDF classifier without extension or neural member. */
    public TextClassifier(String task, TextPipeline pipeline, FittedVectorizer vectorizer, LinearModel model) {
        this(task, pipeline, vectorizer, model, null, null);
    }

    /** A linear classifier with a feature extension. */
    public TextClassifier(String task, TextPipeline pipeline, FittedVectorizer vectorizer, LinearModel model,
                          FeatureExtension extension) {
        this(task, pipeline, vectorizer, model, extension, null);
    }

    /** The same classifier with the linear model's softmax temperature set to {@code t}. */
    public TextClassifier withTemperature(double t) {
        return new TextClassifier(task, pipeline, vectorizer, model.withTemperature(t), extension, neural);
    }

    /** Total number of features: the vectorizer's plus the extension's. */
    public int dimension() {
        return vectorizer.dimension() + (extension == null ? 0 : extension.extraDimension());
    }

    /** Readable name of feature {@code f}: an n-gram, or an extension feature. */
    public String featureName(int f) {
        int v = vectorizer.dimension();
        return f < v ? vectorizer.term(f) : extension.featureName(f - v);
    }

    public List<String> labels() {
        return model.labels();
    }

    /** The feature vector of an article (title and body). */
    public SparseVector vectorize(Article a) {
        if (extension != null) return extension.vectorize(a, pipeline, vectorizer);
        return vectorizer.transform(pipeline.tokens(a.fullText()));
    }

    /** Probabilities per label, in {@link #labels()} order. */
    public double[] probabilities(Article a) {
        return probabilities(vectorize(a));
    }

    /** Probabilities per label of a feature vector: the linear model's, averaged with the neural member's when present. */
    public double[] probabilities(SparseVector x) {
        double[] p = model.probabilities(x);
        return neural == null ? p : neural.mix(p, x);
    }

    /**
     * Predicts an article's label with scores sorted descending and the {@code topFeatures} strongest contributions
     * (feature value times the linear model's weight for the predicted label; the neural member has no such reading).
     */
    public Prediction predict(Article a, int topFeatures) {
        return predict(a.id(), vectorize(a), topFeatures);
    }

    /** The same for an article already vectorized (as {@link #vectorize} does). */
    public Prediction predict(String id, SparseVector x, int topFeatures) {
        double[] p = probabilities(x);
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparing(i -> i));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i : order) scores.put(labels().get(i), p[i]);
        int best = order[0];
        List<Prediction.Contribution> contribs = new ArrayList<>();
        if (topFeatures > 0) {
            for (int j = 0; j < x.size(); j++) {
                int f = x.indices()[j];
                contribs.add(new Prediction.Contribution(featureName(f), x.values()[j], model.weight(best, f)));
            }
            contribs.sort(Comparator.comparingDouble((Prediction.Contribution c) -> -c.contribution()).thenComparing(Prediction.Contribution::feature));
            if (contribs.size() > topFeatures) contribs = new ArrayList<>(contribs.subList(0, topFeatures));
        }
        return new Prediction(id, labels().get(best), scores, contribs);
    }
}
