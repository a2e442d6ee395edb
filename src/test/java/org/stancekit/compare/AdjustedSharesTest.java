package org.stancekit.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdjustedSharesTest {

    // the shipped stance model's cross-validation confusion (rows true, columns predicted)
    private static final long[][] CONFUSION = {{10, 1, 9, 10}, {1, 11, 10, 1}, {8, 8, 42, 20}, {7, 4, 9, 109}};

    @Test
    void projectionOntoTheSimplex() {
        assertArrayEquals(new double[]{0.5, 0.5}, AdjustedShares.projectToSimplex(new double[]{0.5, 0.5}), 1e-12);
        assertArrayEquals(new double[]{1, 0}, AdjustedShares.projectToSimplex(new double[]{2, 0}), 1e-12);
        assertArrayEquals(new double[]{1.0 / 3, 1.0 / 3, 1.0 / 3}, AdjustedShares.projectToSimplex(new double[]{0.4, 0.4, 0.4}), 1e-12);
        assertArrayEquals(new double[]{0.75, 0.25, 0}, AdjustedShares.projectToSimplex(new double[]{1, 0.5, -1}), 1e-12);
    }

    @Test
    void recoversTheTrueSharesWhenPredictionsFollowTheErrorRates() {
        double[][] m = AdjustedShares.rates(CONFUSION);
        double[] truth = {0.2, 0.1, 0.3, 0.4};
        double[] q = new double[4];
        for (int j = 0; j < 4; j++) for (int g = 0; g < 4; g++) q[j] += m[g][j] * truth[g];
        assertArrayEquals(truth, AdjustedShares.solve(m, q), 1e-6);
        double[] identity = AdjustedShares.solve(new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[]{0.5, 0.3, 0.2});
        assertArrayEquals(new double[]{0.5, 0.3, 0.2}, identity, 1e-9);
    }

    @Test
    void intervalsAreSeededContainTheEstimateAndFlagInconsistentGroups() {
        // predictions of 1,000 articles with the truth {0.2, 0.1, 0.3, 0.4}, rounded to counts
        double[][] m = AdjustedShares.rates(CONFUSION);
        double[] truth = {0.2, 0.1, 0.3, 0.4};
        long[] predicted = new long[4];
        for (int j = 0; j < 4; j++) {
            double q = 0;
            for (int g = 0; g < 4; g++) q += m[g][j] * truth[g];
            predicted[j] = Math.round(1000 * q);
        }
        AdjustedShares.Estimate e = AdjustedShares.estimate(CONFUSION, predicted, 300, 5, 0.95);
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], e.shares()[j], 0.01);
            assertTrue(e.low()[j] <= e.shares()[j] + 1e-9 && e.shares()[j] <= e.high()[j] + 1e-9, "label " + j);
        }
        assertTrue(e.consistent(), "misfit " + e.misfit());
        assertArrayEquals(e.low(), AdjustedShares.estimate(CONFUSION, predicted, 300, 5, 0.95).low(), "same seed, same interval");
        // 96% predicted not_applicable: more than the model gives even when every article is not_applicable (84%)
        AdjustedShares.Estimate pool = AdjustedShares.estimate(CONFUSION, new long[]{40, 100, 150, 7500}, 100, 5, 0.95);
        assertFalse(pool.consistent(), "misfit " + pool.misfit());
        assertEquals(1.0, pool.shares()[3], 1e-6);
    }

    @Test
    void aConfusionRowWithoutArticlesCannotCorrect() {
        long[][] c = {{5, 1}, {0, 0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdjustedShares.estimate(c, new long[]{3, 4}, 10, 1, 0.95));
        assertEquals("the confusion matrix has no article of true label #1", e.getMessage());
    }
}
