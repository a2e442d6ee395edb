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
 * A trained text classifier: text pipeline, TF-IDF vectorizer and linear model, always used together so
 * scoring sees exactly the features training saw. Immutable and thread-safe.
 */
public record TextClassifier(String task, TextPipeline pipeline, FittedVectorizer vectorizer, LinearModel model) {

    public List<String> labels() {
        return model.labels();
    }

    /** The feature vector of an article (title and body). */
    public SparseVector vectorize(Article a) {
        return vectorizer.transform(pipeline.tokens(a.fullText()));
    }

    /** Probabilities per label, in {@link #labels()} order. */
    public double[] probabilities(Article a) {
        return model.probabilities(vectorize(a));
    }

    /** Predicts an article's label with scores sorted descending and the {@code topFeatures} strongest contributions. */
    public Prediction predict(Article a, int topFeatures) {
        SparseVector x = vectorize(a);
        double[] p = model.probabilities(x);
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
                contribs.add(new Prediction.Contribution(vectorizer.term(f), x.values()[j], model.weight(best, f)));
            }
            contribs.sort(Comparator.comparingDouble((Prediction.Contribution c) -> -c.contribution()).thenComparing(Prediction.Contribution::feature));
            if (contribs.size() > topFeatures) contribs = new ArrayList<>(contribs.subList(0, topFeatures));
        }
        return new Prediction(a.id(), labels().get(best), scores, contribs);
    }
}
