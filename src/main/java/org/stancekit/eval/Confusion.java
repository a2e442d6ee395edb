package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;

import java.util.List;

/**
 * A confusion matrix over a fixed label list, with the headline metrics derived from it
 * (accuracy, per-class precision/recall/F1, macro and weighted F1). Undefined ratios count as 0, as in scikit-learn.
 */
public record Confusion(List<String> labels, long[][] matrix) {

    /** Counts gold (rows) against predicted (columns) label indices. */
    public static Confusion of(List<String> labels, int[] gold, int[] pred) {
        if (gold.length != pred.length) throw new IllegalArgumentException("gold and predicted differ in length");
        long[][] m = new long[labels.size()][labels.size()];
        for (int i = 0; i < gold.length; i++) m[gold[i]][pred[i]]++;
        return new Confusion(List.copyOf(labels), m);
    }

    public long n() {
        long n = 0;
        for (long[] r : matrix) for (long v : r) n += v;
        return n;
    }

    public double accuracy() {
        long ok = 0;
        for (int i = 0; i < matrix.length; i++) ok += matrix[i][i];
        long n = n();
        return n == 0 ? 0 : (double) ok / n;
    }

    public long support(int k) {
        long s = 0;
        for (long v : matrix[k]) s += v;
        return s;
    }

    public long predicted(int k) {
        long s = 0;
        for (long[] r : matrix) s += r[k];
        return s;
    }

    public double precision(int k) {
        long p = predicted(k);
        return p == 0 ? 0 : (double) matrix[k][k] / p;
    }

    public double recall(int k) {
        long s = support(k);
        return s == 0 ? 0 : (double) matrix[k][k] / s;
    }

    public double f1(int k) {
        double p = precision(k), r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double s = 0;
        for (int k = 0; k < matrix.length; k++) s += f1(k);
        return matrix.length == 0 ? 0 : s / matrix.length;
    }

    public double weightedF1() {
        double s = 0;
        long n = n();
        for (int k = 0; k < matrix.length; k++) s += f1(k) * support(k);
        return n == 0 ? 0 : s / n;
    }

    /** The stable metrics.json keys: n, accuracy, macro_f1, weighted_f1, per_class, confusion. */
    public ObjectNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.put("n", n());
        o.put("accuracy", accuracy());
        o.put("macro_f1", macroF1());
        o.put("weighted_f1", weightedF1());
        ObjectNode pc = o.putObject("per_class");
        for (int k = 0; k < labels.size(); k++) {
            ObjectNode c = pc.putObject(labels.get(k));
            c.put("precision", precision(k));
            c.put("recall", recall(k));
            c.put("f1", f1(k));
            c.put("support", support(k));
        }
        ObjectNode conf = o.putObject("confusion");
        ArrayNode ls = conf.putArray("labels");
        labels.forEach(ls::add);
        ArrayNode rows = conf.putArray("matrix");
        for (long[] r : matrix) {
            ArrayNode row = rows.addArray();
            for (long v : r) row.add(v);
        }
        return o;
    }
}
