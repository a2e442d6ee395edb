package org.stancekit.features;

/**
 * A sparse feature vector: strictly increasing 0-based indices and their values.
 */
public record SparseVector(int[] indices, float[] values) {

    public SparseVector {
        if (indices.length != values.length) throw new IllegalArgumentException("indices and values differ in length");
    }

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public int size() {
        return indices.length;
    }

    /** Dot product with a dense row {@code w[offset + index]}. */
    public double dot(float[] w, int offset) {
        double s = 0;
        for (int i = 0; i < indices.length; i++) s += values[i] * w[offset + indices[i]];
        return s;
    }
}
