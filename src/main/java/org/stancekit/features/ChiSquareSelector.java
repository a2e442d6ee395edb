package org.stancekit.features;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the feature columns most associated with the labels by the chi-squared statistic of non-negative
 * feature values (as scikit-learn's {@code chi2}: observed per-class value sums against the sums expected from
 * the class frequencies), and projects vectors onto the chosen columns.
 */
public final class ChiSquareSelector {

    private ChiSquareSelector() {
    }

    /** Chi-squared score of every column; 0 for columns that never occur. */
    public static double[] scores(List<SparseVector> x, int[] y, int classes, int dim) {
        double[][] observed = new double[classes][dim];
        double[] total = new double[dim];
        double[] classCount = new double[classes];
        for (int i = 0; i < x.size(); i++) {
            SparseVector v = x.get(i);
            classCount[y[i]]++;
            for (int j = 0; j < v.size(); j++) {
                observed[y[i]][v.indices()[j]] += v.values()[j];
                total[v.indices()[j]] += v.values()[j];
            }
        }
        double[] chi2 = new double[dim];
        int n = x.size();
        for (int c = 0; c < classes; c++) {
            double share = classCount[c] / n;
            for (int f = 0; f < dim; f++) {
                double e = share * total[f];
                if (e > 0) chi2[f] += (observed[c][f] - e) * (observed[c][f] - e) / e;
            }
        }
        return chi2;
    }

    /** The {@code k} best columns in increasing index order (ties broken by lower index). */
    public static int[] select(double[] scores, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        int[] chosen = new int[Math.min(k, scores.length)];
        for (int i = 0; i < chosen.length; i++) chosen[i] = order[i];
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * {@code v} restricted to the {@code chosen} columns (sorted) and L2-normalised again: indices are positions in
     * {@code chosen}; an article with none of them gives the empty vector.
     */
    public static SparseVector restrict(SparseVector v, int[] chosen) {
        int[] idx = new int[v.size()];
        float[] val = new float[v.size()];
        int m = 0;
        double norm = 0;
        for (int j = 0; j < v.size(); j++) {
            int col = Arrays.binarySearch(chosen, v.indices()[j]);
            if (col < 0) continue;
            idx[m] = col;
            val[m] = v.values()[j];
            norm += (double) val[m] * val[m];
            m++;
        }
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            for (int j = 0; j < m; j++) val[j] = (float) (val[j] * inv);
        }
        return new SparseVector(Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
    }
}
