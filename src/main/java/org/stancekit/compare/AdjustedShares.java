package org.stancekit.compare;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.Arrays;

/**
 * Label shares corrected for a classifier's known errors ("adjusted classify and count", Forman 2005; the
 * misclassification correction of Hopkins and King 2010): the observed predicted-label shares q satisfy
 * q = M^T p, with M[g][j] = P(predicted j | true g) from a validation confusion matrix, and p is recovered by least
 * squares on the probability simplex. The interval comes from draws of the posterior of both the group's predicted
 * shares and every confusion row (Dirichlet with Jeffreys' prior 1/2, so labels never predicted still vary).
 */
public final class AdjustedShares {

    private AdjustedShares() {
    }

    /**
     * The corrected shares with their percentile interval bounds ({@code low}, {@code high}), one entry per label,
     * and the misfit check: {@code misfit} = sum over labels of (q - M^T p)^2 / its sampling variance (from the
     * group's predictions and the confusion rows); {@code consistent} is false when it exceeds the 99th percentile
     * of chi-squared with k - 1 degrees of freedom, i.e. the model errs on these articles differently than in validation.
     */
    public record Estimate(double[] shares, double[] low, double[] high, double misfit, boolean consistent) {
    }

    /**
     * Corrects {@code predicted} (counts per predicted label) with {@code confusion} (counts, rows true label,
     * columns predicted, same label order); every row needs at least one article.
     */
    public static Estimate estimate(long[][] confusion, long[] predicted, int resamples, long seed, double level) {
        int k = predicted.length;
        if (confusion.length != k) throw new IllegalArgumentException("confusion matrix has " + confusion.length + " rows for " + k + " labels");
        long n = Arrays.stream(predicted).sum();
        if (n == 0) throw new IllegalArgumentException("no predictions to correct");
        double[][] m = rates(confusion);
        double[] q = new double[k];
        for (int j = 0; j < k; j++) q[j] = (double) predicted[j] / n;
        double[] p = solve(m, q);
        double[][] draws = new double[resamples][];
        RandomGenerator rng = new Well19937c(seed);
        double[][] m2 = new double[k][];
        for (int b = 0; b < resamples; b++) {
            for (int g = 0; g < k; g++) m2[g] = dirichlet(rng, confusion[g]);
            draws[b] = solve(m2, dirichlet(rng, predicted));
        }
        double[] low = new double[k], high = new double[k];
        double alpha = (1 - level) / 2;
        for (int j = 0; j < k; j++) {
            double[] col = new double[resamples];
            for (int b = 0; b < resamples; b++) col[b] = draws[b][j];
            Arrays.sort(col);
            low[j] = resamples == 0 ? Double.NaN : col[(int) Math.floor(alpha * (resamples - 1))];
            high[j] = resamples == 0 ? Double.NaN : col[(int) Math.ceil((1 - alpha) * (resamples - 1))];
        }
        double misfit = misfit(confusion, m, q, n, p);
        double limit = new ChiSquaredDistribution(null, Math.max(1, k - 1)).inverseCumulativeProbability(0.99);
        return new Estimate(p, low, high, misfit, misfit <= limit);
    }

    /** Squared residuals of q = M^T p, each over its variance from the predictions (n) and the confusion rows. */
    static double misfit(long[][] confusion, double[][] m, double[] q, long n, double[] p) {
        int k = q.length;
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double fit = 0, var = q[j] * (1 - q[j]) / n;
            for (int g = 0; g < k; g++) {
                fit += m[g][j] * p[g];
                long rows = Arrays.stream(confusion[g]).sum();
                var += p[g] * p[g] * m[g][j] * (1 - m[g][j]) / rows;
            }
            double r = q[j] - fit;
            sum += r * r / Math.max(var, 1e-12);
        }
        return sum;
    }

    /** Row-normalised confusion: P(predicted | true). */
    static double[][] rates(long[][] confusion) {
        double[][] m = new double[confusion.length][];
        for (int g = 0; g < confusion.length; g++) {
            if (Arrays.stream(confusion[g]).sum() == 0) throw new IllegalArgumentException("the confusion matrix has no article of true label #" + g);
            m[g] = share(confusion[g]);
        }
        return m;
    }

    private static double[] share(long[] counts) {
        long n = Arrays.stream(counts).sum();
        double[] s = new double[counts.length];
        for (int j = 0; j < counts.length; j++) s[j] = (double) counts[j] / n;
        return s;
    }

    /** A draw from Dirichlet(counts + 1/2): normalised Gamma(count + 1/2, 1) variates. */
    private static double[] dirichlet(RandomGenerator rng, long[] counts) {
        double[] x = new double[counts.length];
        double sum = 0;
        for (int j = 0; j < counts.length; j++) {
            x[j] = new GammaDistribution(rng, counts[j] + 0.5, 1.0).sample();
            sum += x[j];
        }
        for (int j = 0; j < counts.length; j++) x[j] /= sum;
        return x;
    }

    /**
     * argmin over the simplex of ||M^T p - q||^2, by projected gradient descent with step 1/L (L the gradient's
     * Lipschitz bound); exact solutions of M^T p = q inside the simplex are recovered.
     */
    static double[] solve(double[][] m, double[] q) {
        int k = q.length;
        double step = 1 / Math.max(2 * largestEigenvalue(m), 1e-12);
        double[] p = new double[k];
        Arrays.fill(p, 1.0 / k);
        double[] y = p.clone(), r = new double[k], grad = new double[k];
        double t = 1;
        for (int it = 0; it < 10_000; it++) { // FISTA: projected gradient with Nesterov momentum
            for (int j = 0; j < k; j++) {
                double s = -q[j];
                for (int g = 0; g < k; g++) s += m[g][j] * y[g];
                r[j] = s;
            }
            for (int g = 0; g < k; g++) {
                double s = 0;
                for (int j = 0; j < k; j++) s += m[g][j] * r[j];
                grad[g] = 2 * s;
            }
            double[] next = new double[k];
            for (int g = 0; g < k; g++) next[g] = y[g] - step * grad[g];
            next = projectToSimplex(next);
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double change = 0;
            for (int g = 0; g < k; g++) {
                change = Math.max(change, Math.abs(next[g] - p[g]));
                y[g] = next[g] + (t - 1) / tNext * (next[g] - p[g]);
            }
            p = next;
            t = tNext;
            if (change < 1e-10) break;
        }
        return p;
    }

    /** The largest eigenvalue of M M^T (the gradient's Lipschitz constant over 2), by power iteration. */
    static double largestEigenvalue(double[][] m) {
        int k = m.length;
        double[] v = new double[k];
        Arrays.fill(v, 1 / Math.sqrt(k));
        double lambda = 0;
        for (int it = 0; it < 100; it++) {
            double[] w = new double[k];
            for (int g = 0; g < k; g++) {
                for (int h = 0; h < k; h++) {
                    double dot = 0;
                    for (int j = 0; j < m[g].length; j++) dot += m[g][j] * m[h][j];
                    w[g] += dot * v[h];
                }
            }
            double norm = 0;
            for (double x : w) norm += x * x;
            norm = Math.sqrt(norm);
            if (norm == 0) return 0;
            for (int g = 0; g < k; g++) v[g] = w[g] / norm;
            if (Math.abs(norm - lambda) < 1e-12 * norm) return norm * 1.0001;
            lambda = norm;
        }
        return lambda * 1.0001;
    }

    /** Euclidean projection onto {x >= 0, sum x = 1} (sort-based, Duchi et al. 2008). */
    static double[] projectToSimplex(double[] v) {
        int k = v.length;
        double[] u = v.clone();
        Arrays.sort(u);
        double cum = 0, theta = 0;
        for (int i = k - 1, r = 1; i >= 0; i--, r++) {
            cum += u[i];
            double t = (cum - 1) / r;
            if (u[i] - t > 0) theta = t;
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) out[i] = Math.max(0, v[i] - theta);
        return out;
    }
}
