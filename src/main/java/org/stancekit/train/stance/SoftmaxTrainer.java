package org.stancekit.train.stance;

import org.stancekit.features.SparseVector;
import org.stancekit.model.LinearModel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Multinomial (softmax) logistic regression with L2 regularisation, fitted by L-BFGS on the full batch:
 * minimises {@code 0.5 ||W||^2 + C * sum_i s_i * CE(softmax(W x_i + b), y_i)} with the bias unregularised and
 * {@code s_i} the class weight of example i (scikit-learn's {@code LogisticRegression(multi_class="multinomial")}
 * objective). Deterministic: no randomness, so the same data gives the same weights.
 */
public final class SoftmaxTrainer {

    private final double c;
    private final boolean balanced;
    private final int maxIterations;
    private final double tolerance;

    public SoftmaxTrainer(double c, boolean balanced, int maxIterations, double tolerance) {
        if (!(c > 0)) throw new IllegalArgumentException("C must be > 0, got " + c);
        if (maxIterations < 1) throw new IllegalArgumentException("max iterations must be >= 1");
        this.c = c;
        this.balanced = balanced;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Trains on vectors {@code x} (dimension {@code dim}) with label indices {@code y} into {@code labels}. */
    public LinearModel train(List<SparseVector> x, int[] y, List<String> labels, int dim) {
        int n = x.size(), k = labels.size();
        if (n != y.length) throw new IllegalArgumentException("x and y differ in length");
        int[] counts = new int[k];
        for (int yi : y) counts[yi]++;
        for (int j = 0; j < k; j++) {
            if (counts[j] == 0) throw new IllegalArgumentException("class '" + labels.get(j) + "' has no training examples");
        }
        double[] sw = new double[n];
        for (int i = 0; i < n; i++) sw[i] = balanced ? (double) n / (k * counts[y[i]]) : 1.0;
        int p = k * (dim + 1);
        double[] w = new double[p];
        double[] g = new double[p];
        double f = objective(x, y, sw, w, g, k, dim);
        Deque<double[]> sHist = new ArrayDeque<>(), yHist = new ArrayDeque<>();
        double[] dir = new double[p];
        for (int it = 0; it < maxIterations; it++) {
            double gn = norm(g);
            if (gn <= tolerance * Math.max(1, Math.abs(f))) break;
            // two-loop recursion
            System.arraycopy(g, 0, dir, 0, p);
            int m = sHist.size();
            double[] alpha = new double[m];
            double[][] ss = sHist.toArray(new double[0][]), ys = yHist.toArray(new double[0][]);
            for (int j = m - 1; j >= 0; j--) {
                alpha[j] = dot(ss[j], dir) / dot(ys[j], ss[j]);
                axpy(-alpha[j], ys[j], dir);
            }
            if (m > 0) {
                double gamma = dot(ss[m - 1], ys[m - 1]) / dot(ys[m - 1], ys[m - 1]);
                for (int q = 0; q < p; q++) dir[q] *= gamma;
            }
            for (int j = 0; j < m; j++) {
                double beta = dot(ys[j], dir) / dot(ys[j], ss[j]);
                axpy(alpha[j] - beta, ss[j], dir);
            }
            for (int q = 0; q < p; q++) dir[q] = -dir[q];
            double slope = dot(g, dir);
            if (slope >= 0) { // not a descent direction: restart from steepest descent
                for (int q = 0; q < p; q++) dir[q] = -g[q];
                slope = -gn * gn;
                sHist.clear();
                yHist.clear();
            }
            double step = it == 0 && sHist.isEmpty() ? Math.min(1.0, 1.0 / gn) : 1.0;
            double[] wNew = new double[p], gNew = new double[p];
            double fNew;
            int tries = 0;
            while (true) {
                for (int q = 0; q < p; q++) wNew[q] = w[q] + step * dir[q];
                fNew = objective(x, y, sw, wNew, gNew, k, dim);
                if (fNew <= f + 1e-4 * step * slope || ++tries > 40) break;
                step *= 0.5;
            }
            double[] s = new double[p], yy = new double[p];
            for (int q = 0; q < p; q++) {
                s[q] = wNew[q] - w[q];
                yy[q] = gNew[q] - g[q];
            }
            double sy = dot(s, yy);
            if (sy > 1e-12) {
                sHist.addLast(s);
                yHist.addLast(yy);
                if (sHist.size() > 10) {
                    sHist.removeFirst();
                    yHist.removeFirst();
                }
            }
            boolean converged = Math.abs(f - fNew) <= 1e-10 * Math.max(1, Math.abs(f));
            w = wNew;
            g = gNew;
            f = fNew;
            if (converged) break;
        }
        float[] out = new float[p];
        for (int q = 0; q < p; q++) out[q] = (float) w[q];
        return new LinearModel(labels, dim, out, 1f, LinearModel.Link.SOFTMAX, 1.0);
    }

    /** Objective and gradient at {@code w} (layout: label rows of dim weights then the bias). */
    private double objective(List<SparseVector> x, int[] y, double[] sw, double[] w, double[] g, int k, int dim) {
        int stride = dim + 1;
        double f = 0;
        java.util.Arrays.fill(g, 0);
        for (int j = 0; j < k; j++) {
            for (int d = 0; d < dim; d++) {
                double v = w[j * stride + d];
                f += 0.5 * v * v;
                g[j * stride + d] = v;
            }
        }
        double[] z = new double[k];
        for (int i = 0; i < x.size(); i++) {
            SparseVector v = x.get(i);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                int off = j * stride;
                double s = w[off + dim];
                for (int t = 0; t < v.size(); t++) s += v.values()[t] * w[off + v.indices()[t]];
                z[j] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                z[j] = Math.exp(z[j] - max);
                sum += z[j];
            }
            double scale = c * sw[i];
            f += scale * -(Math.log(z[y[i]] / sum));
            for (int j = 0; j < k; j++) {
                double r = scale * (z[j] / sum - (j == y[i] ? 1 : 0));
                int off = j * stride;
                for (int t = 0; t < v.size(); t++) g[off + v.indices()[t]] += r * v.values()[t];
                g[off + dim] += r;
            }
        }
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
