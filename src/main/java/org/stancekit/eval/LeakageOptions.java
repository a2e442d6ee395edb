package org.stancekit.eval;

/**
 * Settings of the train/test leakage scan: word shingle size, MinHash signature length, LSH bands
 * (signature length must be a multiple of it), the estimated Jaccard similarity from which two texts are
 * near-duplicates, and the fewest shingles a text needs to be checked for near-duplicates (shorter texts
 * are only checked for exact duplicates; their MinHash estimate is too noisy).
 */
public record LeakageOptions(int shingleSize, int numHashes, int bands, double threshold, int minShingles) {

    /** Word 3-shingles, 128 one-permutation MinHash bins in 32 bands of 4, near-duplicate from 0.8. */
    public static final LeakageOptions DEFAULTS = new LeakageOptions(3, 128, 32, 0.8, 10);

    public LeakageOptions {
        if (shingleSize < 1) throw new IllegalArgumentException("shingle size must be >= 1, got " + shingleSize);
        if (numHashes < 8 || Integer.bitCount(numHashes) != 1 || numHashes > 1024) {
            throw new IllegalArgumentException("number of MinHash bins must be a power of two in 8..1024, got " + numHashes);
        }
        if (bands < 1 || numHashes % bands != 0) throw new IllegalArgumentException("LSH bands must divide " + numHashes + ", got " + bands);
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("near-duplicate threshold must lie in (0,1], got " + threshold);
        if (minShingles < 1) throw new IllegalArgumentException("minimum shingles must be >= 1, got " + minShingles);
    }

    public LeakageOptions withThreshold(double t) {
        return new LeakageOptions(shingleSize, numHashes, bands, t, minShingles);
    }
}
