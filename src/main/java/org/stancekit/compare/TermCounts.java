package org.stancekit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term counts per group for distinctive-term analysis: unigrams and adjacent bigrams (space-joined) of the
 * tokens that start with a letter, so numbers, dates and masked tokens never become "terms". Not thread-safe.
 */
public final class TermCounts {

    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<String> groupNames = new ArrayList<>();
    private final Map<String, long[]> counts = new HashMap<>();
    private long[] totals = new long[4];

    /** Counts the terms of one article's tokens under {@code group}. */
    public void add(String group, List<String> tokens) {
        int g = groupIndex.computeIfAbsent(group, k -> {
            groupNames.add(k);
            return groupNames.size() - 1;
        });
        if (g >= totals.length) totals = Arrays.copyOf(totals, totals.length * 2);
        String prev = null;
        for (String t : tokens) {
            if (!isTerm(t)) {
                prev = null;
                continue;
            }
            count(t, g);
            if (prev != null) count(prev + " " + t, g);
            prev = t;
        }
    }

    /** True for tokens that start with a letter (words, names); false for numbers, punctuation, {@code <num>}. */
    static boolean isTerm(String t) {
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    private void count(String term, int g) {
        long[] c = counts.computeIfAbsent(term, k -> new long[Math.max(4, groupNames.size())]);
        if (g >= c.length) {
            c = Arrays.copyOf(c, Math.max(g + 1, c.length * 2));
            counts.put(term, c);
        }
        c[g]++;
        totals[g]++;
    }

    /** Groups in order of first appearance. */
    public List<String> groups() {
        return List.copyOf(groupNames);
    }

    /** Count of {@code term} in {@code group} (0 when unseen). */
    public long count(String term, String group) {
        Integer g = groupIndex.get(group);
        long[] c = counts.get(term);
        return g == null || c == null || g >= c.length ? 0 : c[g];
    }

    /** Total term occurrences (unigrams and bigrams) in {@code group}. */
    public long total(String group) {
        Integer g = groupIndex.get(group);
        return g == null ? 0 : totals[g];
    }

    Map<String, long[]> all() {
        return counts;
    }

    int index(String group) {
        Integer g = groupIndex.get(group);
        return g == null ? -1 : g;
    }
}
