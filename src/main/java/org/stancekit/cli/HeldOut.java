package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.eval.Confusion;
import org.stancekit.eval.Dedup;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.BatchPredictions;

import java.util.List;

/**
 * A model scored on a held-out set twice: on every record, and on the records whose text does not also occur
 * in the training data (the honest figure when a corpus leaks texts between its splits).
 */
record HeldOut(Confusion all, Confusion dedup, int removed) {

    static HeldOut evaluate(TextClassifier c, List<Article> train, List<Article> test, String field) {
        List<Article> dedup = Dedup.without(test, Dedup.fingerprints(train));
        return new HeldOut(confusion(c, test, field), confusion(c, dedup, field), test.size() - dedup.size());
    }

    /** The confusion matrix of a model on labelled articles; gold labels the model does not know count as errors. */
    static Confusion confusion(TextClassifier c, List<Article> articles, String field) {
        BatchPredictions p = BatchPredictions.of(c, articles);
        List<String> labels = ModelPredictions.evaluatedLabels(c.labels(), articles, field);
        int[] gold = new int[articles.size()];
        for (int i = 0; i < gold.length; i++) gold[i] = labels.indexOf(articles.get(i).label(field));
        return Confusion.of(labels, gold, p.pred());
    }
}
