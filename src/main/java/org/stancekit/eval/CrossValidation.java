package org.stancekit.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a k-fold cross-validation given fold assignments and a way to train on some records and predict
 * others. Knows nothing about models: the caller supplies the {@link FoldModel}, so any trainer fits.
 */
public final class CrossValidation {

    /** Trains on the records at {@code trainRows} and returns predictions for the records at {@code testRows}, in that order. */
    @FunctionalInterface
    public interface FoldModel {
        PredictionSet fitAndPredict(int[] trainRows, int[] testRows);
    }

    private CrossValidation() {
    }

    /**
     * Evaluates every fold (bootstrap intervals per fold and for the pooled out-of-fold predictions, as
     * {@code opt} says). {@code groups} may be null (stratified folds); {@code afterFold} is told each finished fold.
     */
    public static CvResult run(String scheme, int[] fold, String[] groups, FoldModel model, EvalOptions opt, Consumer<CvResult.Fold> afterFold) {
        int k = 0;
        for (int f : fold) k = Math.max(k, f + 1);
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        List<CvResult.Fold> folds = new ArrayList<>();
        List<PredictionSet> parts = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int[] test = Folds.rows(fold, f, true), train = Folds.rows(fold, f, false);
            if (test.length == 0) throw new IllegalArgumentException("fold " + (f + 1) + " is empty");
            PredictionSet p = model.fitAndPredict(train, test);
            if (p.size() != test.length) throw new IllegalStateException("fold " + (f + 1) + ": got " + p.size() + " predictions for " + test.length + " records");
            List<String> held = new ArrayList<>();
            if (groups != null) {
                LinkedHashSet<String> s = new LinkedHashSet<>();
                for (int i : test) s.add(groups[i]);
                held.addAll(s);
            }
            CvResult.Fold done = new CvResult.Fold(f + 1, train.length, held, Evaluator.evaluate(p, opt.withSeed(opt.seed() + f)));
            folds.add(done);
            parts.add(p);
            if (afterFold != null) afterFold.accept(done);
        }
        PredictionSet pooled = PredictionSet.concat(parts);
        return new CvResult(scheme, folds, Evaluator.evaluate(pooled, opt), pooled);
    }
}
