package org.stancekit.eval;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * McNemar's test on paired predictions of two models on the same records: only the records where exactly
 * one model is right count. With fewer than 25 such records the exact binomial test is used, otherwise the
 * chi-squared statistic with continuity correction, max(0, |b - c| - 1)^2 / (b + c) (the correction never pushes
 * the statistic above zero when b = c), as recommended by Dietterich (1998); its p-value is the upper tail itself,
 * so tiny p-values keep their precision.
 *
 * @param onlyA records model A gets right and B wrong
 * @param onlyB records model B gets right and A wrong
 */
public record McNemar(long onlyA, long onlyB, double statistic, double pValue, String method) {

    /** Below this many discordant records the exact test is used. */
    public static final int EXACT_BELOW = 25;

    public static McNemar test(int[] gold, int[] predA, int[] predB) {
        if (gold.length != predA.length || gold.length != predB.length) {
            throw new IllegalArgumentException("McNemar needs both models' predictions on the same records (" + gold.length + ", " + predA.length + ", " + predB.length + ")");
        }
        long b = 0, c = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean a = predA[i] == gold[i], bb = predB[i] == gold[i];
            if (a && !bb) b++;
            else if (bb && !a) c++;
        }
        return of(b, c);
    }

    public static McNemar of(long b, long c) {
        long n = b + c;
        if (n == 0) return new McNemar(b, c, 0, 1, "no discordant records");
        if (n < EXACT_BELOW) {
            BinomialDistribution bin = new BinomialDistribution(null, (int) n, 0.5);
            double p = Math.min(1, 2 * bin.cumulativeProbability((int) Math.min(b, c)));
            return new McNemar(b, c, Math.min(b, c), p, "exact binomial");
        }
        double stat = Math.pow(Math.max(0, Math.abs(b - c) - 1), 2) / n;
        double p = Gamma.regularizedGammaQ(0.5, stat / 2);
        return new McNemar(b, c, stat, p, "chi-squared with continuity correction");
    }
}
