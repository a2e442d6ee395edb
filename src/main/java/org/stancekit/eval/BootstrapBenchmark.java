package org.stancekit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times the stratified bootstrap on synthetic predictions (n records, k classes, with probabilities, so
 * every interval including log loss, Brier and ECE is computed), the figure the evaluator promises:
 * 1,000 resamples of 50,000 predictions in well under 10 seconds on one core.
 */
public final class BootstrapBenchmark {

    /** The measured figure: records, classes, resamples, best and median wall time over the repeats. */
    public record Result(int records, int classes, int resamples, double bestSeconds, double medianSeconds, Evaluation evaluation) {
    }

    private BootstrapBenchmark() {
    }

    /** Synthetic predictions with about 80% accuracy. */
    public static PredictionSet synthetic(int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < k; j++) labels.add("class_" + j);
        int[] gold = new int[n];
        double[][] probs = new double[n][];
        for (int i = 0; i < n; i++) {
            gold[i] = r.nextInt(k);
            double[] row = new double[k];
            double s = 0;
            for (int j = 0; j < k; j++) {
                row[j] = Math.exp(r.nextGaussian() + (j == gold[i] ? 2.5 : 0));
                s += row[j];
            }
            for (int j = 0; j < k; j++) row[j] /= s;
            probs[i] = row;
        }
        return PredictionSet.fromProbabilities(labels, gold, probs, null, null);
    }

    /** Runs one warm-up and {@code repeats} timed evaluations with bootstrap intervals. */
    public static Result run(int n, int k, int resamples, int repeats, long seed) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        PredictionSet p = synthetic(n, k, seed);
        EvalOptions opt = EvalOptions.DEFAULTS.withResamples(resamples).withSeed(seed);
        Evaluator.evaluate(p, opt.withResamples(Math.max(1, resamples / 10)));
        double[] t = new double[repeats];
        Evaluation last = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            last = Evaluator.evaluate(p, opt);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        double[] sorted = t.clone();
        java.util.Arrays.sort(sorted);
        return new Result(n, k, resamples, sorted[0], sorted[repeats / 2], last);
    }
}
