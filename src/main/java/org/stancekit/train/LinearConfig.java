package org.stancekit.train;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Options of the liblinear trainer.
 *
 * @param solver        {@code svm} (L2-regularised L2-loss SVM, dual, one-vs-rest), {@code logreg} (L2-regularised logistic
 *                      regression, dual, one-vs-rest) or {@code mcsvm} (Crammer–Singer multi-class SVM)
 * @param c             inverse regularisation strength (> 0)
 * @param classWeight   {@code none} or {@code balanced} (each class weighted by n / (k * n_class))
 * @param epsilon       stopping tolerance (> 0)
 * @param bias          bias feature value ({@code -1} for no bias term)
 * @param maxIterations iteration cap of the solver
 * @param calibrationHoldout fraction of the training data (stratified, seeded) held out once to fit a softmax
 *                      temperature, so scores read as probabilities; 0 = no calibration
 */
public record LinearConfig(String solver, Double c, String classWeight, Double epsilon, Double bias, Integer maxIterations,
                           Double calibrationHoldout) {

    public static final List<String> SOLVERS = List.of("svm", "logreg", "mcsvm");

    public LinearConfig {
        solver = solver == null ? "svm" : Configs.oneOf("model.solver", solver, SOLVERS);
        c = c == null ? 1.0 : c;
        classWeight = classWeight == null ? "none" : Configs.oneOf("model.class_weight", classWeight, List.of("none", "balanced"));
        epsilon = epsilon == null ? 0.01 : epsilon;
        bias = bias == null ? 1.0 : bias;
        maxIterations = maxIterations == null ? 1000 : maxIterations;
        calibrationHoldout = calibrationHoldout == null ? 0.0 : calibrationHoldout;
        if (!(calibrationHoldout >= 0 && calibrationHoldout < 0.5)) {
            throw Configs.invalid("model.calibration_holdout", calibrationHoldout, "a fraction in [0, 0.5); 0 = off");
        }
        if (!(c > 0)) throw Configs.invalid("model.c", c, "a number > 0");
        if (!(epsilon > 0)) throw Configs.invalid("model.epsilon", epsilon, "a number > 0");
        if (maxIterations < 1) throw Configs.invalid("model.max_iterations", maxIterations, ">= 1");
    }

    /** Options without calibration. */
    public LinearConfig(String solver, Double c, String classWeight, Double epsilon, Double bias, Integer maxIterations) {
        this(solver, c, classWeight, epsilon, bias, maxIterations, null);
    }

    public static LinearConfig defaults() {
        return new LinearConfig(null, null, null, null, null, null, null);
    }
}
