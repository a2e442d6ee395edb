package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.ScipyReference;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The statistics of {@code compare-models} (McNemar, paired bootstrap) and the bootstrap intervals and ECE of
 * {@code evaluate}, recomputed independently by src/test/resources/stats/scipy_reference.py (SciPy 1.10, NumPy):
 * closed forms to 1e-9 (p-values relative), bootstrap intervals and p-values against a 20,000-resample reference
 * within 4.5 Monte-Carlo standard errors. Skipped with a message when python3 or SciPy is absent.
 */
class ScipyStatsTest {

    static final long[][] MCNEMAR = {{10, 2}, {0, 0}, {3, 3}, {12, 12}, {0, 24}, {13, 12}, {15, 15}, {16, 15}, {30, 10},
            {0, 40}, {2000, 1000}, {20000, 10000}};

    @Test
    void mcnemarAndQuantilesAgreeWithScipy(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        cases.set("mcnemar", Jsonl.MAPPER.valueToTree(MCNEMAR));
        SplittableRandom r = new SplittableRandom(5);
        double[][] values = new double[4][];
        int[] sizes = {1, 2, 39, 1000};
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[sizes[i]];
            for (int j = 0; j < sizes[i]; j++) values[i][j] = r.nextGaussian();
        }
        double[] qs = {0, 0.005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.995, 1};
        ArrayNode q = cases.putArray("quantile");
        for (double[] v : values) q.addObject().<ObjectNode>set("values", Jsonl.MAPPER.valueToTree(v)).set("q", Jsonl.MAPPER.valueToTree(qs));
        JsonNode ref = ScipyReference.run(cases, dir);
        for (int i = 0; i < MCNEMAR.length; i++) {
            JsonNode c = ref.get("mcnemar").get(i);
            McNemar m = McNemar.of(MCNEMAR[i][0], MCNEMAR[i][1]);
            String what = "McNemar " + MCNEMAR[i][0] + " vs " + MCNEMAR[i][1];
            assertEquals(c.get("method").asText(), switch (m.method()) {
                case "exact binomial" -> "exact";
                case "chi-squared with continuity correction" -> "chi2";
                default -> "none";
            }, what);
            assertEquals(c.get("statistic").asDouble(), m.statistic(), 1e-9, what + " statistic");
            double p = c.get("p").asDouble();
            assertEquals(p, m.pValue(), 1e-9 * p, what + " p (relative 1e-9)");
        }
        for (int i = 0; i < values.length; i++) {
            double[] sorted = values[i].clone();
            java.util.Arrays.sort(sorted);
            for (int j = 0; j < qs.length; j++) {
                assertEquals(ref.get("quantile").get(i).get(j).asDouble(), Bootstrap.quantile(sorted, qs[j]), 1e-12, "numpy quantile " + qs[j]);
            }
        }
    }

    static int[] noisy(int[] gold, double errorRate, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] pred = gold.clone();
        for (int i = 0; i < pred.length; i++) if (r.nextDouble() < errorRate) pred[i] = (gold[i] + 1 + r.nextInt(k - 1)) % k;
        return pred;
    }

    static void assertInterval(JsonNode ref, Interval in, String what) {
        assertEquals(ref.get("low").asDouble(), in.low(), ref.get("low_tol").asDouble(), what + " low");
        assertEquals(ref.get("high").asDouble(), in.high(), ref.get("high_tol").asDouble(), what + " high");
    }

    @Test
    void pairedBootstrapAgreesWithALargeReferenceBootstrap(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        int k = 4, n = 600, javaResamples = 4000;
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) gold[i] = i % 10 == 0 ? 3 : i % 3;   // class 3 is rare
        int[][][] pairs = {{noisy(gold, 0.30, k, 1), noisy(gold, 0.24, k, 2)}, {noisy(gold, 0.25, k, 3), noisy(gold, 0.25, k, 4)}};
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        ArrayNode pb = cases.putArray("paired_bootstrap");
        for (int[][] p : pairs) {
            pb.addObject().put("k", k).put("level", 0.95).put("reference_resamples", 20_000).put("java_resamples", javaResamples)
                    .<ObjectNode>set("gold", Jsonl.MAPPER.valueToTree(gold)).<ObjectNode>set("a", Jsonl.MAPPER.valueToTree(p[0]))
                    .set("b", Jsonl.MAPPER.valueToTree(p[1]));
        }
        JsonNode ref = ScipyReference.run(cases, dir);
        for (int i = 0; i < pairs.length; i++) {
            JsonNode c = ref.get("paired_bootstrap").get(i);
            PairedBootstrap b = PairedBootstrap.run(gold, pairs[i][0], pairs[i][1], k, javaResamples, 11, 0.95);
            assertEquals(c.get("macro_f1_a").asDouble(), b.macroF1A(), 1e-12, "macro-F1 A");
            assertEquals(c.get("macro_f1_b").asDouble(), b.macroF1B(), 1e-12, "macro-F1 B");
            assertEquals(c.get("difference").asDouble(), b.difference(), 1e-12, "difference");
            assertInterval(c, b.interval(), "paired bootstrap interval " + i);
            assertEquals(c.get("p").asDouble(), b.pValue(), c.get("p_tol").asDouble(), "paired bootstrap p " + i);
        }
    }

    @Test
    void bootstrapIntervalsAndEceAgreeWithTheReference(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        int javaResamples = 4000;
        PredictionSet awkward = SklearnComparisonTest.awkward(800, 3);
        // confidences on the bin edges j/5 (and 1.0): they belong to the bin below
        PredictionSet edges = PredictionSet.fromProbabilities(List.of("a", "b"), new int[]{0, 1, 0, 1, 1, 0, 1, 0},
                new double[][]{{0.6, 0.4}, {0.4, 0.6}, {0.8, 0.2}, {0.2, 0.8}, {0.0, 1.0}, {1.0, 0.0}, {0.6, 0.4}, {0.2, 0.8}}, null, null);
        List<PredictionSet> sets = List.of(awkward, edges);
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        ArrayNode bs = cases.putArray("bootstrap");
        for (PredictionSet p : sets) {
            int bins = p == edges ? 5 : Calibration.DEFAULT_BINS;
            bs.addObject().put("k", p.numClasses()).put("bins", bins).put("level", 0.95).put("reference_resamples", 20_000)
                    .put("java_resamples", javaResamples).<ObjectNode>set("gold", Jsonl.MAPPER.valueToTree(p.gold()))
                    .<ObjectNode>set("pred", Jsonl.MAPPER.valueToTree(p.pred())).set("probs", Jsonl.MAPPER.valueToTree(p.probs()));
        }
        JsonNode ref = ScipyReference.run(cases, dir);
        for (int i = 0; i < sets.size(); i++) {
            PredictionSet p = sets.get(i);
            JsonNode c = ref.get("bootstrap").get(i);
            int bins = p == edges ? 5 : Calibration.DEFAULT_BINS;
            assertEquals(c.get("ece").asDouble(), Calibration.ece(p, bins), 1e-12, "ECE of set " + i);
            EvalOptions o = new EvalOptions(javaResamples, 13, 0.95, bins, List.of());
            Map<String, Interval> in = Bootstrap.intervals(p, o, null);
            for (String m : List.of(Bootstrap.ACCURACY, Bootstrap.MACRO_F1, Bootstrap.ECE)) {
                assertInterval(c.get(m + "_interval"), in.get(m), m + " interval of set " + i);
            }
        }
        assertTrue(Calibration.ece(edges, 5) > 0);
    }
}
