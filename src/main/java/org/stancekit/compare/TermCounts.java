package org.stancekit.compare;

import org.stancekit.text.LongIntMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term counts per group for distinctive-term analysis: unigrams and adjacent bigrams (space-joined) of the
 * tokens that start with a letter, so numbers, dates and masked tokens never become "terms". Terms are counted
 * under primitive keys (a unigram's id, or the pair of ids of a bigram), one hash map per group. Not thread-safe.
 */
public final class TermCounts {

    /** Receives one term with its count in every group (indexed like {@link #groups()}) and its total. */
    @FunctionalInterface
    interface TermVisitor {
        void accept(String term, long[] byGroup, long total);
    }

    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<String> groupNames = new ArrayList<>();
    private final List<LongIntMap> counts = new ArrayList<>();
    private final List<long[]> totals = new ArrayList<>();
    private final Map<String, Integer> unigramIds = new HashMap<>();
    private final List<String> unigrams = new ArrayList<>();

    /** Counts the terms of one article's tokens under {@code group}. */
    public void add(String group, List<String> tokens) {
        int g = groupIndex.computeIfAbsent(group, k -> {
            groupNames.add(k);
            counts.add(new LongIntMap(1 << 12));
            totals.add(new long[1]);
            return groupNames.size() - 1;
        });
        LongIntMap m = counts.get(g);
        long n = 0;
        int prev = -1;
        for (String t : tokens) {
            if (!isTerm(t)) {
                prev = -1;
                continue;
            }
            int id = unigramIds.computeIfAbsent(t, k -> {
                unigrams.add(k);
                return unigrams.size() - 1;
            });
            m.add(id, 1);
            n++;
            if (prev >= 0) {
                m.add(bigramKey(prev, id), 1);
                n++;
            }
            prev = id;
        }
        totals.get(g)[0] += n;
    }

    /** True for tokens that start with a letter (words, names); false for numbers, punctuation, {@code <num>}. */
    static boolean isTerm(String t) {
        return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    /** Bigram keys lie above every unigram id: (first id + 1) in the high 32 bits, the second id in the low ones. */
    private static long bigramKey(int a, int b) {
        return ((long) (a + 1) << 32) | b;
    }

    private String term(long key) {
        if (key < (1L << 32)) return unigrams.get((int) key);
        return unigrams.get((int) (key >>> 32) - 1) + " " + unigrams.get((int) key);
    }

    /** Groups in order of first appearance. */
    public List<String> groups() {
        return List.copyOf(groupNames);
    }

    /** Count of {@code term} (a token, or two joined by a space) in {@code group}; 0 when unseen. */
    public long count(String term, String group) {
        Integer g = groupIndex.get(group);
        if (g == null) return 0;
        String[] parts = term.split(" ", -1);
        Integer a = unigramIds.get(parts[0]);
        if (a == null || parts.length > 2) return 0;
        long key = a;
        if (parts.length == 2) {
            Integer b = unigramIds.get(parts[1]);
            if (b == null) return 0;
            key = bigramKey(a, b);
        }
        return Math.max(0, counts.get(g).get(key));
    }

    /** Total term occurrences (unigrams and bigrams) in {@code group}. */
    public long total(String group) {
        Integer g = groupIndex.get(group);
        return g == null ? 0 : totals.get(g)[0];
    }

    int index(String group) {
        Integer g = groupIndex.get(group);
        return g == null ? -1 : g;
    }

    /** Visits every term seen at least {@code minCount} times over all groups. */
    void forEachTerm(long minCount, TermVisitor visitor) {
        int k = groupNames.size();
        LongIntMap all = new LongIntMap(1 << 16);
        for (LongIntMap m : counts) m.forEach(all::add);
        all.forEach((key, total) -> {
            if (total < minCount) return;
            long[] by = new long[k];
            for (int g = 0; g < k; g++) by[g] = Math.max(0, counts.get(g).get(key));
            visitor.accept(term(key), by, total);
        });
    }
}
