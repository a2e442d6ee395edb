package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.eval.PredictionSet;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.BatchPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Bridges a trained classifier to the evaluator: its probabilities on labelled articles as a {@link PredictionSet}. */
final class ModelPredictions {

    private ModelPredictions() {
    }

    /**
     * Predictions with ids and texts (for error snippets). A gold label the model does not know is added as a
     * class after the model's own (sorted, probability 0), so its records count as errors, as in scikit-learn.
     */
    static PredictionSet of(TextClassifier c, List<Article> articles, String field) {
        BatchPredictions p = BatchPredictions.of(c, articles);
        List<String> labels = evaluatedLabels(c.labels(), articles, field);
        int n = articles.size();
        int[] gold = new int[n];
        String[] ids = new String[n], texts = new String[n];
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            gold[i] = labels.indexOf(a.label(field));
            ids[i] = a.id();
            texts[i] = a.fullText();
        }
        return new PredictionSet(labels, gold, p.pred(), normalised(p.probs(), labels.size()), ids, texts);
    }

    /** The model's labels followed by the gold labels it does not know, sorted. */
    static List<String> evaluatedLabels(List<String> modelLabels, List<Article> articles, String field) {
        List<String> out = new ArrayList<>(modelLabels);
        articles.stream().map(a -> a.label(field)).filter(l -> !modelLabels.contains(l)).distinct().sorted().forEach(out::add);
        return out;
    }

    /** Rows renormalised to sum to exactly 1 (float weights can leave a tiny rounding gap), padded with zeros to k columns. */
    private static double[][] normalised(double[][] probs, int k) {
        for (int i = 0; i < probs.length; i++) {
            double[] row = probs[i];
            double s = 0;
            for (double v : row) s += v;
            if (s > 0 && s != 1) for (int j = 0; j < row.length; j++) row[j] /= s;
            if (row.length < k) probs[i] = Arrays.copyOf(row, k);
        }
        return probs;
    }

    /** The value records are grouped by for grouped folds: {@code outlet}, a label field or a metadata key. */
    static String group(Article a, String groupBy) {
        if (groupBy.equals("outlet")) return a.outlet();
        if (a.labels().containsKey(groupBy)) return a.label(groupBy);
        Object v = a.metadata().get(groupBy);
        return v == null ? null : v.toString();
    }
}
