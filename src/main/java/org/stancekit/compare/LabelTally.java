package org.stancekit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels counted per group as articles stream by: counts, and sums of the model's probabilities when there are
 * any. Keeps one (group, label) pair per article (two ints) for the permutation test. Not thread-safe.
 */
public final class LabelTally {

    /** One group's running totals. */
    static final class Group {
        final String name;
        long articles;
        final long[] counts;
        final double[] probSum;
        final double[] probSq;

        Group(String name, int k) {
            this.name = name;
            this.counts = new long[k];
            this.probSum = new double[k];
            this.probSq = new double[k];
        }
    }

    private final List<String> labels;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Group> byIndex = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private int[] groupOf = new int[1024];
    private int[] labelOf = new int[1024];
    private int n;
    private boolean probabilities;
    private boolean counted;

    public LabelTally(List<String> labels) {
        if (labels == null || labels.size() < 2) throw new IllegalArgumentException("a comparison needs at least two labels, got " + labels);
        this.labels = List.copyOf(labels);
    }

    public List<String> labels() {
        return labels;
    }

    /** Adds one article of {@code group} with its label and, when a model scored it, its probabilities (else null). */
    public void add(String group, String label, double[] probs) {
        int l = labels.indexOf(label);
        if (l < 0) throw new IllegalArgumentException("label '" + label + "' is not one of " + labels);
        if (probs != null && probs.length != labels.size()) {
            throw new IllegalArgumentException(probs.length + " probabilities for " + labels.size() + " labels");
        }
        if (counted && (probs != null) != probabilities) throw new IllegalArgumentException("every article needs probabilities, or none");
        counted = true;
        probabilities = probs != null;
        Integer gi = index.get(group);
        if (gi == null) {
            gi = byIndex.size();
            index.put(group, gi);
            Group g = new Group(group, labels.size());
            groups.put(group, g);
            byIndex.add(g);
        }
        Group g = byIndex.get(gi);
        g.articles++;
        g.counts[l]++;
        if (probs != null) {
            for (int j = 0; j < probs.length; j++) {
                g.probSum[j] += probs[j];
                g.probSq[j] += probs[j] * probs[j];
            }
        }
        if (n == groupOf.length) {
            groupOf = Arrays.copyOf(groupOf, n * 2);
            labelOf = Arrays.copyOf(labelOf, n * 2);
        }
        groupOf[n] = gi;
        labelOf[n++] = l;
    }

    /** Articles added. */
    public int size() {
        return n;
    }

    /** Whether the labels came with probabilities. */
    public boolean hasProbabilities() {
        return probabilities;
    }

    List<Group> groups() {
        return byIndex;
    }

    int[] groupIndices() {
        return Arrays.copyOf(groupOf, n);
    }

    int[] labelIndices() {
        return Arrays.copyOf(labelOf, n);
    }
}
