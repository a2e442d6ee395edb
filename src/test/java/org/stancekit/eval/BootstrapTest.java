package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class BootstrapTest {

    static PredictionSet synthetic(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = 3;
        int[] gold = new int[n];
        double[][] probs = new double[n][];
        for (int i = 0; i < n; i++) {
            gold[i] = r.nextInt(k);
            double[] row = new double[k];
            double s = 0;
            for (int j = 0; j < k; j++) {
                row[j] = r.nextDouble() + (j == gold[i] ? 0.8 : 0);
                s += row[j];
            }
            for (int j = 0; j < k; j++) row[j] /= s;
            probs[i] = row;
        }
        return PredictionSet.fromProbabilities(List.of("a", "b", "c"), gold, probs, null, null);
    }

    @Test
    void sameSeedSameIntervalsAndIntervalsCoverTheEstimate() {
        PredictionSet p = synthetic(2000, 7);
        EvalOptions opt = EvalOptions.DEFAULTS.withResamples(300).withSeed(11);
        Map<String, Interval> a = Bootstrap.intervals(p, opt, null);
        Map<String, Interval> b = Bootstrap.intervals(p, opt, null);
        assertEquals(a, b);
        Evaluation e = Evaluator.evaluate(p, opt);
        e.headline().forEach((name, v) -> {
            Interval iv = e.ci().get(name);
            assertNotNull(iv, name);
            assertTrue(iv.low() <= v && v <= iv.high(), name + " " + v + " outside " + iv);
            assertEquals(300, iv.resamples());
        });
        Map<String, Interval> other = Bootstrap.intervals(p, opt.withSeed(12), null);
        assertNotEquals(a.get("macro_f1"), other.get("macro_f1"));
    }

    @Test
    void stratifiedResamplesKeepClassSizes() {
        // with every record of a class predicted correctly and one class only, every resample has accuracy 1
        PredictionSet p = PredictionSet.of(List.of("a", "b"), new int[]{0, 0, 1, 1}, new int[]{0, 0, 1, 1});
        Interval iv = Bootstrap.intervals(p, EvalOptions.DEFAULTS.withResamples(50), null).get("accuracy");
        assertEquals(1.0, iv.low());
        assertEquals(1.0, iv.high());
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        double[] v = {1, 2, 3, 4};
        assertEquals(1.075, Bootstrap.quantile(v, 0.025), 1e-12);
        assertEquals(3.925, Bootstrap.quantile(v, 0.975), 1e-12);
    }

    @Test
    void temperatureScalingCoolsOverconfidentModel() {
        PredictionSet p = synthetic(3000, 3);
        // sharpen: an over-confident version of the same model
        double[][] sharp = TemperatureScaling.apply(p.probs(), 0.02);
        double t0 = TemperatureScaling.fit(p.probs(), p.gold());
        double t = TemperatureScaling.fit(sharp, p.gold());
        // sharpening by 1/0.02 then scaling by t equals scaling the original by 0.02 t, so t = t0 / 0.02 (the raw fixture is under-confident: t0 < 1)
        // (2% tolerance: the sharpened fixture has probabilities clipped at machine epsilon)
        assertEquals(t0 / 0.02, t, 0.02 * t, "fitted temperature undoes the sharpening");
        assertTrue(t > 1, "an over-confident model gets T > 1");
        double[][] fixed = TemperatureScaling.apply(sharp, t);
        assertTrue(Metrics.logLoss(fixed, p.gold()) < Metrics.logLoss(sharp, p.gold()));
        for (int i = 0; i < fixed.length; i++) assertEquals(PredictionSet.argmax(sharp[i]), PredictionSet.argmax(fixed[i]));
    }
}
