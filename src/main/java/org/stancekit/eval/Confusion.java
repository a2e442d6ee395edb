package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A confusion matrix: {@code count(g, p)} records of gold class g predicted as p, over named labels, with
 * the metrics derived from it (see {@link Metrics} for the definitions, which follow scikit-learn).
 * Counts are stored row-major in one array so metrics and the bootstrap can work on it without objects.
 */
public record Confusion(List<String> labels, long[] counts) {

    public Confusion {
        labels = List.copyOf(labels);
        int k = labels.size();
        if (counts.length != k * k) throw new IllegalArgumentException("confusion counts must have " + (k * k) + " cells, got " + counts.length);
        for (long c : counts) if (c < 0) throw new IllegalArgumentException("negative confusion count " + c);
    }

    /** Counts the gold/predicted pairs of a prediction set. */
    public static Confusion of(PredictionSet p) {
        int k = p.numClasses();
        long[] c = new long[k * k];
        int[] g = p.gold(), pr = p.pred();
        for (int i = 0; i < g.length; i++) c[g[i] * k + pr[i]]++;
        return new Confusion(p.labels(), c);
    }

    /** Counts gold (rows) against predicted (columns) label indices. */
    public static Confusion of(List<String> labels, int[] gold, int[] pred) {
        return of(PredictionSet.of(labels, gold, pred));
    }

    public int k() {
        return labels.size();
    }

    public long count(int gold, int pred) {
        return counts[gold * k() + pred];
    }

    public long n() {
        long s = 0;
        for (long c : counts) s += c;
        return s;
    }

    /** The matrix as rows (gold) of columns (predicted). */
    public long[][] matrix() {
        int k = k();
        long[][] m = new long[k][k];
        for (int g = 0; g < k; g++) System.arraycopy(counts, g * k, m[g], 0, k);
        return m;
    }

    /** Row-normalised matrix: each gold row divided by its support; a row with no records stays all zero. */
    public double[][] rowNormalized() {
        int k = k();
        double[][] m = new double[k][k];
        for (int g = 0; g < k; g++) {
            long s = 0;
            for (int p = 0; p < k; p++) s += counts[g * k + p];
            if (s == 0) continue;
            for (int p = 0; p < k; p++) m[g][p] = counts[g * k + p] / (double) s;
        }
        return m;
    }

    public long support(int j) {
        return Metrics.rowSum(counts, k(), j);
    }

    public long predicted(int j) {
        return Metrics.colSum(counts, k(), j);
    }

    public double accuracy() {
        return Metrics.accuracy(counts, k());
    }

    public double precision(int j) {
        long p = predicted(j);
        return p == 0 ? 0 : count(j, j) / (double) p;
    }

    public double recall(int j) {
        long s = support(j);
        return s == 0 ? 0 : count(j, j) / (double) s;
    }

    public double f1(int j) {
        return Metrics.f1(counts, k(), j);
    }

    /** Macro F1 over the classes present in gold or predictions. */
    public double macroF1() {
        return Metrics.macroF1(counts, k());
    }

    public double weightedF1() {
        return Metrics.weightedF1(counts, k());
    }

    /** The metrics.json object of this matrix alone (no probabilities, no intervals). */
    public ObjectNode toJson() {
        return Evaluator.fromConfusion(this, EvalOptions.DEFAULTS.withResamples(0)).toJson();
    }
}
