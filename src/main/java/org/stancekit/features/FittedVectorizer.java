package org.stancekit.features;

import org.stancekit.text.LongIntMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TF-IDF vectorizer fitted on a corpus: maps tokens to an L2-normalised sparse TF-IDF vector.
 * Immutable and thread-safe. In vocabulary mode it knows the exact n-gram of every feature.
 */
public final class FittedVectorizer {

    private final VectorizerConfig config;
    private final int numDocs;
    private final String[] terms;          // vocabulary mode: feature index -> n-gram (tokens joined by ' ')
    private final int[] df;                // document frequency per feature (bucket in hashing mode)
    private final float[] idf;
    private final Map<String, Integer> tokenIds; // vocabulary mode: token -> 1-based id
    private final LongIntMap keyToFeature;       // vocabulary mode: packed n-gram key -> feature index

    FittedVectorizer(VectorizerConfig config, int numDocs, String[] terms, int[] df) {
        this.config = config;
        this.numDocs = numDocs;
        this.terms = terms;
        this.df = df;
        this.idf = new float[df.length];
        for (int i = 0; i < df.length; i++) idf[i] = df[i] == 0 ? 0f : idf(numDocs, df[i]);
        if (terms != null) {
            tokenIds = new HashMap<>();
            keyToFeature = new LongIntMap(terms.length);
            for (int f = 0; f < terms.length; f++) {
                String[] parts = terms[f].split(" ");
                long key = 0;
                for (int n = 0; n < parts.length; n++) {
                    Integer id = tokenIds.get(parts[n]);
                    if (id == null) {
                        id = tokenIds.size() + 1;
                        if (id > NgramKeys.MAX_ID) throw new IllegalStateException("vocabulary has more than " + NgramKeys.MAX_ID + " distinct tokens; use features.mode: hashing");
                        tokenIds.put(parts[n], id);
                    }
                    key |= ((long) id) << (NgramKeys.BITS * n);
                }
                keyToFeature.put(key, f);
            }
        } else {
            tokenIds = null;
            keyToFeature = null;
        }
    }

    /** Smoothed inverse document frequency, as scikit-learn computes it: ln((1+N)/(1+df)) + 1. */
    static float idf(int n, int df) {
        return (float) (Math.log((1.0 + n) / (1.0 + df)) + 1.0);
    }

    public VectorizerConfig config() {
        return config;
    }

    public int numDocs() {
        return numDocs;
    }

    /** Number of features (vocabulary size or hash buckets). */
    public int dimension() {
        return df.length;
    }

    /** The n-gram of a feature (tokens joined by a space), or {@code #bucket} in hashing mode. */
    public String term(int feature) {
        return terms != null ? terms[feature] : "#" + feature;
    }

    /** Document frequency of a feature in the training corpus. */
    public int documentFrequency(int feature) {
        return df[feature];
    }

    /** True in hashing mode (features are hash buckets, not known n-grams). */
    public boolean hashing() {
        return terms == null;
    }

    /**
     * Rebuilds a saved vectorizer from its config, training-set size, vocabulary (null in hashing mode)
     * and document frequencies; IDF is recomputed exactly as at fit time.
     */
    public static FittedVectorizer restore(VectorizerConfig config, int numDocs, String[] terms, int[] df) {
        if (terms != null && terms.length != df.length) throw new IllegalArgumentException("vocabulary and document frequencies differ in length");
        if (terms == null && df.length != 1 << config.hashBits()) throw new IllegalArgumentException("hashing vectorizer needs 2^hash_bits buckets");
        return new FittedVectorizer(config, numDocs, terms, df.clone());
    }

    /** The vocabulary id of a token (1-based), or 0 when no kept n-gram contains it (vocabulary mode). */
    int tokenId(String token) {
        Integer id = tokenIds.get(token);
        return id == null ? 0 : id;
    }

    /** The TF-IDF vector of a token sequence. */
    public SparseVector transform(List<String> tokens) {
        if (terms != null) {
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = tokenId(tokens.get(i));
            return transformIds(ids);
        }
        int[] feats = new int[Math.max(4, tokens.size() * (config.ngramMax() - config.ngramMin() + 1))];
        int[] count = {0};
        long[] hs = new long[tokens.size()];
        for (int i = 0; i < hs.length; i++) hs[i] = NgramKeys.tokenHash(tokens.get(i));
        int mask = df.length - 1;
        NgramKeys.hashed(hs, config.ngramMin(), config.ngramMax(), key -> {
            int f = (int) (key & mask);
            if (idf[f] != 0f) feats[count[0]++] = f;
        });
        return weigh(feats, count[0]);
    }

    /** The TF-IDF vector of a sequence of vocabulary token ids (see {@link #tokenId}); vocabulary mode only. */
    SparseVector transformIds(int[] ids) {
        int[] feats = new int[Math.max(4, ids.length * (config.ngramMax() - config.ngramMin() + 1))];
        int[] count = {0};
        NgramKeys.packed(ids, config.ngramMin(), config.ngramMax(), key -> {
            int f = keyToFeature.get(key);
            if (f >= 0) feats[count[0]++] = f;
        });
        return weigh(feats, count[0]);
    }

    /** Turns a bag of feature occurrences into the weighted, normalised vector. */
    SparseVector weigh(int[] feats, int n) {
        if (n == 0) return SparseVector.EMPTY;
        Arrays.sort(feats, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) if (feats[i] != feats[i - 1]) distinct++;
        int[] idx = new int[distinct];
        float[] val = new float[distinct];
        int j = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || feats[i] != feats[i - 1]) {
                idx[++j] = feats[i];
                val[j] = 1;
            } else {
                val[j]++;
            }
        }
        double norm = 0;
        for (int k = 0; k < distinct; k++) {
            double tf = config.sublinearTf() ? 1 + Math.log(val[k]) : val[k];
            double v = tf * idf[idx[k]];
            val[k] = (float) v;
            norm += v * v;
        }
        if (config.norm().equals("l2") && norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < distinct; k++) val[k] *= inv;
        }
        return new SparseVector(idx, val);
    }
}
