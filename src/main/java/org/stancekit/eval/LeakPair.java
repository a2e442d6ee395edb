package org.stancekit.eval;

/**
 * A test record that also occurs in the training data: the test and train ids, the kind ({@code exact}
 * after normalisation, or {@code near}) and the estimated Jaccard similarity of their word shingles.
 */
public record LeakPair(String testId, String trainId, String kind, double similarity) {

    public static final String EXACT = "exact", NEAR = "near";

    public LeakPair {
        if (!kind.equals(EXACT) && !kind.equals(NEAR)) throw new IllegalArgumentException("leak kind must be exact or near, got " + kind);
    }
}
