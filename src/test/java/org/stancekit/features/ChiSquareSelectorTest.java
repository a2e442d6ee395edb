package org.stancekit.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChiSquareSelectorTest {

    private static SparseVector v(int[] idx, float[] val) {
        return new SparseVector(idx, val);
    }

    @Test
    void scoresMatchTheHandComputedStatistic() {
        // Column 0 only in class 0, column 1 evenly spread, column 2 never seen.
        List<SparseVector> x = List.of(
                v(new int[]{0, 1}, new float[]{1f, 1f}),
                v(new int[]{0, 1}, new float[]{1f, 1f}),
                v(new int[]{1}, new float[]{2f}),
                v(new int[]{1}, new float[]{0f}));
        int[] y = {0, 0, 1, 1};
        double[] chi2 = ChiSquareSelector.scores(x, y, 2, 3);
        // Column 0: observed (2, 0), expected (1, 1) -> 1 + 1 = 2. Column 1: observed (2, 2), expected (2, 2) -> 0.
        assertArrayEquals(new double[]{2.0, 0.0, 0.0}, chi2, 1e-12);
    }

    @Test
    void selectsTheBestColumnsInIndexOrderAndBreaksTiesByLowerIndex() {
        assertArrayEquals(new int[]{1, 3}, ChiSquareSelector.select(new double[]{0.5, 3, 1, 3}, 2));
        assertArrayEquals(new int[]{0, 2, 3}, ChiSquareSelector.select(new double[]{1, 0, 1, 1}, 3));
        assertArrayEquals(new int[]{0, 1}, ChiSquareSelector.select(new double[]{1, 2}, 5));
    }

    @Test
    void restrictKeepsChosenColumnsAsPositionsAndNormalisesAgain() {
        SparseVector r = ChiSquareSelector.restrict(v(new int[]{2, 5, 9}, new float[]{3f, 7f, 4f}), new int[]{2, 9, 11});
        assertArrayEquals(new int[]{0, 1}, r.indices());
        assertArrayEquals(new float[]{0.6f, 0.8f}, r.values(), 1e-6f);
        assertEquals(0, ChiSquareSelector.restrict(v(new int[]{5}, new float[]{1f}), new int[]{2, 9}).size());
    }
}
