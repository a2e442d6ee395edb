package org.stancekit.text;

import java.util.Arrays;

/**
 * Open-addressing hash map from long keys to int values, for syllable-pair counts and the word trie
 * without boxing. Missing keys read as -1. Not thread-safe while being filled; read-only use is safe.
 */
final class LongIntHash {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] vals;
    private int size;
    private int mask;

    LongIntHash(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    private int slot(long key) {
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    int get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? -1 : vals[i];
    }

    void put(long key, int value) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            vals[i] = value;
            if (++size * 2 > keys.length) grow();
        } else {
            vals[i] = value;
        }
    }

    void add(long key, int delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            vals[i] = delta;
            if (++size * 2 > keys.length) grow();
        } else {
            vals[i] += delta;
        }
    }

    int size() {
        return size;
    }

    /** Visits every entry. */
    void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) f.accept(keys[i], vals[i]);
    }

    /** A visitor of entries. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                int s = slot(ok[i]);
                keys[s] = ok[i];
                vals[s] = ov[i];
                size++;
            }
        }
    }
}
