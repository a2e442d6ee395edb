package org.stancekit.train.weak;

import java.util.SplittableRandom;

/**
 * The Dawid–Skene label model fitted by EM without any gold labels. Each labelling function j has a
 * class-conditional response distribution {@code theta[j][c][v]} over its K votes plus "abstain"
 * (index K), so a rule that fires mostly on one class is modelled as such; the class prior {@code pi[c]}
 * is learned too. Rules are assumed conditionally independent given the true class. Initialised from
 * the (slightly jittered, seeded) vote distribution per item.
 */
public final class DawidSkene {

    private final int classes;
    private final double[] prior;
    private final double[][][] theta;
    private final int iterations;
    private final double logLikelihood;

    private DawidSkene(int classes, double[] prior, double[][][] theta, int iterations, double logLikelihood) {
        this.classes = classes;
        this.prior = prior;
        this.theta = theta;
        this.iterations = iterations;
        this.logLikelihood = logLikelihood;
    }

    /**
     * Fits the model on a vote matrix {@code votes[item][rule]} with values in {@code [0, classes)} or
     * {@link LabelingFunction#ABSTAIN}.
     */
    public static DawidSkene fit(int[][] votes, int classes, LabelModelConfig cfg) {
        if (classes < 2) throw new IllegalArgumentException("need at least two classes, got " + classes);
        int n = votes.length;
        if (n == 0) throw new IllegalArgumentException("no items to fit the label model on");
        int m = votes[0].length;
        for (int[] row : votes) {
            if (row.length != m) throw new IllegalArgumentException("ragged vote matrix");
            for (int v : row) {
                if (v != LabelingFunction.ABSTAIN && (v < 0 || v >= classes)) {
                    throw new IllegalArgumentException("vote " + v + " outside [0, " + classes + ") and not abstain");
                }
            }
        }
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
        }
        double[] pi = new double[classes];
        double[][][] th = new double[m][classes][classes + 1];
        double prevLl = Double.NEGATIVE_INFINITY, ll = 0;
        int it = 0;
        while (it < cfg.maxIterations()) {
            it++;
            mStep(votes, post, pi, th, classes, cfg.smoothing());
            ll = eStep(votes, post, pi, th, classes);
            if (Math.abs(ll - prevLl) < cfg.tolerance() * Math.max(1, Math.abs(ll))) break;
            prevLl = ll;
        }
        return new DawidSkene(classes, pi, th, it, ll);
    }

    private static void mStep(int[][] votes, double[][] post, double[] pi, double[][][] th, int k, double alpha) {
        int n = votes.length, m = th.length;
        java.util.Arrays.fill(pi, 1.0);
        for (double[][] a : th) for (double[] b : a) java.util.Arrays.fill(b, alpha);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double p = post[i][c];
                pi[c] += p;
                for (int j = 0; j < m; j++) {
                    int v = votes[i][j];
                    th[j][c][v < 0 ? k : v] += p;
                }
            }
        }
        double s = 0;
        for (double p : pi) s += p;
        for (int c = 0; c < k; c++) pi[c] /= s;
        for (double[][] a : th) {
            for (double[] b : a) {
                double t = 0;
                for (double x : b) t += x;
                for (int v = 0; v < b.length; v++) b[v] /= t;
            }
        }
    }

    private static double eStep(int[][] votes, double[][] post, double[] pi, double[][][] th, int k) {
        double ll = 0;
        for (int i = 0; i < votes.length; i++) {
            double[] lp = logJoint(votes[i], pi, th, k);
            double max = Double.NEGATIVE_INFINITY;
            for (double x : lp) max = Math.max(max, x);
            double s = 0;
            for (int c = 0; c < k; c++) {
                post[i][c] = Math.exp(lp[c] - max);
                s += post[i][c];
            }
            for (int c = 0; c < k; c++) post[i][c] /= s;
            ll += max + Math.log(s);
        }
        return ll;
    }

    private static double[] logJoint(int[] row, double[] pi, double[][][] th, int k) {
        double[] lp = new double[k];
        for (int c = 0; c < k; c++) {
            double x = Math.log(pi[c]);
            for (int j = 0; j < row.length; j++) x += Math.log(th[j][c][row[j] < 0 ? k : row[j]]);
            lp[c] = x;
        }
        return lp;
    }

    /** Posterior class probabilities of one item's votes. */
    public double[] predictProba(int[] row) {
        if (row.length != theta.length) throw new IllegalArgumentException("expected " + theta.length + " votes, got " + row.length);
        double[] lp = logJoint(row, prior, theta, classes);
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

    /**
     * The learned accuracy of rule j: the probability that its vote is the true class when it does not
     * abstain, {@code sum_c pi[c] theta[j][c][c] / sum_c pi[c] (1 - theta[j][c][abstain])}.
     */
    public double accuracy(int j) {
        double num = 0, den = 0;
        for (int c = 0; c < classes; c++) {
            num += prior[c] * theta[j][c][c];
            den += prior[c] * (1 - theta[j][c][classes]);
        }
        return den == 0 ? Double.NaN : num / den;
    }

    /** The learned probability that rule j votes {@code vote} (or abstains, index K) given true class c. */
    public double response(int j, int c, int vote) {
        return theta[j][c][vote < 0 ? classes : vote];
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
        return theta.length;
    }
}
