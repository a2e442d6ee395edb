package org.stancekit.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProportionsTest {

    @Test
    void wilsonIntervalsMatchHandComputedValues() {
        assertArrayEquals(new double[]{0.107791, 0.603222}, Proportions.wilson(3, 10, 0.95), 1e-6);
        assertArrayEquals(new double[]{0.0, 0.434482}, Proportions.wilson(0, 5, 0.95), 1e-6);
        assertArrayEquals(new double[]{0.565518, 1.0}, Proportions.wilson(5, 5, 0.95), 1e-6);
        assertArrayEquals(new double[]{0, 1}, Proportions.wilson(0, 0, 0.95));
        assertEquals(1.959964, Proportions.z(0.95), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(4, 3, 0.95));
    }

    @Test
    void meanIntervalUsesTheSampleStandardDeviation() {
        // values 0.2, 0.4, 0.6: mean 0.4, sd 0.2, half-width 1.96 * 0.2 / sqrt(3)
        double half = 1.959964 * 0.2 / Math.sqrt(3);
        assertArrayEquals(new double[]{0.4 - half, 0.4 + half}, Proportions.meanInterval(1.2, 0.04 + 0.16 + 0.36, 3, 0.95), 1e-6);
        assertArrayEquals(new double[]{0, 1}, Proportions.meanInterval(0.7, 0.49, 1, 0.95), 1e-12); // one value: spread unknown
        assertArrayEquals(new double[]{0.0, 1.0}, Proportions.meanInterval(1, 1, 2, 0.95), 1e-12); // 0 and 1: clipped
    }
}
