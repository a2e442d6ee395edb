package org.stancekit.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paired bootstrap of the macro-F1 difference (B minus A) between two models scored on the same records:
 * every resample draws the same records for both (stratified by gold class), so the interval reflects
 * the uncertainty of the difference itself. The two-sided p-value is twice the smaller share of resamples
 * on either side of zero (Koehn 2004; Berg-Kirkpatrick et al. 2012).
 */
public record PairedBootstrap(double macroF1A, double macroF1B, double difference, Interval interval, double pValue) {

    public static PairedBootstrap run(int[] gold, int[] predA, int[] predB, int k, int resamples, long seed, double level) {
        if (gold.length != predA.length || gold.length != predB.length) throw new IllegalArgumentException("both models must be scored on the same records");
        if (gold.length == 0) throw new IllegalArgumentException("cannot compare models on zero records");
        if (resamples < 1) throw new IllegalArgumentException("paired bootstrap needs at least one resample, got " + resamples);
        int n = gold.length;
        int[] cellA = new int[n], cellB = new int[n];
        long[] ca = new long[k * k], cb = new long[k * k];
        for (int i = 0; i < n; i++) {
            cellA[i] = gold[i] * k + predA[i];
            cellB[i] = gold[i] * k + predB[i];
            ca[cellA[i]]++;
            cb[cellB[i]]++;
        }
        double fa = Metrics.macroF1(ca, k), fb = Metrics.macroF1(cb, k);
        int[][] byClass = Bootstrap.byClass(gold, k);
        double[] diffs = new double[resamples];
        SplittableRandom rng = new SplittableRandom(seed);
        long below = 0, above = 0;
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(ca, 0);
            Arrays.fill(cb, 0);
            for (int[] members : byClass) {
                int m = members.length;
                for (int j = 0; j < m; j++) {
                    int i = members[rng.nextInt(m)];
                    ca[cellA[i]]++;
                    cb[cellB[i]]++;
                }
            }
            diffs[r] = Metrics.macroF1(cb, k) - Metrics.macroF1(ca, k);
            if (diffs[r] <= 0) below++;
            if (diffs[r] >= 0) above++;
        }
        double p = Math.min(1, 2.0 * Math.min(below, above) / resamples);
        return new PairedBootstrap(fa, fb, fb - fa, Bootstrap.percentile(diffs, level), p);
    }
}
