package org.stancekit.train.weak;

import org.stancekit.corpus.Article;

import java.util.List;

/**
 * Probabilistic labels for a set of articles from a rule set and a fitted Dawid–Skene model, with the
 * per-rule diagnostics. {@code probs[i]} is null for an article on which every rule abstained.
 */
public record WeakLabels(List<String> labels, int[][] votes, double[][] probs, DawidSkene model, List<RuleStats> stats) {

    /**
     * Votes every rule on the articles, fits the label model on those votes (no gold labels used) and
     * scores the rules against {@code goldTask} labels where the articles carry them ({@code goldTask} may be null).
     */
    public static WeakLabels fit(WeakLabeler labeler, List<Article> articles, String goldTask, LabelModelConfig cfg) {
        return fit(labeler, articles, goldTask, cfg, labeler.rules().priorVector());
    }

    /** As {@link #fit(WeakLabeler, List, String, LabelModelConfig)} with an explicit fixed class prior (null: learn it). */
    public static WeakLabels fit(WeakLabeler labeler, List<Article> articles, String goldTask, LabelModelConfig cfg,
                                 double[] fixedPrior) {
        List<String> labels = labeler.rules().labels();
        int[][] votes = labeler.votes(articles);
        DawidSkene ds = DawidSkene.fit(votes, labels.size(), cfg, fixedPrior);
        double[][] probs = new double[votes.length][];
        int[] gold = new int[votes.length];
        for (int i = 0; i < votes.length; i++) {
            boolean any = false;
            for (int v : votes[i]) any |= v >= 0;
            probs[i] = any ? ds.predictProba(votes[i]) : null;
            String g = goldTask == null ? null : articles.get(i).label(goldTask);
            gold[i] = g == null ? -1 : labels.indexOf(g);
        }
        return new WeakLabels(labels, votes, probs, ds, RuleStats.compute(labeler.functions(), labels, votes, gold, ds));
    }

    /** Index of the most probable label of item i, or -1 when every rule abstained. */
    public int argmax(int i) {
        if (probs[i] == null) return -1;
        int b = 0;
        for (int c = 1; c < probs[i].length; c++) if (probs[i][c] > probs[i][b]) b = c;
        return b;
    }
}
