package org.stancekit.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-syllable words a pipeline knows, as a trie over interned syllable ids, and the segmenter
 * that uses it: among all ways to cover a run of syllables with known words, it picks the one with the
 * fewest words and, on a tie, the highest total association score (dynamic programming, not greedy
 * longest match). Immutable once built; thread-safe for reading.
 */
final class WordLexicon {

    private final Map<String, Integer> syllableIds = new HashMap<>();
    private final LongIntMap trie;
    private float[] nodeScore = new float[64];
    private String[] nodeWord = new String[64];
    private int nodes = 1;
    private int maxLength;
    private final Map<String, Double> words;
    /** Trie children of the root, indexed by syllable id (saves a hash lookup per position). */
    private final int[] rootChild;

    /** Builds the lexicon from words (syllables separated by single spaces, lowercase) and their scores. */
    WordLexicon(Map<String, Double> words) {
        this.words = new LinkedHashMap<>(words);
        this.trie = new LongIntMap(words.size() * 2 + 16);
        nodeScore[0] = Float.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : words.entrySet()) add(e.getKey(), e.getValue());
        rootChild = new int[syllableIds.size()];
        for (int id = 0; id < rootChild.length; id++) rootChild[id] = trie.get(id & 0xffffffffL);
    }

    private void add(String word, double score) {
        String[] syl = word.split(" ");
        if (syl.length < 2) return;
        int node = 0;
        for (String s : syl) {
            int id = syllableIds.computeIfAbsent(s, k -> syllableIds.size());
            long key = (long) node << 32 | id;
            int child = trie.get(key);
            if (child < 0) {
                child = nodes++;
                if (child == nodeScore.length) {
                    nodeScore = Arrays.copyOf(nodeScore, child * 2);
                    nodeWord = Arrays.copyOf(nodeWord, child * 2);
                }
                nodeScore[child] = Float.NEGATIVE_INFINITY;
                trie.put(key, child);
            }
            node = child;
        }
        nodeScore[node] = (float) Math.max(score, nodeScore[node]);
        nodeWord[node] = String.join("_", syl);
        maxLength = Math.max(maxLength, syl.length);
    }

    /** The words and their scores, in the order given. */
    Map<String, Double> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int nodeCount() {
        return nodes;
    }

    /** The syllables that occur in some word. */
    java.util.Set<String> syllables() {
        return syllableIds.keySet();
    }

    /** The id of a lowercase syllable, or -1 if no known word contains it. */
    int syllableId(String syllable) {
        Integer id = syllableIds.get(syllable);
        return id == null ? -1 : id;
    }

    /** The word of a terminal trie node, syllables joined by '_'. */
    String word(int node) {
        return nodeWord[node];
    }

    /**
     * Segments ids[0, m) (-1 for syllables in no word): fills {@code unitEnd} with the exclusive end of
     * each unit and {@code unitNode} with its terminal trie node (0 for a single syllable); returns the
     * number of units. Arrays must hold m entries.
     */
    int segment(int[] ids, int m, int[] unitEnd, int[] unitNode) {
        return segment(ids, m, unitEnd, unitNode, new Scratch(m));
    }

    /** Reusable work arrays of {@link #segment}; one per thread or call. */
    static final class Scratch {
        int[] cost = new int[0];
        float[] score;
        int[] back;
        int[] backNode;

        Scratch(int m) {
            ensure(m);
        }

        void ensure(int m) {
            if (cost.length > m) return;
            int n = Math.max(m + 1, cost.length * 2);
            cost = new int[n];
            score = new float[n];
            back = new int[n];
            backNode = new int[n];
        }
    }

    /** As {@link #segment(int[], int, int[], int[])}, with caller-owned work arrays. */
    int segment(int[] ids, int m, int[] unitEnd, int[] unitNode, Scratch w) {
        if (m == 0) return 0;
        w.ensure(m);
        int[] cost = w.cost;
        float[] score = w.score;
        int[] back = w.back;
        int[] backNode = w.backNode;
        Arrays.fill(cost, 0, m + 1, Integer.MAX_VALUE);
        cost[0] = 0;
        score[0] = 0;
        for (int i = 0; i < m; i++) {
            int c = cost[i] + 1;
            float s = score[i];
            relax(cost, score, back, backNode, i + 1, c, s, i, 0);
            if (ids[i] < 0) continue;
            int node = rootChild[ids[i]];
            if (node < 0) continue;
            for (int k = i + 1; k < m && k - i < maxLength; k++) {
                if (ids[k] < 0) break;
                node = trie.get((long) node << 32 | ids[k]);
                if (node < 0) break;
                if (nodeScore[node] != Float.NEGATIVE_INFINITY) {
                    relax(cost, score, back, backNode, k + 1, c, s + nodeScore[node], i, node);
                }
            }
        }
        int units = 0;
        for (int p = m; p > 0; p = back[p]) units++;
        int u = units;
        for (int p = m; p > 0; p = back[p]) {
            u--;
            unitEnd[u] = p;
            unitNode[u] = backNode[p];
        }
        return units;
    }

    private static void relax(int[] cost, float[] score, int[] back, int[] backNode, int to, int c, float s,
                              int from, int node) {
        if (c < cost[to] || (c == cost[to] && s > score[to])) {
            cost[to] = c;
            score[to] = s;
            back[to] = from;
            backNode[to] = node;
        }
    }

    /** Segments a list of lowercase syllables; for tests and inspection. */
    List<String> segment(List<String> syllables) {
        int m = syllables.size();
        int[] ids = new int[m];
        for (int i = 0; i < m; i++) ids[i] = syllableId(syllables.get(i));
        int[] ends = new int[m];
        int[] nodesOut = new int[m];
        int units = segment(ids, m, ends, nodesOut);
        List<String> out = new java.util.ArrayList<>(units);
        int start = 0;
        for (int u = 0; u < units; u++) {
            out.add(nodesOut[u] == 0 ? syllables.get(start) : word(nodesOut[u]));
            start = ends[u];
        }
        return out;
    }
}
