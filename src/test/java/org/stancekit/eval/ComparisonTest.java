package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ComparisonTest {

    @Test
    void mcnemarExactAndChiSquared() {
        // 2 * P(X <= 2), X ~ Bin(12, 1/2) = 2 * 79 / 4096
        McNemar exact = McNemar.of(10, 2);
        assertEquals("exact binomial", exact.method());
        assertEquals(2 * 79 / 4096.0, exact.pValue(), 1e-12);
        // (|30 - 10| - 1)^2 / 40 = 9.025; p = erfc(sqrt(9.025 / 2)) = 0.0026631...
        McNemar chi = McNemar.of(30, 10);
        assertEquals(9.025, chi.statistic(), 1e-12);
        assertEquals(0.002663119259138554, chi.pValue(), 1e-9);
        assertEquals(1.0, McNemar.of(0, 0).pValue());
        assertEquals(1.0, McNemar.of(3, 3).pValue(), 1e-12);
        // b = c with 25+ discordant records: the continuity correction stops at zero (it gave 1/30 and p = 0.855)
        assertEquals(0.0, McNemar.of(15, 15).statistic());
        assertEquals(1.0, McNemar.of(15, 15).pValue());
        // the upper tail itself, to full relative precision: (|700 - 500| - 1)^2 / 1200 = 33.0, p = 9.2119379053e-9 (SciPy chi2.sf)
        assertEquals(9.2119379053e-9, McNemar.of(700, 500).pValue(), 1e-18);
    }

    @Test
    void mcnemarCountsDiscordantRecords() {
        int[] gold = {0, 0, 1, 1, 1};
        McNemar m = McNemar.test(gold, new int[]{0, 1, 1, 0, 1}, new int[]{1, 0, 1, 1, 0});
        assertEquals(2, m.onlyA());
        assertEquals(2, m.onlyB());
    }

    static PredictionSet noisy(int[] gold, double errorRate, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        int[] pred = gold.clone();
        for (int i = 0; i < pred.length; i++) if (r.nextDouble() < errorRate) pred[i] = (gold[i] + 1 + r.nextInt(2)) % 3;
        return PredictionSet.of(List.of("a", "b", "c"), gold, pred);
    }

    @Test
    void clearDifferenceIsSignificantAndIdenticalModelsAreNot() {
        int[] gold = new int[3000];
        for (int i = 0; i < gold.length; i++) gold[i] = i % 3;
        PredictionSet weak = noisy(gold, 0.30, 1), strong = noisy(gold, 0.15, 2);
        ModelComparison c = ModelComparison.compare("weak", weak, "strong", strong, 500, 7, 0.05);
        assertTrue(c.bootstrap().difference() > 0.1);
        assertTrue(c.bootstrap().interval().low() > 0);
        assertTrue(c.mcnemar().pValue() < 0.001);
        assertTrue(c.verdict().contains("statistically significant") && c.verdict().startsWith("Model B (strong) has the higher macro-F1"), c.verdict());

        ModelComparison same = ModelComparison.compare("a", weak, "b", weak, 200, 7, 0.05);
        assertEquals(0, same.bootstrap().difference());
        assertEquals(1.0, same.bootstrap().pValue());
        assertTrue(same.verdict().contains("cannot tell the two models apart"), same.verdict());
        assertEquals(c.toJson(), ModelComparison.compare("weak", weak, "strong", strong, 500, 7, 0.05).toJson(), "seeded: same result twice");
    }

    @Test
    void refusesMismatchedSets() {
        PredictionSet a = PredictionSet.of(List.of("a", "b"), new int[]{0, 1}, new int[]{0, 1});
        PredictionSet b = PredictionSet.of(List.of("a", "b"), new int[]{1, 1}, new int[]{0, 1});
        assertThrows(IllegalArgumentException.class, () -> ModelComparison.compare("a", a, "b", b, 10, 1, 0.05));
    }
}
