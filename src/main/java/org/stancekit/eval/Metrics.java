package org.stancekit.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Classification metrics as pure functions of confusion counts (row-major k x k, gold rows) and of
 * probabilities. Definitions match scikit-learn 1.2: macro averages over the classes present in gold or
 * predictions, {@code zero_division=0}, multiclass MCC by Gorodkin's R_K, Cohen's kappa unweighted,
 * log loss with probabilities clipped to [eps, 1 - eps] (eps = 2.22e-16). The Brier score is the multiclass form
 * (mean over records of the squared distance between the probability vector and the one-hot gold vector,
 * range 0..2); for two classes it is twice scikit-learn's binary {@code brier_score_loss}.
 */
public final class Metrics {

    /** Clipping used by the log loss: machine epsilon of a double, as scikit-learn 1.2's {@code eps="auto"}. */
    public static final double LOG_LOSS_EPS = Math.ulp(1.0);

    private Metrics() {
    }

    public static long total(long[] c) {
        long s = 0;
        for (long v : c) s += v;
        return s;
    }

    /** Fraction of records on the diagonal; NaN for an empty matrix. */
    public static double accuracy(long[] c, int k) {
        long n = 0, d = 0;
        for (int g = 0; g < k; g++) {
            for (int p = 0; p < k; p++) n += c[g * k + p];
            d += c[g * k + g];
        }
        return n == 0 ? Double.NaN : d / (double) n;
    }

    /** Per-class metrics in label order. */
    public static List<ClassMetrics> perClass(Confusion conf) {
        int k = conf.k();
        long[] c = conf.counts();
        List<ClassMetrics> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            long tp = c[j * k + j], support = rowSum(c, k, j), predicted = colSum(c, k, j);
            if (support == 0 && predicted == 0) {
                out.add(new ClassMetrics(conf.labels().get(j), Double.NaN, Double.NaN, Double.NaN, 0, 0));
                continue;
            }
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = support == 0 ? 0 : tp / (double) support;
            out.add(new ClassMetrics(conf.labels().get(j), p, r, f1(tp, support, predicted), support, predicted));
        }
        return out;
    }

    /** F1 of class j: 2 tp / (support + predicted), 0 when both are 0. */
    public static double f1(long[] c, int k, int j) {
        return f1(c[j * k + j], rowSum(c, k, j), colSum(c, k, j));
    }

    private static double f1(long tp, long support, long predicted) {
        long denom = support + predicted;
        return denom == 0 ? 0 : 2.0 * tp / denom;
    }

    /** Unweighted mean of the F1 of the classes present in gold or predictions. */
    public static double macroF1(long[] c, int k) {
        double s = 0;
        int m = 0;
        for (int j = 0; j < k; j++) {
            long tp = c[j * k + j], sup = rowSum(c, k, j), pre = colSum(c, k, j);
            if (sup + pre == 0) continue;
            s += f1(tp, sup, pre);
            m++;
        }
        return m == 0 ? Double.NaN : s / m;
    }

    /** Mean of the per-class F1 weighted by support. */
    public static double weightedF1(long[] c, int k) {
        double s = 0;
        long n = 0;
        for (int j = 0; j < k; j++) {
            long tp = c[j * k + j], sup = rowSum(c, k, j), pre = colSum(c, k, j);
            s += sup * f1(tp, sup, pre);
            n += sup;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Micro-averaged F1 over all classes; equal to accuracy for single-label classification. */
    public static double microF1(long[] c, int k) {
        long tp = 0, n = 0;
        for (int j = 0; j < k; j++) tp += c[j * k + j];
        for (long v : c) n += v;
        // micro precision = micro recall = tp / n when every record has exactly one gold and one predicted label
        return n == 0 ? Double.NaN : tp / (double) n;
    }

    /** Matthews correlation coefficient (multiclass R_K); 0 when undefined, as scikit-learn. */
    public static double mcc(long[] c, int k) {
        double n = 0, correct = 0, sumPT = 0, sumPP = 0, sumTT = 0;
        for (int j = 0; j < k; j++) {
            double t = rowSum(c, k, j), p = colSum(c, k, j);
            n += t;
            correct += c[j * k + j];
            sumPT += p * t;
            sumPP += p * p;
            sumTT += t * t;
        }
        double cov = correct * n - sumPT;
        double den = Math.sqrt((n * n - sumPP) * (n * n - sumTT));
        return den == 0 ? 0 : cov / den;
    }

    /** Cohen's kappa between gold and predictions; NaN when chance agreement is 1 (undefined). */
    public static double kappa(long[] c, int k) {
        double n = 0, agree = 0, chance = 0;
        for (int j = 0; j < k; j++) {
            n += rowSum(c, k, j);
            agree += c[j * k + j];
        }
        if (n == 0) return Double.NaN;
        for (int j = 0; j < k; j++) chance += rowSum(c, k, j) * (double) colSum(c, k, j);
        double po = agree / n, pe = chance / (n * n);
        return pe == 1 ? Double.NaN : (po - pe) / (1 - pe);
    }

    /** Mean of two classes' F1: the SemEval-2016 stance score F_avg over the "favour" and "against" classes. */
    public static double sidedAverageF1(long[] c, int k, int a, int b) {
        return (f1(c, k, a) + f1(c, k, b)) / 2;
    }

    /** Log loss of one record: -ln of its (clipped) gold probability. */
    public static double recordLogLoss(double[] probs, int gold) {
        double p = Math.min(Math.max(probs[gold], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
        return -Math.log(p);
    }

    /** Multiclass Brier score of one record: squared distance to the one-hot gold vector. */
    public static double recordBrier(double[] probs, int gold) {
        double s = 0;
        for (int j = 0; j < probs.length; j++) {
            double d = probs[j] - (j == gold ? 1 : 0);
            s += d * d;
        }
        return s;
    }

    public static double logLoss(double[][] probs, int[] gold) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) s += recordLogLoss(probs[i], gold[i]);
        return gold.length == 0 ? Double.NaN : s / gold.length;
    }

    public static double brier(double[][] probs, int[] gold) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) s += recordBrier(probs[i], gold[i]);
        return gold.length == 0 ? Double.NaN : s / gold.length;
    }

    static long rowSum(long[] c, int k, int j) {
        long s = 0;
        for (int p = 0; p < k; p++) s += c[j * k + p];
        return s;
    }

    static long colSum(long[] c, int k, int j) {
        long s = 0;
        for (int g = 0; g < k; g++) s += c[g * k + j];
        return s;
    }
}
