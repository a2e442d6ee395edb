package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.eval.PredictionSet;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.BatchPredictions;

import java.util.List;

/** Bridges a trained classifier to the evaluator: its probabilities on labelled articles as a {@link PredictionSet}. */
final class ModelPredictions {

    private ModelPredictions() {
    }

    /** Predictions with ids and texts (for error snippets); every article must carry a label the model knows. */
    static PredictionSet of(TextClassifier c, List<Article> articles, String field) {
        BatchPredictions p = BatchPredictions.of(c, articles);
        int n = articles.size();
        int[] gold = new int[n];
        String[] ids = new String[n], texts = new String[n];
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            gold[i] = c.labels().indexOf(a.label(field));
            if (gold[i] < 0) throw new IllegalArgumentException("article '" + a.id() + "' has label '" + a.label(field) + "', which the model does not know " + c.labels());
            ids[i] = a.id();
            texts[i] = a.fullText();
        }
        return new PredictionSet(c.labels(), gold, p.pred(), normalised(p.probs()), ids, texts);
    }

    /** Rows renormalised to sum to exactly 1 (float weights can leave a tiny rounding gap). */
    private static double[][] normalised(double[][] probs) {
        for (double[] row : probs) {
            double s = 0;
            for (double v : row) s += v;
            if (s > 0 && s != 1) for (int j = 0; j < row.length; j++) row[j] /= s;
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
