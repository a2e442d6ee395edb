package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Metrics against values computed by hand on tiny fixtures: an empty class, a class never predicted, ties. */
class MetricsTest {

    static final double EPS = 1e-9;

    // labels A B C D E; D never occurs (empty class), E occurs in gold but is never predicted
    static final List<String> LABELS = List.of("A", "B", "C", "D", "E");
    static final int[] GOLD = {0, 0, 0, 1, 1, 2, 4, 4};
    static final int[] PRED = {0, 0, 1, 1, 0, 2, 0, 1};

    @Test
    void confusionAndPerClass() {
        Confusion c = Confusion.of(PredictionSet.of(LABELS, GOLD, PRED));
        assertArrayEquals(new long[]{2, 1, 0, 0, 0}, c.matrix()[0]);
        assertArrayEquals(new long[]{1, 1, 0, 0, 0}, c.matrix()[1]);
        assertArrayEquals(new long[]{0, 0, 1, 0, 0}, c.matrix()[2]);
        assertArrayEquals(new long[]{0, 0, 0, 0, 0}, c.matrix()[3]);
        assertArrayEquals(new long[]{1, 1, 0, 0, 0}, c.matrix()[4]);
        assertArrayEquals(new double[]{2 / 3.0, 1 / 3.0, 0, 0, 0}, c.rowNormalized()[0], EPS);
        assertArrayEquals(new double[]{0, 0, 0, 0, 0}, c.rowNormalized()[3], EPS);

        List<ClassMetrics> pc = Metrics.perClass(c);
        assertEquals(0.5, pc.get(0).precision(), EPS);
        assertEquals(2 / 3.0, pc.get(0).recall(), EPS);
        assertEquals(4 / 7.0, pc.get(0).f1(), EPS);
        assertEquals(3, pc.get(0).support());
        assertEquals(1 / 3.0, pc.get(1).precision(), EPS);
        assertEquals(0.5, pc.get(1).recall(), EPS);
        assertEquals(0.4, pc.get(1).f1(), EPS);
        assertEquals(1.0, pc.get(2).f1(), EPS);
        assertTrue(Double.isNaN(pc.get(3).f1()), "empty class has undefined F1");
        assertFalse(pc.get(3).present());
        assertEquals(0.0, pc.get(4).precision(), EPS, "never predicted: precision 0 (zero_division=0)");
        assertEquals(0.0, pc.get(4).recall(), EPS);
        assertEquals(0.0, pc.get(4).f1(), EPS);
        assertEquals(2, pc.get(4).support());
    }

    @Test
    void headlineMetrics() {
        long[] c = Confusion.of(PredictionSet.of(LABELS, GOLD, PRED)).counts();
        assertEquals(0.5, Metrics.accuracy(c, 5), EPS);
        assertEquals(0.5, Metrics.microF1(c, 5), EPS);
        // macro over the 4 present classes (A, B, C, E): (4/7 + 0.4 + 1 + 0) / 4
        assertEquals((4 / 7.0 + 0.4 + 1 + 0) / 4, Metrics.macroF1(c, 5), EPS);
        assertEquals((3 * 4 / 7.0 + 2 * 0.4 + 1 + 0) / 8, Metrics.weightedF1(c, 5), EPS);
        // MCC: cov = 4*8 - 19 = 13; sqrt((64-26)(64-18))
        assertEquals(13 / Math.sqrt(38 * 46), Metrics.mcc(c, 5), EPS);
        // kappa: po = 1/2, pe = 19/64
        assertEquals(13 / 45.0, Metrics.kappa(c, 5), EPS);
        assertEquals((4 / 7.0 + 0.4) / 2, Metrics.sidedAverageF1(c, 5, 0, 1), EPS);
    }

    @Test
    void degenerateCases() {
        // everything predicted as one class, all gold of that class: MCC 0 by convention, kappa undefined
        long[] c = Confusion.of(PredictionSet.of(List.of("a", "b"), new int[]{0, 0}, new int[]{0, 0})).counts();
        assertEquals(1.0, Metrics.accuracy(c, 2), EPS);
        assertEquals(0.0, Metrics.mcc(c, 2), EPS);
        assertTrue(Double.isNaN(Metrics.kappa(c, 2)));
        assertEquals(1.0, Metrics.macroF1(c, 2), EPS, "class b is absent from gold and predictions");
        // perfect binary
        long[] p = Confusion.of(PredictionSet.of(List.of("a", "b"), new int[]{0, 1, 1}, new int[]{0, 1, 1})).counts();
        assertEquals(1.0, Metrics.mcc(p, 2), EPS);
        assertEquals(1.0, Metrics.kappa(p, 2), EPS);
    }

    static PredictionSet probFixture() {
        double[][] probs = {
                {0.5, 0.5, 0.0},  // tie: arg-max takes the first class -> x (correct)
                {0.2, 0.7, 0.1},  // y correct
                {0.6, 0.3, 0.1},  // x, gold z: wrong
                {1.0, 0.0, 0.0},  // x correct, certain
        };
        return PredictionSet.fromProbabilities(List.of("x", "y", "z"), new int[]{0, 1, 2, 0}, probs,
                new String[]{"r0", "r1", "r2", "r3"}, new String[]{"s0", "s1", "s2", "s3"});
    }

    @Test
    void probabilityMetricsAndTies() {
        PredictionSet p = probFixture();
        assertArrayEquals(new int[]{0, 1, 0, 0}, p.pred(), "ties go to the first class");
        double ll = (-Math.log(0.5) - Math.log(0.7) - Math.log(0.1) - Math.log(1 - Metrics.LOG_LOSS_EPS)) / 4;
        assertEquals(ll, Metrics.logLoss(p.probs(), p.gold()), 1e-12);
        assertEquals((0.5 + 0.14 + 1.26 + 0) / 4, Metrics.brier(p.probs(), p.gold()), 1e-12);
        // one record per bin: gaps .5, .3, .6, 0
        assertEquals(1.4 / 4, Calibration.ece(p, 10), 1e-12);
        List<ReliabilityBin> rel = Calibration.reliability(p, 10);
        assertEquals(1, rel.get(4).count());
        assertEquals(1, rel.get(6).count(), "0.7 falls in (0.6, 0.7]");
        assertEquals(1, rel.get(5).count());
        assertEquals(1, rel.get(9).count());
        assertEquals(0.0, rel.get(5).accuracy(), EPS);
    }

    @Test
    void evaluationJsonHasStableKeys() {
        Evaluation e = Evaluator.evaluate(probFixture(), EvalOptions.DEFAULTS.withResamples(200).withSidedLabels(List.of("x", "y")));
        var json = e.toJson();
        for (String key : List.of("n", "accuracy", "macro_f1", "weighted_f1", "micro_f1", "mcc", "kappa", "log_loss",
                "brier", "ece", "f1_sided_avg", "per_class", "confusion", "confusion_normalized", "ci")) {
            assertTrue(json.has(key), "metrics.json lacks " + key);
        }
        assertEquals(4, json.get("n").asInt());
        assertEquals(2, json.get("per_class").get("x").get("support").asInt());
        assertEquals(List.of("x", "y", "z"), List.of(json.get("confusion").get("labels").get(0).asText(),
                json.get("confusion").get("labels").get(1).asText(), json.get("confusion").get("labels").get(2).asText()));
        assertEquals(200, json.get("ci").get("macro_f1").get("resamples").asInt());
        assertEquals(0.95, json.get("ci").get("accuracy").get("level").asDouble(), EPS);
        assertTrue(json.get("per_class").get("z").get("precision").isNumber());
    }

    @Test
    void emptyClassIsNullInJson() {
        Evaluation e = Evaluator.evaluate(PredictionSet.of(LABELS, GOLD, PRED), EvalOptions.DEFAULTS.withResamples(0));
        assertTrue(e.toJson().get("per_class").get("D").get("f1").isNull());
        assertFalse(e.toJson().has("log_loss"), "no probabilities, no log loss");
        assertEquals(Map.of(), e.ci());
    }

    @Test
    void rejectsBadInput() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> new PredictionSet(List.of("a", "b"), new int[]{0}, new int[]{0}, new double[][]{{0.5, 0.6}}, null, null));
        assertTrue(ex.getMessage().contains("sum to"));
        assertThrows(IllegalArgumentException.class, () -> PredictionSet.of(List.of("a"), new int[]{0, 1}, new int[]{0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(PredictionSet.of(LABELS, GOLD, PRED),
                EvalOptions.DEFAULTS.withSidedLabels(List.of("A", "nope"))));
    }
}
