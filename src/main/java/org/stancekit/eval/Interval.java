package org.stancekit.eval;

/**
 * A confidence interval for one metric: bounds, the number of bootstrap resamples behind it and the
 * coverage level (0.95 for a 95% interval). Bounds are NaN when the metric was undefined in every resample.
 */
public record Interval(double low, double high, int resamples, double level) {

    public Interval {
        if (resamples < 1) throw new IllegalArgumentException("an interval needs at least one resample, got " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("interval level must lie in (0,1), got " + level);
        if (!Double.isNaN(low) && !Double.isNaN(high) && low > high) throw new IllegalArgumentException("interval low " + low + " > high " + high);
    }
}
