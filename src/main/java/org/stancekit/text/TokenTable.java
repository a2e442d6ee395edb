package org.stancekit.text;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed table of lowercase token forms that finds a token straight from the text buffer, ignoring
 * case, without building a String: the hot path of {@link TextPipeline#tokens} reuses the canonical
 * instance and its id instead of allocating and hashing a new string per token. Immutable.
 */
final class TokenTable {

    /** Lowercase mapping of every BMP char (the simple, one-char mapping). */
    private static final char[] LOWER = new char[0x10000];

    static {
        for (int c = 0; c < LOWER.length; c++) LOWER[c] = Character.toLowerCase((char) c);
    }

    private final String[] strings;
    private final int[] slots;
    private final int mask;

    TokenTable(List<String> forms) {
        strings = forms.toArray(new String[0]);
        int cap = Integer.highestOneBit(Math.max(16, strings.length * 3) - 1) << 1;
        slots = new int[cap];
        mask = cap - 1;
        Arrays.fill(slots, -1);
        for (int id = 0; id < strings.length; id++) {
            String s = strings[id];
            int h = 0;
            for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
            int slot = mix(h) & mask;
            while (slots[slot] >= 0) {
                if (strings[slots[slot]].equals(s)) break;
                slot = (slot + 1) & mask;
            }
            if (slots[slot] < 0) slots[slot] = id;
        }
    }

    static char lower(char c) {
        return LOWER[c];
    }

    /** The lowercase String of a[from, to). */
    static String lower(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (LOWER[c] != c) {
                char[] b = Arrays.copyOfRange(a, from, to);
                for (int j = i - from; j < b.length; j++) b[j] = LOWER[b[j]];
                return new String(b);
            }
        }
        return new String(a, from, to - from);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    int size() {
        return strings.length;
    }

    String string(int id) {
        return strings[id];
    }

    /** The id of the lowercase form of a[from, to), or -1. */
    int find(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + LOWER[a[i]];
        int len = to - from;
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (id < 0) return -1;
            String s = strings[id];
            if (s.length() == len && s.hashCode() == h && matches(s, a, from, len)) return id;
        }
    }

    /** The id of a lowercase form, or -1. */
    int find(String s) {
        int h = s.hashCode();
        for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (id < 0) return -1;
            if (strings[id].equals(s)) return id;
        }
    }

    private static boolean matches(String s, char[] a, int from, int len) {
        for (int i = 0; i < len; i++) if (s.charAt(i) != LOWER[a[from + i]]) return false;
        return true;
    }
}
