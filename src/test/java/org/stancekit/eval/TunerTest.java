package org.stancekit.eval;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.Jsonl;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class TunerTest {

    static SearchSpace space(String json) throws Exception {
        return SearchSpace.fromJson(Jsonl.MAPPER.readTree(json), "test.yaml");
    }

    /** A fake cross-validation whose macro-F1 peaks at c = 1 and which takes 10 s of fake time. */
    static CvResult fakeCv(double score) {
        List<String> labels = List.of("a", "b");
        int n = 100, right = (int) Math.round(score * n);
        int[] gold = new int[n], pred = new int[n];
        for (int i = 0; i < n; i++) {
            gold[i] = i % 2;
            pred[i] = i < right ? gold[i] : 1 - gold[i];
        }
        PredictionSet p = PredictionSet.of(labels, gold, pred);
        Evaluation e = Evaluator.evaluate(p, EvalOptions.DEFAULTS.withResamples(0));
        return new CvResult("fake", List.of(new CvResult.Fold(1, n, List.of(), e), new CvResult.Fold(2, n, List.of(), e)), e, p);
    }

    @Test
    void gridEnumeratesEveryCombination() throws Exception {
        SearchSpace s = space("{\"model.c\": [0.1, 1, 10], \"model.solver\": [\"svm\", \"logreg\"]}");
        assertEquals(6, s.gridSize());
        assertEquals(Map.of("model.c", 0.1, "model.solver", "svm"), s.gridPoint(0));
        assertEquals(Map.of("model.c", 0.1, "model.solver", "logreg"), s.gridPoint(1));
        assertEquals(Map.of("model.c", 10L, "model.solver", "logreg"), s.gridPoint(5));
    }

    @Test
    void rangesSampleInsideTheirBounds() throws Exception {
        SearchSpace s = space("{\"model.c\": {\"log_uniform\": [0.01, 100]}, \"features.min_df\": {\"int\": [1, 3]}, \"x.y\": {\"uniform\": [0, 1]}}");
        assertEquals(-1, s.gridSize());
        SplittableRandom r = new SplittableRandom(1);
        boolean[] seenInt = new boolean[4];
        for (int i = 0; i < 500; i++) {
            Map<String, Object> p = s.sample(r);
            double c = (Double) p.get("model.c");
            assertTrue(c >= 0.01 && c <= 100, "c " + c);
            long m = (Long) p.get("features.min_df");
            assertTrue(m >= 1 && m <= 3);
            seenInt[(int) m] = true;
        }
        assertTrue(seenInt[1] && seenInt[2] && seenInt[3]);
        var ex = assertThrows(IllegalArgumentException.class, () -> space("{\"model.c\": {\"normal\": [0, 1]}}"));
        assertTrue(ex.getMessage().contains("unknown range 'normal'"));
    }

    @Test
    void budgetStopsTheSearchAndBestIsFound() throws Exception {
        SearchSpace s = space("{\"model.c\": [0.01, 0.1, 1, 10, 100]}");
        AtomicLong now = new AtomicLong();
        Tuner.Settings settings = new Tuner.Settings("grid", "macro_f1", Duration.ofSeconds(35), 100, 1);
        Tuner.Result r = Tuner.run(s, settings, params -> {
            now.addAndGet(10_000_000_000L);
            double c = ((Number) params.get("model.c")).doubleValue();
            return fakeCv(0.9 - 0.1 * Math.abs(Math.log10(c)));
        }, null, now::get);
        assertEquals(3, r.leaderboard().size(), "three 10 s trials fit a 35 s budget; the fourth would overrun");
        assertTrue(r.stoppedBecause().startsWith("time budget"), r.stoppedBecause());
        assertEquals(1L, r.best().params().get("model.c"));
        assertEquals(0.9, r.best().mean(), 0.02);

        Tuner.Result all = Tuner.run(s, new Tuner.Settings("grid", "macro_f1", Duration.ofHours(1), 100, 1),
                params -> fakeCv(0.5), null, now::get);
        assertEquals("grid exhausted", all.stoppedBecause());
        assertEquals(5, all.leaderboard().size());
    }

    @Test
    void failedTrialsAreRecordedAndRankedLast() throws Exception {
        SearchSpace s = space("{\"model.c\": [1, -1]}");
        Tuner.Result r = Tuner.run(s, new Tuner.Settings("grid", "macro_f1", Duration.ofMinutes(1), 10, 1), params -> {
            if (((Number) params.get("model.c")).doubleValue() < 0) throw new IllegalArgumentException("bad value '-1' for key 'model.c'");
            return fakeCv(0.7);
        }, null, System::nanoTime);
        assertTrue(r.leaderboard().get(0).ok());
        assertFalse(r.leaderboard().get(1).ok());
        assertEquals("bad value '-1' for key 'model.c'", r.leaderboard().get(1).error());
    }

    @Test
    void lowerIsBetterForLosses() throws Exception {
        SearchSpace s = space("{\"model.c\": [1, 2]}");
        Tuner.Result r = Tuner.run(s, new Tuner.Settings("grid", "log_loss", Duration.ofMinutes(1), 10, 1), params -> {
            List<String> labels = List.of("a", "b");
            double sharp = ((Number) params.get("model.c")).doubleValue() == 1 ? 0.9 : 0.6;
            double[][] probs = {{sharp, 1 - sharp}, {1 - sharp, sharp}};
            PredictionSet p = PredictionSet.fromProbabilities(labels, new int[]{0, 1}, probs, null, null);
            Evaluation e = Evaluator.evaluate(p, EvalOptions.DEFAULTS.withResamples(0));
            return new CvResult("fake", List.of(new CvResult.Fold(1, 2, List.of(), e), new CvResult.Fold(2, 2, List.of(), e)), e, p);
        }, null, System::nanoTime);
        assertEquals(1L, r.best().params().get("model.c"));
    }

    @Test
    void parsesBudgets() {
        assertEquals(Duration.ofMinutes(10), Tuner.parseBudget("10m"));
        assertEquals(Duration.ofSeconds(5400), Tuner.parseBudget("1h30m"));
        assertEquals(Duration.ofSeconds(90), Tuner.parseBudget("90s"));
        assertThrows(IllegalArgumentException.class, () -> Tuner.parseBudget("10 minutes"));
        assertThrows(IllegalArgumentException.class, () -> Tuner.parseBudget("0m"));
    }
}
