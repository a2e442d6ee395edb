package org.stancekit.model;

import org.junit.jupiter.api.Test;
import org.stancekit.features.SparseVector;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NeuralModelTest {

    /** Reads columns 3 and 7; two hidden units; two classes. */
    private static NeuralModel hand() {
        float[] w1 = {1, 0, /* column 3 */ 0, -1 /* column 7 */};
        float[] b1 = {0, 0.5f};
        float[] w2 = {2, 0, /* hidden 0 */ 0, 2 /* hidden 1 */};
        float[] b2 = {0, 0};
        return new NeuralModel(new int[]{3, 7}, 2, 2, w1, b1, w2, b2, 0.25);
    }

    @Test
    void forwardPassOverTheChosenColumnsIsExact() {
        // Input (3: 3, 7: 4, 5: 100) -> chosen (3, 4) -> normalised (0.6, 0.8).
        // hidden = relu(0.6 + 0, 0.5 - 0.8) = (0.6, 0); logits = (1.2, 0).
        double[] p = hand().probabilities(new SparseVector(new int[]{3, 5, 7}, new float[]{3, 100, 4}));
        double e = Math.exp(1.2f);
        assertArrayEquals(new double[]{e / (e + 1), 1 / (e + 1)}, p, 1e-6);
        // No chosen column: only biases speak. hidden = (0, 0.5), logits = (0, 1).
        double[] q = hand().probabilities(new SparseVector(new int[]{5}, new float[]{1}));
        assertArrayEquals(new double[]{1 / (1 + Math.E), Math.E / (1 + Math.E)}, q, 1e-6);
    }

    @Test
    void mixAveragesByTheNetworksWeight() {
        SparseVector x = new SparseVector(new int[]{5}, new float[]{1});
        double[] nn = hand().probabilities(x);
        double[] mixed = hand().mix(new double[]{1, 0}, x);
        assertArrayEquals(new double[]{0.75 + 0.25 * nn[0], 0.25 * nn[1]}, mixed, 1e-12);
    }

    @Test
    void bytesRoundTripAndForeignBytesAreRejected() throws IOException {
        NeuralModel m = hand();
        NeuralModel back = NeuralModel.fromBytes(new ByteArrayInputStream(m.toBytes()));
        assertArrayEquals(m.toBytes(), back.toBytes());
        assertEquals(0.25, back.weight());
        IOException e = assertThrows(IOException.class, () -> NeuralModel.fromBytes(new ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5, 6, 7, 8})));
        assertEquals("not a stancekit neural model", e.getMessage());
    }

    @Test
    void inconsistentLayersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralModel(new int[]{3, 7}, 2, 2, new float[3], new float[2], new float[4], new float[2], 0.5));
        assertEquals("layer sizes do not match 2 inputs, 2 hidden, 2 classes", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NeuralModel(new int[]{7, 3}, 2, 2, new float[4], new float[2], new float[4], new float[2], 0.5));
    }
}
