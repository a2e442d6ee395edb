package org.stancekit.text;

import java.util.Arrays;

/** A growable list of ints (the interned token stream at fit time). Not thread-safe. */
final class IntList {
    int[] data;
    int size;

    IntList(int capacity) {
        data = new int[Math.max(16, capacity)];
    }

    void add(int v) {
        if (size == data.length) data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    int last() {
        return size == 0 ? Integer.MIN_VALUE : data[size - 1];
    }
}
