package org.stancekit.eval;

/**
 * One bin of a reliability diagram: records whose confidence lies in (lower, upper], their count,
 * mean confidence and accuracy (NaN for an empty bin).
 */
public record ReliabilityBin(double lower, double upper, long count, double meanConfidence, double accuracy) {

    public ReliabilityBin {
        if (!(lower < upper)) throw new IllegalArgumentException("bin bounds must satisfy lower < upper: " + lower + ", " + upper);
        if (count < 0) throw new IllegalArgumentException("negative bin count");
    }
}
