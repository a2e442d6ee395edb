package org.stancekit.eval;

import java.util.List;

/**
 * How to evaluate: bootstrap resamples (0 = no intervals), seed, interval level, calibration bins and,
 * for stance tasks, the two sided classes whose mean F1 is the SemEval-style headline score.
 */
public record EvalOptions(int resamples, long seed, double level, int calibrationBins, List<String> sidedLabels) {

    /** Defaults: 1,000 resamples, seed 42, 95% intervals, 15 calibration bins, no sided classes. */
    public static final EvalOptions DEFAULTS = new EvalOptions(1000, 42, 0.95, Calibration.DEFAULT_BINS, List.of());

    public EvalOptions {
        if (resamples < 0) throw new IllegalArgumentException("bootstrap resamples must be >= 0, got " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("interval level must lie in (0,1), got " + level);
        if (calibrationBins < 1) throw new IllegalArgumentException("calibration bins must be >= 1, got " + calibrationBins);
        sidedLabels = sidedLabels == null ? List.of() : List.copyOf(sidedLabels);
        if (!sidedLabels.isEmpty() && (sidedLabels.size() != 2 || sidedLabels.get(0).equals(sidedLabels.get(1)))) {
            throw new IllegalArgumentException("sided classes must be two different labels, got " + sidedLabels);
        }
    }

    public EvalOptions withResamples(int r) {
        return new EvalOptions(r, seed, level, calibrationBins, sidedLabels);
    }

    public EvalOptions withSeed(long s) {
        return new EvalOptions(resamples, s, level, calibrationBins, sidedLabels);
    }

    public EvalOptions withSidedLabels(List<String> sided) {
        return new EvalOptions(resamples, seed, level, calibrationBins, sided);
    }
}
