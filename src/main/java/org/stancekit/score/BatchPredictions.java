package org.stancekit.score;

import org.stancekit.corpus.Article;
import org.stancekit.model.TextClassifier;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Probabilities for a list of articles already in memory, computed in parallel, in input order.
 *
 * @param probs one row of label probabilities per article
 * @param pred  the index of the most probable label per article
 */
public record BatchPredictions(double[][] probs, int[] pred) {

    public static BatchPredictions of(TextClassifier c, List<Article> articles) {
        double[][] p = new double[articles.size()][];
        IntStream.range(0, articles.size()).parallel().forEach(i -> p[i] = c.probabilities(articles.get(i)));
        int[] pred = new int[p.length];
        for (int i = 0; i < p.length; i++) pred[i] = argmax(p[i]);
        return new BatchPredictions(p, pred);
    }

    /** Index of the largest value (the first on ties). */
    public static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
