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

    /** A is right on 150 records B gets wrong, B on 100 rare-class records A gets wrong: fewer errors for A, higher macro-F1 for B. */
    @Test
    void testsPointingInOppositeDirectionsDoNotCrownAWinner() {
        int n = 1000;
        int[] gold = new int[n], a = new int[n], b = new int[n];
        for (int i = 0; i < n; i++) {
            gold[i] = i < 900 ? 0 : 1;
            b[i] = i < 150 ? 1 : gold[i];   // a[i] = 0: A never predicts the rare class
        }
        ModelComparison c = ModelComparison.compare("A", PredictionSet.of(List.of("x", "y"), gold, a), "B",
                PredictionSet.of(List.of("x", "y"), gold, b), 1000, 42, 0.05);
        assertTrue(c.bootstrap().pValue() < 0.05 && c.mcnemar().pValue() < 0.05);
        assertFalse(c.verdict().contains("is the better model"), c.verdict());
        assertTrue(c.verdict().contains("point in opposite directions") && c.verdict().contains("model B has the higher macro-F1, model A is right on more records"), c.verdict());
        assertTrue(c.verdict().contains("McNemar p = 0.002 (chi-squared with continuity correction)"), c.verdict());
    }

    @Test
    void pValuesNeverRoundOntoTheOtherSideOfAlpha() {
        assertEquals("= 0.050", ModelComparison.formatP(0.0496, 0));
        assertEquals("= 0.0496", ModelComparison.formatP(0.0496, 0, 0.05));
        assertEquals("= 0.04999", ModelComparison.formatP(0.04999, 0, 0.05));
        assertEquals("= 0.050", ModelComparison.formatP(0.0504, 0, 0.05));
        assertEquals("= 0.123", ModelComparison.formatP(0.1234, 0, 0.05));
        assertEquals("< 0.001", ModelComparison.formatP(0.0004, 0, 0.05));
        // no bootstrap resample crossed zero: two-sided p = 2 min(share) / B, so all 1,000 resamples show is p < 0.002
        assertEquals("< 0.002", ModelComparison.formatP(0, 1000, 0.05));
    }

    @Test
    void levelsAreNotRoundedToWholePercents() {
        int[] gold = new int[300];
        for (int i = 0; i < gold.length; i++) gold[i] = i % 3;
        ModelComparison c = ModelComparison.compare("a", noisy(gold, 0.3, 1), "b", noisy(gold, 0.3, 2), 200, 7, 0.025);
        assertTrue(c.verdict().contains("(97.5% CI ") && c.verdict().contains("at the 2.5% level"), c.verdict()); // was "98% CI", "3% level"
        assertEquals("95", ModelComparison.percent(0.95));
        assertEquals("5", ModelComparison.percent(0.05));
        assertEquals("99.9", ModelComparison.percent(0.999));
    }

    @Test
    void refusesMismatchedSets() {
        PredictionSet a = PredictionSet.of(List.of("a", "b"), new int[]{0, 1}, new int[]{0, 1});
        PredictionSet b = PredictionSet.of(List.of("a", "b"), new int[]{1, 1}, new int[]{0, 1});
        assertThrows(IllegalArgumentException.class, () -> ModelComparison.compare("a", a, "b", b, 10, 1, 0.05));
    }
}
