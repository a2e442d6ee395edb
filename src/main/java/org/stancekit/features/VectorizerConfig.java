package org.stancekit.features;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * TF-IDF options, validated on construction and saved in the model.
 *
 * @param ngramMin     smallest token n-gram (1..3)
 * @param ngramMax     largest token n-gram (ngramMin..3 in vocabulary mode, ..5 when hashing)
 * @param minDf        drop n-grams seen in fewer documents than this
 * @param maxDf        drop n-grams seen in more than this fraction of documents (0..1]
 * @param maxFeatures  keep at most this many n-grams, the most frequent by document frequency (0 = all); vocabulary mode
 *                     only (an error with hashing, which keeps no n-gram list)
 * @param sublinearTf  use 1 + log(tf) instead of raw counts
 * @param norm         {@code l2} or {@code none}
 * @param mode         {@code vocabulary} (exact n-gram list saved in the model) or {@code hashing}
 * @param hashBits     number of hash buckets as a power of two (hashing mode)
 */
public record VectorizerConfig(Integer ngramMin, Integer ngramMax, Integer minDf, Double maxDf, Integer maxFeatures,
                               Boolean sublinearTf, String norm, String mode, Integer hashBits) {

    public VectorizerConfig {
        ngramMin = ngramMin == null ? 1 : ngramMin;
        ngramMax = ngramMax == null ? 2 : ngramMax;
        minDf = minDf == null ? 2 : minDf;
        maxDf = maxDf == null ? 1.0 : maxDf;
        maxFeatures = maxFeatures == null ? 0 : maxFeatures;
        sublinearTf = sublinearTf == null || sublinearTf;
        norm = norm == null ? "l2" : Configs.oneOf("features.norm", norm, List.of("l2", "none"));
        mode = mode == null ? "vocabulary" : Configs.oneOf("features.mode", mode, List.of("vocabulary", "hashing"));
        hashBits = hashBits == null ? 20 : hashBits;
        int maxN = mode.equals("vocabulary") ? 3 : 5;
        if (ngramMin < 1 || ngramMin > maxN) throw Configs.invalid("features.ngram_min", ngramMin, "1.." + maxN);
        if (ngramMax < ngramMin || ngramMax > maxN) throw Configs.invalid("features.ngram_max", ngramMax, ngramMin + ".." + maxN + " in " + mode + " mode");
        if (minDf < 1) throw Configs.invalid("features.min_df", minDf, ">= 1");
        if (!(maxDf > 0 && maxDf <= 1)) throw Configs.invalid("features.max_df", maxDf, "a fraction in (0, 1]");
        if (maxFeatures < 0) throw Configs.invalid("features.max_features", maxFeatures, ">= 0 (0 = all)");
        if (hashBits < 8 || hashBits > 26) throw Configs.invalid("features.hash_bits", hashBits, "8..26");
        if (mode.equals("hashing") && maxFeatures > 0) {
            throw Configs.unused("features.max_features", maxFeatures, "does nothing with mode: hashing (every n-gram goes to one of"
                    + " 2^hash_bits buckets; lower hash_bits for fewer columns); remove it, or use mode: vocabulary");
        }
    }

    public static VectorizerConfig defaults() {
        return new VectorizerConfig(null, null, null, null, null, null, null, null, null);
    }
}
