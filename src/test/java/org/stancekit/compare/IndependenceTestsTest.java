package org.stancekit.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndependenceTestsTest {

    @Test
    void chiSquaredStatisticPValueAndCramersVMatchScipy() {
        long[][] t = {{12, 3, 5}, {4, 10, 6}, {2, 2, 16}};
        double chi = IndependenceTests.statistic(t);
        assertEquals(25.155556, chi, 1e-5);
        assertEquals(4.6813e-5, IndependenceTests.pValue(t), 1e-8);
        assertEquals(0.457853, IndependenceTests.cramersV(chi, t), 1e-6);
        long[][] two = {{10, 20}, {30, 40}};
        assertEquals(0.793651, IndependenceTests.statistic(two), 1e-6);
        assertEquals(0.372998, IndependenceTests.pValue(two), 1e-6);
        assertEquals(0.089087, IndependenceTests.cramersV(IndependenceTests.statistic(two), two), 1e-6);
    }

    @Test
    void emptyColumnsAreDroppedAndSmallExpectedCellsCounted() {
        long[][] t = {{3, 0, 1}, {2, 0, 9}};
        assertArrayEquals(new long[]{3, 1}, IndependenceTests.dropEmptyColumns(t)[0]);
        assertArrayEquals(new long[]{2, 9}, IndependenceTests.dropEmptyColumns(t)[1]);
        // expected counts: row sums 4 and 11, column sums 5 and 10, n 15 -> 1.33, 2.67, 3.67, 7.33
        assertEquals(0.75, IndependenceTests.smallExpectedShare(IndependenceTests.dropEmptyColumns(t)), 1e-12);
    }

    @Test
    void holmAdjustsInStepDownOrder() {
        assertArrayEquals(new double[]{0.03, 0.06, 0.06}, IndependenceTests.holm(new double[]{0.01, 0.04, 0.03}), 1e-12);
        assertArrayEquals(new double[]{1.0, 1.0}, IndependenceTests.holm(new double[]{0.6, 0.9}), 1e-12);
    }

    @Test
    void permutationPValueIsSmallForDependenceLargeForNoneAndSeeded() {
        int n = 40;
        int[] g = new int[n], dependent = new int[n], mixed = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i < 20 ? 0 : 1;
            dependent[i] = i < 20 ? 0 : 1;  // the label is the group
            mixed[i] = i % 2;               // the same mix in both groups
        }
        double p = IndependenceTests.permutationP(g, dependent, 2, 2, 999, 7);
        assertEquals(1.0 / 1000, p, 1e-12);
        double q = IndependenceTests.permutationP(g, mixed, 2, 2, 999, 7);
        assertTrue(q > 0.9, "p = " + q);
        assertEquals(q, IndependenceTests.permutationP(g, mixed, 2, 2, 999, 7));
    }
}
