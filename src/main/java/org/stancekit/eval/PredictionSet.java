package org.stancekit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plain data an evaluation reads: label names, gold and predicted class indices, optional class
 * probabilities (n x k, rows summing to 1), optional record ids and text snippets. Kept free of model
 * classes so any classifier, a prediction file or a test fixture can be evaluated the same way.
 * Arrays are validated but not copied (evaluations of 50,000 records must stay cheap); do not mutate them.
 */
public record PredictionSet(List<String> labels, int[] gold, int[] pred, double[][] probs, String[] ids, String[] snippets) {

    /** Tolerance on the sum of a probability row. */
    public static final double ROW_SUM_TOLERANCE = 1e-4;

    public PredictionSet {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(pred, "pred");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) throw new IllegalArgumentException("no labels given");
        if (labels.stream().distinct().count() != labels.size()) throw new IllegalArgumentException("duplicate label names in " + labels);
        int k = labels.size();
        int n = gold.length;
        if (pred.length != n) throw new IllegalArgumentException("gold has " + n + " entries but pred has " + pred.length);
        for (int i = 0; i < n; i++) {
            if (gold[i] < 0 || gold[i] >= k) throw new IllegalArgumentException("record " + i + ": gold class index " + gold[i] + " outside 0.." + (k - 1));
            if (pred[i] < 0 || pred[i] >= k) throw new IllegalArgumentException("record " + i + ": predicted class index " + pred[i] + " outside 0.." + (k - 1));
        }
        if (probs != null) {
            if (probs.length != n) throw new IllegalArgumentException("probs has " + probs.length + " rows but there are " + n + " records");
            for (int i = 0; i < n; i++) {
                double[] row = probs[i];
                if (row == null || row.length != k) throw new IllegalArgumentException("record " + i + ": probability row must have " + k + " entries");
                double s = 0;
                for (double p : row) {
                    if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("record " + i + ": probability " + p + " outside [0,1]");
                    s += p;
                }
                if (Math.abs(s - 1) > ROW_SUM_TOLERANCE) throw new IllegalArgumentException("record " + i + ": probabilities sum to " + s + ", not 1");
            }
        }
        if (ids != null && ids.length != n) throw new IllegalArgumentException("ids has " + ids.length + " entries but there are " + n + " records");
        if (snippets != null && snippets.length != n) throw new IllegalArgumentException("snippets has " + snippets.length + " entries but there are " + n + " records");
    }

    /** Predictions without probabilities, ids or snippets. */
    public static PredictionSet of(List<String> labels, int[] gold, int[] pred) {
        return new PredictionSet(labels, gold, pred, null, null, null);
    }

    /** Predictions whose predicted class is the arg-max of each probability row (first index on ties). */
    public static PredictionSet fromProbabilities(List<String> labels, int[] gold, double[][] probs, String[] ids, String[] snippets) {
        int[] pred = new int[probs.length];
        for (int i = 0; i < probs.length; i++) pred[i] = argmax(probs[i]);
        return new PredictionSet(labels, gold, pred, probs, ids, snippets);
    }

    /** Index of the largest entry, the first one on ties. */
    public static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
        return best;
    }

    public int size() {
        return gold.length;
    }

    public int numClasses() {
        return labels.size();
    }

    public boolean hasProbabilities() {
        return probs != null;
    }

    /** Record id, or its 0-based position when no ids were given. */
    public String id(int i) {
        return ids == null ? Integer.toString(i) : ids[i];
    }

    /** Index of a label name, or -1. */
    public int labelIndex(String label) {
        return labels.indexOf(label);
    }

    /** The records at the given positions, in that order (repeats allowed). */
    public PredictionSet subset(int[] rows) {
        int m = rows.length;
        int[] g = new int[m], p = new int[m];
        double[][] pr = probs == null ? null : new double[m][];
        String[] id = ids == null ? null : new String[m];
        String[] sn = snippets == null ? null : new String[m];
        for (int i = 0; i < m; i++) {
            int r = rows[i];
            g[i] = gold[r];
            p[i] = pred[r];
            if (pr != null) pr[i] = probs[r];
            if (id != null) id[i] = ids[r];
            if (sn != null) sn[i] = snippets[r];
        }
        return new PredictionSet(labels, g, p, pr, id, sn);
    }

    /** The records whose position is not in {@code drop}. */
    public PredictionSet without(java.util.BitSet drop) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < size(); i++) if (!drop.get(i)) keep.add(i);
        return subset(keep.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Concatenates prediction sets over the same labels (e.g. the folds of a cross-validation). */
    public static PredictionSet concat(List<PredictionSet> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("nothing to concatenate");
        List<String> labels = parts.get(0).labels();
        int n = 0;
        boolean probs = true, ids = true, snippets = true;
        for (PredictionSet p : parts) {
            if (!p.labels().equals(labels)) throw new IllegalArgumentException("prediction sets have different labels: " + labels + " vs " + p.labels());
            n += p.size();
            probs &= p.probs() != null;
            ids &= p.ids() != null;
            snippets &= p.snippets() != null;
        }
        int[] g = new int[n], pr = new int[n];
        double[][] pb = probs ? new double[n][] : null;
        String[] id = ids ? new String[n] : null, sn = snippets ? new String[n] : null;
        int o = 0;
        for (PredictionSet p : parts) {
            int m = p.size();
            System.arraycopy(p.gold(), 0, g, o, m);
            System.arraycopy(p.pred(), 0, pr, o, m);
            if (pb != null) System.arraycopy(p.probs(), 0, pb, o, m);
            if (id != null) System.arraycopy(p.ids(), 0, id, o, m);
            if (sn != null) System.arraycopy(p.snippets(), 0, sn, o, m);
            o += m;
        }
        return new PredictionSet(labels, g, pr, pb, id, sn);
    }
}
