package org.stancekit.eval;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Temperature scaling (Guo et al., 2017): one scalar T that divides the log-probabilities before the
 * softmax, fitted by minimising the log loss on a validation split. It changes confidence, never the
 * predicted class, so accuracy and F1 stay the same while calibration improves.
 */
public final class TemperatureScaling {

    /** Smallest and largest temperature searched. */
    public static final double MIN_T = 0.05, MAX_T = 20;

    private TemperatureScaling() {
    }

    /** The temperature minimising the validation log loss, found by Brent's method over ln T. */
    public static double fit(double[][] probs, int[] gold) {
        if (probs.length == 0) throw new IllegalArgumentException("cannot fit a temperature on an empty validation split");
        if (probs.length != gold.length) throw new IllegalArgumentException("probs and gold differ in length");
        double[][] logits = logits(probs);
        return fit(t -> nll(logits, gold, t));
    }

    /**
     * The temperature minimising any validation loss given as a function of the temperature, e.g. a model's
     * own log loss when its decision values are divided by T (for links other than the softmax of log-probabilities).
     */
    public static double fit(java.util.function.DoubleUnaryOperator lossAtTemperature) {
        BrentOptimizer opt = new BrentOptimizer(1e-8, 1e-10);
        UnivariatePointValuePair best = opt.optimize(new MaxEval(500), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(lnT -> lossAtTemperature.applyAsDouble(Math.exp(lnT))),
                new SearchInterval(Math.log(MIN_T), Math.log(MAX_T), 0));
        return Math.exp(best.getPoint());
    }

    /** Mean negative log-likelihood of the gold classes after scaling by temperature t. */
    public static double nll(double[][] logits, int[] gold, double t) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) {
            double[] z = logits[i];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v / t);
            double sum = 0;
            for (double v : z) sum += Math.exp(v / t - max);
            s += -(z[gold[i]] / t - max - Math.log(sum));
        }
        return s / gold.length;
    }

    /** Applies a temperature to probability rows, returning new rows that sum to 1. */
    public static double[][] apply(double[][] probs, double t) {
        if (!(t > 0)) throw new IllegalArgumentException("temperature must be positive, got " + t);
        double[][] out = new double[probs.length][];
        for (int i = 0; i < probs.length; i++) out[i] = apply(probs[i], t);
        return out;
    }

    /** Applies a temperature to one probability row. */
    public static double[] apply(double[] row, double t) {
        double[] z = new double[row.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < row.length; j++) {
            z[j] = Math.log(Math.max(row[j], Metrics.LOG_LOSS_EPS)) / t;
            max = Math.max(max, z[j]);
        }
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        for (int j = 0; j < z.length; j++) z[j] /= sum;
        return z;
    }

    private static double[][] logits(double[][] probs) {
        double[][] z = new double[probs.length][];
        for (int i = 0; i < probs.length; i++) {
            z[i] = new double[probs[i].length];
            for (int j = 0; j < z[i].length; j++) z[i][j] = Math.log(Math.max(probs[i][j], Metrics.LOG_LOSS_EPS));
        }
        return z;
    }
}
