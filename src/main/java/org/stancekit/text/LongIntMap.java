package org.stancekit.text;

import java.util.Arrays;

/**
 * Open-addressing hash map from primitive long keys to int values, for n-gram counting without boxing.
 * Shared by n-gram counting, word learning and the word trie. Not thread-safe while being filled; read-only use
 * is safe. Missing keys read as {@code -1}.
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] vals;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
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
        if (key == EMPTY) throw new IllegalArgumentException("reserved key");
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    public int get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? -1 : vals[i];
    }

    public void put(long key, int value) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                vals[i] = value;
                grow();
                return;
            }
        }
        vals[i] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (absent keys start at 0). */
    public void add(long key, int delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            vals[i] = delta;
            if (++size * 2 > keys.length) grow();
        } else {
            vals[i] += delta;
        }
    }

    public int size() {
        return size;
    }

    /** Calls {@code f} for every entry, in slot order. */
    public void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) f.accept(keys[i], vals[i]);
    }

    /** A visitor of entries. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                int j = slot(ok[i]);
                keys[j] = ok[i];
                vals[j] = ov[i];
            }
        }
    }
}
