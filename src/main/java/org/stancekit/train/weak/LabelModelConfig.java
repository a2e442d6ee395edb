package org.stancekit.train.weak;

import org.stancekit.config.Configs;

/**
 * Settings of the Dawid–Skene label model: EM iterations, convergence tolerance on the log-likelihood,
 * the smoothing (pseudo-votes at accuracy 0.7 added to every rule), and the seed for the initial jitter.
 */
public record LabelModelConfig(int maxIterations, double tolerance, double smoothing, long seed) {

    public LabelModelConfig {
        if (maxIterations < 1) throw Configs.invalid("max_iterations", maxIterations, "an integer >= 1");
        if (!(tolerance > 0)) throw Configs.invalid("tolerance", tolerance, "a number > 0");
        if (!(smoothing >= 0)) throw Configs.invalid("smoothing", smoothing, "a number >= 0");
    }

    /** 200 iterations, tolerance 1e-6, smoothing 10 (a rule needs real evidence to move far from accuracy 0.7), seed 13. */
    public static LabelModelConfig defaults() {
        return new LabelModelConfig(200, 1e-6, 10.0, 13);
    }
}
