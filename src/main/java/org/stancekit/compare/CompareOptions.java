package org.stancekit.compare;

/**
 * Settings of a framing comparison.
 *
 * @param confidence   coverage of every interval (0.95 gives 95% intervals)
 * @param minArticles  groups with fewer articles are listed but left out of the tests
 * @param permutations label shuffles behind the permutation p-value (0 skips it)
 * @param seed         seed of the shuffles, so the p-value is reproducible
 * @param terms        distinctive terms listed per group (0 skips term counting)
 * @param minTermCount a term must occur at least this often in the whole input to be listed
 * @param maxPairGroups pairwise tests are run when at most this many groups are tested (pairs grow quadratically)
 * @param resamples    posterior draws behind the intervals of error-corrected shares
 */
public record CompareOptions(double confidence, int minArticles, int permutations, long seed, int terms, int minTermCount,
                             int maxPairGroups, int resamples) {

    public CompareOptions {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("--confidence must lie in (0,1), got " + confidence);
        if (minArticles < 1) throw new IllegalArgumentException("--min-articles must be >= 1, got " + minArticles);
        if (permutations < 0) throw new IllegalArgumentException("--permutations must be >= 0, got " + permutations);
        if (terms < 0) throw new IllegalArgumentException("--terms must be >= 0, got " + terms);
        if (minTermCount < 1) throw new IllegalArgumentException("--min-term-count must be >= 1, got " + minTermCount);
        if (maxPairGroups < 2) throw new IllegalArgumentException("max pair groups must be >= 2, got " + maxPairGroups);
        if (resamples < 1) throw new IllegalArgumentException("--resamples must be >= 1, got " + resamples);
    }

    /** 95% intervals, groups of 5 or more tested, 2,000 permutations, 15 terms seen 10 times or more, pairs up to 12 groups, 1,000 resamples. */
    public static CompareOptions defaults() {
        return new CompareOptions(0.95, 5, 2000, 1, 15, 10, 12, 1000);
    }
}
