package org.stancekit.features;

/**
 * Encodes token n-grams as long keys. In vocabulary mode a key packs up to three 21-bit token ids
 * (1-based; 0 marks an absent position); in hashing mode a key mixes the tokens' 64-bit string hashes.
 */
final class NgramKeys {

    static final int BITS = 21;
    static final int MAX_ID = (1 << BITS) - 1;

    private NgramKeys() {
    }

    /** Calls {@code sink} with the key of every n-gram (n in [min, max]) of a sequence of token ids; ids of 0 break n-grams. */
    static void packed(int[] ids, int min, int max, KeySink sink) {
        for (int i = 0; i < ids.length; i++) {
            long key = 0;
            for (int n = 1; n <= max && i + n <= ids.length; n++) {
                int id = ids[i + n - 1];
                if (id == 0) break;
                key |= ((long) id) << (BITS * (n - 1));
                if (n >= min) sink.accept(key);
            }
        }
    }

    /** Same as {@link #packed} but for per-token 64-bit hashes (hashing mode); no token breaks n-grams. */
    static void hashed(long[] hashes, int min, int max, KeySink sink) {
        for (int i = 0; i < hashes.length; i++) {
            long key = 0x9E3779B97F4A7C15L;
            for (int n = 1; n <= max && i + n <= hashes.length; n++) {
                key = mix(key * 31 + hashes[i + n - 1]);
                if (n >= min) sink.accept(key);
            }
        }
    }

    /** A stable 64-bit hash of a token's characters (FNV-1a then mixed), the same on every JVM. */
    static long tokenHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Receives n-gram keys. */
    @FunctionalInterface
    interface KeySink {
        void accept(long key);
    }
}
