package org.stancekit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.ScipyReference;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every statistic of {@code stancekit compare} recomputed independently (src/test/resources/stats/scipy_reference.py:
 * SciPy 1.10 and NumPy, plus textbook formulas) from the same hand-made and seeded-random inputs. Closed forms must
 * agree to 1e-9 (p-values to 1e-9 relative, so tiny ones count); Monte-Carlo quantities within the stated
 * sampling tolerance. Skipped with a message when python3 or SciPy is absent.
 */
class ScipyReferenceTest {

    static long[][] randomTable(SplittableRandom r, int rows, int cols, int n, double skew) {
        long[][] t = new long[rows][cols];
        for (int i = 0; i < n; i++) {
            int g = r.nextInt(rows);
            int l = r.nextDouble() < skew ? g % cols : r.nextInt(cols);
            t[g][l]++;
        }
        return t;
    }

    static final long[][][] TABLES;

    static {
        SplittableRandom r = new SplittableRandom(11);
        List<long[][]> t = new ArrayList<>(List.of(
                new long[][]{{12, 3, 5}, {4, 10, 6}, {2, 2, 16}},
                new long[][]{{10, 20}, {30, 40}},
                new long[][]{{3, 0, 1}, {2, 0, 9}},                        // a label nobody got
                new long[][]{{1, 2, 0, 1}, {0, 1, 3, 0}, {2, 0, 1, 1}},    // every expected count below 5
                new long[][]{{60, 40}, {30, 70}},
                new long[][]{{200, 100}, {100, 200}},                      // p about 3e-16: 1 - cdf loses it
                new long[][]{{900, 100}, {100, 900}},                      // p about 1e-280
                new long[][]{{5, 5}, {5, 5}}));                            // chi2 = 0, p = 1
        t.add(randomTable(r, 4, 4, 500, 0.1));
        t.add(randomTable(r, 4, 10, 2000, 0.02));
        t.add(randomTable(r, 12, 4, 9000, 0.0));
        TABLES = t.toArray(long[][][]::new);
    }

    static void assertP(double expected, double actual, String what) {
        if (expected < 1e-300) {
            assertTrue(actual < 1e-300, what + ": expected ~" + expected + ", got " + actual);
        } else {
            assertEquals(expected, actual, 1e-9 * expected, what + " (relative 1e-9)");
        }
    }

    @Test
    void closedFormsAgreeWithScipy(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        double[][] wilson = {{0, 1, 0.95}, {1, 1, 0.95}, {0, 5, 0.95}, {5, 5, 0.95}, {3, 10, 0.95}, {1, 1000, 0.95},
                {999, 1000, 0.95}, {500, 1000, 0.95}, {17, 40, 0.9}, {7, 13, 0.99}, {0, 0, 0.95}, {9400, 9614, 0.95}};
        cases.set("wilson", Jsonl.MAPPER.valueToTree(wilson));
        SplittableRandom r = new SplittableRandom(3);
        List<double[]> means = new ArrayList<>();
        for (int n : new int[]{1, 2, 7, 200}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = r.nextDouble() * r.nextDouble();
            means.add(v);
        }
        means.add(new double[]{0, 1});
        means.add(new double[]{0.01, 0.02, 0.0, 0.015});
        ArrayNode mi = cases.putArray("mean_interval");
        for (double[] v : means) mi.addObject().put("level", 0.95).set("values", Jsonl.MAPPER.valueToTree(v));
        cases.set("chi2", Jsonl.MAPPER.valueToTree(TABLES));
        double[][] holm = {{0.01, 0.04, 0.03}, {0.6, 0.9}, {0.02}, {0.01, 0.01, 0.01, 0.04}, {0, 0.5, 0.011, 0.012, 0.2},
                {0.001, 0.0125, 0.0126, 0.04, 0.3, 0.5}, new double[66]};
        for (int i = 0; i < 66; i++) holm[6][i] = r.nextDouble() * r.nextDouble() * 0.2;
        cases.set("holm", Jsonl.MAPPER.valueToTree(holm));
        JsonNode ref = ScipyReference.run(cases, dir);

        for (int i = 0; i < wilson.length; i++) {
            double[] w = Proportions.wilson((long) wilson[i][0], (long) wilson[i][1], wilson[i][2]);
            assertEquals(ref.get("wilson").get(i).get(0).asDouble(), w[0], 1e-9, "Wilson low " + i);
            assertEquals(ref.get("wilson").get(i).get(1).asDouble(), w[1], 1e-9, "Wilson high " + i);
        }
        assertEquals(0.0, Proportions.wilson(0, 5, 0.95)[0], "Wilson at 0 successes starts at exactly 0");
        assertEquals(1.0, Proportions.wilson(5, 5, 0.95)[1], "Wilson at n successes ends at exactly 1");
        for (int i = 0; i < means.size(); i++) {
            double s = 0, sq = 0;
            for (double v : means.get(i)) {
                s += v;
                sq += v * v;
            }
            double[] m = Proportions.meanInterval(s, sq, means.get(i).length, 0.95);
            assertEquals(ref.get("mean_interval").get(i).get(0).asDouble(), m[0], 1e-9, "mean interval low " + i);
            assertEquals(ref.get("mean_interval").get(i).get(1).asDouble(), m[1], 1e-9, "mean interval high " + i);
        }
        for (int i = 0; i < TABLES.length; i++) {
            JsonNode c = ref.get("chi2").get(i);
            long[][] t = IndependenceTests.dropEmptyColumns(TABLES[i]);
            double chi = IndependenceTests.statistic(t);
            assertEquals(c.get("statistic").asDouble(), chi, 1e-9 * Math.max(1, chi), "chi2 of table " + i);
            assertEquals(c.get("df").asInt(), (t.length - 1) * (t[0].length - 1), "df of table " + i);
            assertP(c.get("p").asDouble(), IndependenceTests.pValue(t), "chi2 p of table " + i);
            assertEquals(c.get("cramers_v").asDouble(), IndependenceTests.cramersV(chi, t), 1e-9, "Cramér's V of table " + i);
            assertEquals(c.get("cramers_v_scipy").asDouble(), IndependenceTests.cramersV(chi, t), 1e-9, "scipy association, table " + i);
            assertEquals(c.get("small_expected_share").asDouble(), IndependenceTests.smallExpectedShare(t), 1e-12, "small cells, table " + i);
        }
        for (int i = 0; i < holm.length; i++) {
            double[] adj = IndependenceTests.holm(holm[i]);
            for (int j = 0; j < adj.length; j++) assertEquals(ref.get("holm").get(i).get(j).asDouble(), adj[j], 1e-12, "Holm " + i + "," + j);
        }
    }

    /** The articles behind a table: one (group, label) pair per count. */
    static int[][] articles(long[][] t) {
        List<int[]> rows = new ArrayList<>();
        for (int g = 0; g < t.length; g++) for (int l = 0; l < t[g].length; l++) for (long c = 0; c < t[g][l]; c++) rows.add(new int[]{g, l});
        int[] g = rows.stream().mapToInt(x -> x[0]).toArray(), l = rows.stream().mapToInt(x -> x[1]).toArray();
        return new int[][]{g, l};
    }

    @Test
    void permutationPValueMatchesTheExactPermutationDistribution(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        long[][][] small = {{{3, 1, 0}, {1, 4, 2}}, {{5, 1}, {1, 5}}, {{4, 2, 1}, {1, 3, 4}, {0, 1, 5}}, {{2, 2}, {2, 2}},
                {{6, 0, 2}, {1, 0, 5}}, {{1, 2, 0, 1}, {0, 1, 3, 0}, {2, 0, 1, 1}}};
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        cases.set("permutation_exact", Jsonl.MAPPER.valueToTree(small));
        JsonNode ref = ScipyReference.run(cases, dir);
        int b = 20_000;
        for (int i = 0; i < small.length; i++) {
            JsonNode c = ref.get("permutation_exact").get(i);
            assertEquals(1.0, c.get("total_probability").asDouble(), 1e-9, "hypergeometric probabilities sum to 1");
            double exact = c.get("p").asDouble();
            int[][] a = articles(small[i]);
            double p = IndependenceTests.permutationP(a[0], a[1], small[i].length, small[i][0].length, b, 17);
            // (1 + hits) / (1 + B): within 4.5 Monte-Carlo standard errors of the exact p, plus the +1's bias
            double tol = 4.5 * Math.sqrt(exact * (1 - exact) / b) + 1.0 / (b + 1);
            assertEquals(exact, p, tol, "permutation p of table " + i + " (exact " + exact + ")");
            double hits = p * (b + 1) - 1;
            assertEquals(Math.rint(hits), hits, 1e-6, "p = (1 + hits) / (1 + B)");
        }
        // the convention: 19 shuffles of a table no shuffle can beat give exactly 1/20, and p never exceeds 1
        int[][] perfect = articles(new long[][]{{10, 0}, {0, 10}});
        assertEquals(1.0 / 20, IndependenceTests.permutationP(perfect[0], perfect[1], 2, 2, 19, 1), 1e-15);
        int[][] flat = articles(new long[][]{{5, 5}, {5, 5}});
        assertEquals(1.0, IndependenceTests.permutationP(flat[0], flat[1], 2, 2, 19, 1), 1e-15);
    }

    static final long[][] STANCE_CONFUSION = {{10, 1, 9, 10}, {1, 11, 10, 1}, {8, 8, 42, 20}, {7, 4, 9, 109}};

    @Test
    void errorCorrectedSharesAgreeWithAnExactSimplexLeastSquares(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        long[][][] confusion = {{{30, 5, 5}, {4, 20, 6}, {2, 3, 25}}, {{30, 5, 5}, {4, 20, 6}, {2, 3, 25}}, STANCE_CONFUSION, STANCE_CONFUSION};
        long[][] predicted = {{40, 30, 30}, {90, 5, 5}, {60, 40, 120, 280}, {40, 100, 150, 7500}};
        int javaResamples = 4000;
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        ArrayNode a = cases.putArray("adjusted");
        for (int i = 0; i < predicted.length; i++) {
            a.addObject().put("draws", predicted[i].length == 3 ? 4000 : 2000).put("level", 0.95).put("java_resamples", javaResamples)
                    .<ObjectNode>set("confusion", Jsonl.MAPPER.valueToTree(confusion[i])).set("predicted", Jsonl.MAPPER.valueToTree(predicted[i]));
        }
        JsonNode ref = ScipyReference.run(cases, dir);
        for (int i = 0; i < predicted.length; i++) {
            JsonNode c = ref.get("adjusted").get(i);
            AdjustedShares.Estimate e = AdjustedShares.estimate(confusion[i], predicted[i], javaResamples, 5, 0.95);
            double sum = 0;
            for (int j = 0; j < predicted[i].length; j++) {
                assertEquals(c.get("shares").get(j).asDouble(), e.shares()[j], 1e-7, "corrected share " + j + " of case " + i);
                assertTrue(e.shares()[j] >= 0 && e.shares()[j] <= 1, "shares stay in [0, 1]");
                sum += e.shares()[j];
                assertEquals(c.get("low").get(j).asDouble(), e.low()[j], c.get("low_tol").get(j).asDouble(), "posterior low " + j + " of case " + i);
                assertEquals(c.get("high").get(j).asDouble(), e.high()[j], c.get("high_tol").get(j).asDouble(), "posterior high " + j + " of case " + i);
            }
            assertEquals(1.0, sum, 1e-12, "shares sum to 1");
            assertEquals(c.get("misfit").asDouble(), e.misfit(), 1e-7 * Math.max(1, e.misfit()), "misfit of case " + i);
            assertEquals(c.get("consistent").asBoolean(), e.consistent(), "consistency verdict of case " + i);
        }
    }

    @Test
    void distinctiveTermsAgreeWithMonroeEtAl(@TempDir Path dir) throws Exception {
        assumeTrue(ScipyReference.available(), ScipyReference.ABSENT);
        String[] vocab = {"nga", "my", "ukraina", "chien", "su", "hoa", "binh", "lenh", "tt", "tq", "12", "<num>", "-"};
        List<String> groups = List.of("VNE", "NLD", "TT");
        SplittableRandom r = new SplittableRandom(8);
        TermCounts counts = new TermCounts();
        ArrayNode docs = Jsonl.MAPPER.createArrayNode();
        for (int g = 0; g < groups.size(); g++) {
            ArrayNode gd = docs.addArray();
            for (int d = 0; d < 30; d++) {
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    int w = r.nextDouble() < 0.3 ? 2 * g + (i % 2) : r.nextInt(vocab.length); // each group favours two words
                    tokens.add(vocab[w]);
                }
                counts.add(groups.get(g), tokens);
                gd.add(Jsonl.MAPPER.valueToTree(tokens));
            }
        }
        ObjectNode cases = Jsonl.MAPPER.createObjectNode();
        cases.putObject("terms").put("min_count", 3).<ObjectNode>set("groups", Jsonl.MAPPER.valueToTree(groups)).set("documents", docs);
        JsonNode ref = ScipyReference.run(cases, dir);
        double zc = Proportions.z(0.95);
        for (String g : groups) {
            JsonNode rg = ref.get("terms").get(g);
            assertEquals(rg.get("total").asLong(), counts.total(g), "term total of " + g);
            List<DistinctiveTerms.Term> all = DistinctiveTerms.of(counts, g, Integer.MAX_VALUE, 3, Double.NEGATIVE_INFINITY);
            assertEquals(rg.get("terms").size(), all.size(), "terms seen 3+ times, " + g);
            Map<String, JsonNode> byTerm = new HashMap<>();
            rg.get("terms").fields().forEachRemaining(e -> byTerm.put(e.getKey(), e.getValue()));
            for (DistinctiveTerms.Term t : all) {
                JsonNode x = byTerm.get(t.term());
                assertTrue(x != null, "term '" + t.term() + "' unknown to the reference");
                assertEquals(x.get("z").asDouble(), t.z(), 1e-9, "z of " + t.term() + " in " + g);
                assertEquals(x.get("log_odds").asDouble(), t.logOdds(), 1e-9, "log-odds of " + t.term() + " in " + g);
                assertEquals(x.get("in_group").asLong(), t.inGroup(), t.term());
                assertEquals(x.get("in_rest").asLong(), t.inRest(), t.term());
            }
            List<String> expected = new ArrayList<>(byTerm.keySet().stream().filter(w -> byTerm.get(w).get("z").asDouble() > zc).toList());
            expected.sort(Comparator.comparingDouble((String w) -> -byTerm.get(w).get("z").asDouble()).thenComparing(w -> w));
            List<String> listed = DistinctiveTerms.of(counts, g, 5, 3, zc).stream().map(DistinctiveTerms.Term::term).toList();
            assertEquals(expected.subList(0, Math.min(5, expected.size())), listed, "top distinctive terms of " + g);
        }
    }
}
