package org.stancekit.compare;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Intervals for shares: Wilson score intervals for counted labels, normal intervals for mean probabilities. */
public final class Proportions {

    private Proportions() {
    }

    /** The two-sided standard-normal quantile for a coverage level (1.96 for 0.95). */
    public static double z(double level) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
    }

    /** Wilson score interval {low, high} of {@code k} successes in {@code n} trials; {0, 1} when n is 0. */
    public static double[] wilson(long k, long n, double level) {
        if (k < 0 || k > n) throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
        if (n == 0) return new double[]{0, 1};
        double z = z(level), z2 = z * z, p = (double) k / n;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Normal interval {low, high} of a mean of values in [0, 1] from their sum and sum of squares (sample
     * standard deviation), clipped to [0, 1]; {0, 1} for a single value, whose spread is unknown (a zero-width
     * interval would claim certainty from one article).
     */
    public static double[] meanInterval(double sum, double sumSq, long n, double level) {
        if (n <= 0) throw new IllegalArgumentException("need at least one value");
        double mean = sum / n;
        if (n == 1) return new double[]{0, 1};
        double var = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
        double half = z(level) * Math.sqrt(var / n);
        return new double[]{Math.max(0, mean - half), Math.min(1, mean + half)};
    }
}
