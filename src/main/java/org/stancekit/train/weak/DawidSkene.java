package org.stancekit.train.weak;

import java.util.SplittableRandom;

/**
 * A Dawid–Skene label model fitted by EM without any gold labels, in the "one-coin" form the Snorkel
 * generative model also uses: rule j abstains with a class-independent probability and, when it votes,
 * votes the true class with probability {@code accuracy[j]} and each other class with probability
 * {@code (1 - accuracy[j]) / (K - 1)}. This keeps single-label rules (most rules vote one label only)
 * informative, which a full per-class confusion matrix does not. The class prior is learned too; rules
 * are assumed conditionally independent given the true class. Accuracies get a Beta prior of
 * {@code smoothing} pseudo-votes at 0.7 so rare rules do not jump to 0 or 1, and are kept at or above
 * chance (1/K): a rule is assumed no worse than a coin, which stops EM from swapping the meaning of
 * correlated rule groups. EM starts with every rule at accuracy 0.7 (the seed only jitters the first
 * posteriors).
 */
public final class DawidSkene {

    private static final double PRIOR_ACCURACY = 0.7;

    private final int classes;
    private final double[] prior;
    private final double[] accuracy;
    private final double[] coverage;
    private final int iterations;
    private final double logLikelihood;

    private DawidSkene(int classes, double[] prior, double[] accuracy, double[] coverage, int iterations, double logLikelihood) {
        this.classes = classes;
        this.prior = prior;
        this.accuracy = accuracy;
        this.coverage = coverage;
        this.iterations = iterations;
        this.logLikelihood = logLikelihood;
    }

    /**
     * Fits the model on a vote matrix {@code votes[item][rule]} with values in {@code [0, classes)} or
     * {@link LabelingFunction#ABSTAIN}.
     */
    public static DawidSkene fit(int[][] votes, int classes, LabelModelConfig cfg) {
        return fit(votes, classes, cfg, null);
    }

    /**
     * Fits the model with the class prior held fixed at {@code fixedPrior} (e.g. estimated from a small
     * labelled set) instead of learned; null learns it. A fixed prior stops EM from explaining every
     * abstention with whichever class the rules cover least.
     */
    public static DawidSkene fit(int[][] votes, int classes, LabelModelConfig cfg, double[] fixedPrior) {
        return fit(votes, classes, cfg, fixedPrior, null);
    }

    /**
     * Semi-supervised variant: items with {@code anchors[i] >= 0} have a known class and keep it through EM
     * (their posterior is one-hot), the others are inferred. With no anchors this is the unsupervised
     * model. Used by the stance trainer, which knows the labels of its training articles but not of the pool.
     */
    public static DawidSkene fit(int[][] votes, int classes, LabelModelConfig cfg, double[] fixedPrior, int[] anchors) {
        if (anchors != null && anchors.length != votes.length) {
            throw new IllegalArgumentException(anchors.length + " anchors for " + votes.length + " items");
        }
        if (fixedPrior != null) {
            if (fixedPrior.length != classes) throw new IllegalArgumentException("class prior has " + fixedPrior.length + " entries, expected " + classes);
            double t = 0;
            for (double p : fixedPrior) {
                if (!(p > 0)) throw new IllegalArgumentException("class prior entries must be > 0, got " + p);
                t += p;
            }
            double[] norm = new double[classes];
            for (int c = 0; c < classes; c++) norm[c] = fixedPrior[c] / t;
            fixedPrior = norm;
        }
        if (classes < 2) throw new IllegalArgumentException("need at least two classes, got " + classes);
        int n = votes.length;
        if (n == 0) throw new IllegalArgumentException("no items to fit the label model on");
        int m = votes[0].length;
        double[] coverage = new double[m];
        for (int[] row : votes) {
            if (row.length != m) throw new IllegalArgumentException("ragged vote matrix");
            for (int j = 0; j < m; j++) {
                int v = row[j];
                if (v != LabelingFunction.ABSTAIN && (v < 0 || v >= classes)) {
                    throw new IllegalArgumentException("vote " + v + " outside [0, " + classes + ") and not abstain");
                }
                if (v >= 0) coverage[j]++;
            }
        }
        for (int j = 0; j < m; j++) coverage[j] /= n;
        SplittableRandom rnd = new SplittableRandom(cfg.seed());
        double[][] post = new double[n][classes];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < classes; c++) {
                post[i][c] = 1.0 + 0.01 * rnd.nextDouble();
                s += post[i][c];
            }
            for (int v : votes[i]) {
                if (v >= 0) {
                    post[i][v] += 1.0;
                    s += 1.0;
                }
            }
            for (int c = 0; c < classes; c++) post[i][c] /= s;
            anchor(post, anchors, i, classes);
        }
        double[] pi = new double[classes];
        double[] acc = new double[m];
        // start from the prior guess: every rule at the prior accuracy, prior from the jittered vote shares
        mStep(votes, post, pi, acc, classes, cfg.smoothing());
        java.util.Arrays.fill(acc, PRIOR_ACCURACY);
        if (fixedPrior != null) System.arraycopy(fixedPrior, 0, pi, 0, classes);
        eStep(votes, post, pi, acc, classes, anchors);
        double prevLl = Double.NEGATIVE_INFINITY, ll = 0;
        int it = 0;
        while (it < cfg.maxIterations()) {
            it++;
            mStep(votes, post, pi, acc, classes, cfg.smoothing());
            if (fixedPrior != null) System.arraycopy(fixedPrior, 0, pi, 0, classes);
            ll = eStep(votes, post, pi, acc, classes, anchors);
            if (Math.abs(ll - prevLl) < cfg.tolerance() * Math.max(1, Math.abs(ll))) break;
            prevLl = ll;
        }
        return new DawidSkene(classes, pi, acc, coverage, it, ll);
    }

    private static void mStep(int[][] votes, double[][] post, double[] pi, double[] acc, int k, double alpha) {
        int n = votes.length, m = acc.length;
        double[] right = new double[m], total = new double[m];
        java.util.Arrays.fill(pi, 1.0);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) pi[c] += post[i][c];
            for (int j = 0; j < m; j++) {
                int v = votes[i][j];
                if (v < 0) continue;
                right[j] += post[i][v];
                total[j] += 1;
            }
        }
        double s = 0;
        for (double p : pi) s += p;
        for (int c = 0; c < k; c++) pi[c] /= s;
        for (int j = 0; j < m; j++) {
            double a = (right[j] + alpha * PRIOR_ACCURACY) / (total[j] + alpha);
            acc[j] = Math.min(1 - 1e-6, Math.max(1.0 / k + 1e-6, a));
        }
    }

    private static void anchor(double[][] post, int[] anchors, int i, int k) {
        if (anchors == null || anchors[i] < 0) return;
        if (anchors[i] >= k) throw new IllegalArgumentException("anchor class " + anchors[i] + " outside [0, " + k + ")");
        java.util.Arrays.fill(post[i], 0);
        post[i][anchors[i]] = 1;
    }

    private static double eStep(int[][] votes, double[][] post, double[] pi, double[] acc, int k, int[] anchors) {
        double ll = 0;
        for (int i = 0; i < votes.length; i++) {
            double[] lp = logJoint(votes[i], pi, acc, k);
            double max = Double.NEGATIVE_INFINITY;
            for (double x : lp) max = Math.max(max, x);
            double s = 0;
            for (int c = 0; c < k; c++) {
                post[i][c] = Math.exp(lp[c] - max);
                s += post[i][c];
            }
            for (int c = 0; c < k; c++) post[i][c] /= s;
            anchor(post, anchors, i, k);
            ll += max + Math.log(s);
        }
        return ll;
    }

    private static double[] logJoint(int[] row, double[] pi, double[] acc, int k) {
        double[] lp = new double[k];
        for (int c = 0; c < k; c++) {
            double x = Math.log(pi[c]);
            for (int j = 0; j < row.length; j++) {
                int v = row[j];
                if (v < 0) continue;
                x += v == c ? Math.log(acc[j]) : Math.log((1 - acc[j]) / (k - 1));
            }
            lp[c] = x;
        }
        return lp;
    }

    /** Posterior class probabilities of one item's votes (the class prior when every rule abstains). */
    public double[] predictProba(int[] row) {
        if (row.length != accuracy.length) throw new IllegalArgumentException("expected " + accuracy.length + " votes, got " + row.length);
        double[] lp = logJoint(row, prior, accuracy, classes);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : lp) max = Math.max(max, x);
        double s = 0;
        for (int c = 0; c < classes; c++) {
            lp[c] = Math.exp(lp[c] - max);
            s += lp[c];
        }
        for (int c = 0; c < classes; c++) lp[c] /= s;
        return lp;
    }

    /** The learned accuracy of rule j: the probability that its vote is the true class when it does not abstain. */
    public double accuracy(int j) {
        return accuracy[j];
    }

    /** Share of items rule j voted on in the fitting data. */
    public double coverage(int j) {
        return coverage[j];
    }

    /** Learned class prior (copy). */
    public double[] prior() {
        return prior.clone();
    }

    public int iterations() {
        return iterations;
    }

    public double logLikelihood() {
        return logLikelihood;
    }

    public int rules() {
        return accuracy.length;
    }
}
