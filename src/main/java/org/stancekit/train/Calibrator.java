package org.stancekit.train;

import org.stancekit.eval.Folds;
import org.stancekit.eval.TemperatureScaling;
import org.stancekit.features.SparseVector;
import org.stancekit.model.LinearModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the softmax temperature of a linear model on held-out training data: a model is trained on the rest
 * (same config and seed) and T minimises its log loss on the stratified holdout. The final model, trained on
 * everything, reuses T, so its scores read as probabilities.
 */
final class Calibrator {

    private Calibrator() {
    }

    /** The fitted temperature and the number of held-out records it was fitted on. */
    record Fit(double temperature, int heldOut) {
    }

    static Fit temperature(LinearTrainer trainer, List<SparseVector> x, int[] y, List<String> labels, int dim,
                           LinearConfig cfg, long seed) {
        int folds = Math.max(2, (int) Math.round(1 / cfg.calibrationHoldout()));
        if (y.length < folds) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "model.calibration_holdout %s holds out 1 in %d training records, but there are only %d: set it to 0 (no calibration) or give more training data",
                    cfg.calibrationHoldout(), folds, y.length));
        }
        int[] fold = Folds.stratified(y, labels.size(), folds, seed);
        List<SparseVector> fitX = new ArrayList<>();
        List<SparseVector> valX = new ArrayList<>();
        List<Integer> fitY = new ArrayList<>();
        List<Integer> valY = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (fold[i] == 0) {
                valX.add(x.get(i));
                valY.add(y[i]);
            } else {
                fitX.add(x.get(i));
                fitY.add(y[i]);
            }
        }
        LinearModel m = trainer.train(fitX, fitY.stream().mapToInt(Integer::intValue).toArray(), labels, dim, cfg, seed);
        double[][] dec = valX.parallelStream().map(m::decision).toArray(double[][]::new);
        int[] gold = valY.stream().mapToInt(Integer::intValue).toArray();
        return new Fit(TemperatureScaling.fit(t -> {
            double loss = 0;
            for (int i = 0; i < dec.length; i++) {
                double p = LinearModel.toProbabilities(dec[i], m.link(), t)[gold[i]];
                loss -= Math.log(Math.max(p, 1e-15));
            }
            return loss / dec.length;
        }), dec.length);
    }
}
