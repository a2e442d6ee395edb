package org.stancekit.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How far predicted confidence matches observed accuracy: expected calibration error (ECE) over equal-width
 * confidence bins and the reliability diagram behind it. Confidence is the probability the model gave its
 * predicted class; a record counts as correct when the prediction equals the gold class.
 */
public final class Calibration {

    /** Default number of equal-width bins, the usual choice in the calibration literature. */
    public static final int DEFAULT_BINS = 15;

    private Calibration() {
    }

    /** Bin of a confidence value: bins are (j/M, (j+1)/M], the first one also holds 0. */
    public static int bin(double confidence, int bins) {
        // the small epsilon keeps e.g. 0.7 * 10 = 7.000000000000001 in bin (0.6, 0.7]
        int b = (int) Math.ceil(confidence * bins - 1e-9) - 1;
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** The reliability diagram of a prediction set with probabilities. */
    public static List<ReliabilityBin> reliability(PredictionSet p, int bins) {
        requireProbs(p);
        if (bins < 1) throw new IllegalArgumentException("number of calibration bins must be at least 1, got " + bins);
        long[] count = new long[bins];
        double[] conf = new double[bins], correct = new double[bins];
        for (int i = 0; i < p.size(); i++) {
            double c = p.probs()[i][p.pred()[i]];
            int b = bin(c, bins);
            count[b]++;
            conf[b] += c;
            if (p.pred()[i] == p.gold()[i]) correct[b]++;
        }
        List<ReliabilityBin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double lo = b / (double) bins, hi = (b + 1) / (double) bins;
            out.add(new ReliabilityBin(lo, hi, count[b],
                    count[b] == 0 ? Double.NaN : conf[b] / count[b], count[b] == 0 ? Double.NaN : correct[b] / count[b]));
        }
        return out;
    }

    /** Expected calibration error: the record-weighted mean gap between accuracy and confidence per bin. */
    public static double ece(PredictionSet p, int bins) {
        return ece(reliability(p, bins), p.size());
    }

    /** ECE from a reliability diagram over n records. */
    public static double ece(List<ReliabilityBin> diagram, long n) {
        if (n == 0) return Double.NaN;
        double s = 0;
        for (ReliabilityBin b : diagram) {
            if (b.count() > 0) s += b.count() * Math.abs(b.accuracy() - b.meanConfidence());
        }
        return s / n;
    }

    /** ECE from per-bin sums, as the bootstrap accumulates them. */
    static double ece(long[] count, double[] confSum, double[] correctSum, long n) {
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) s += Math.abs(correctSum[b] - confSum[b]);
        }
        return s / n;
    }

    static void requireProbs(PredictionSet p) {
        if (!p.hasProbabilities()) throw new IllegalArgumentException("calibration needs class probabilities, and these predictions have none");
    }
}
