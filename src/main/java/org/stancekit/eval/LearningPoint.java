package org.stancekit.eval;

/** One point of a learning curve: training-set size and the macro-F1 (with interval bounds, NaN if none) it reached. */
public record LearningPoint(long trainSize, double macroF1, double low, double high) {

    public LearningPoint {
        if (trainSize < 1) throw new IllegalArgumentException("learning-curve training size must be positive, got " + trainSize);
    }
}
