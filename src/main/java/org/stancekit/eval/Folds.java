package org.stancekit.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * Fold assignments for cross-validation. Stratified: every class is shuffled (seeded) and dealt round-robin,
 * so each fold keeps the class proportions. Grouped: whole groups (e.g. outlets) go to one fold, largest
 * group first into the currently smallest fold, so no group is ever on both sides of a split.
 */
public final class Folds {

    private Folds() {
    }

    /** Fold index (0..k-1) of every record, stratified by gold class. */
    public static int[] stratified(int[] gold, int numClasses, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        if (gold.length < k) throw new IllegalArgumentException("cannot make " + k + " folds from " + gold.length + " records: use at most " + gold.length + " folds");
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] byClass = Bootstrap.byClass(gold, numClasses);
        int[] fold = new int[gold.length];
        int next = 0;
        for (int[] members : byClass) {
            int[] m = members.clone();
            for (int i = m.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = m[i];
                m[i] = m[j];
                m[j] = t;
            }
            for (int i : m) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * Stratified folds that keep every group (e.g. copies of the same text) in one fold: groups are shuffled
     * within the class of their first record and dealt round-robin, so no text is on both sides of a split.
     */
    public static int[] stratifiedGrouped(int[] gold, String[] groups, int numClasses, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < gold.length; i++) members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        if (members.size() < k) throw new IllegalArgumentException("cannot make " + k + " folds from " + members.size() + " distinct texts: use at most " + members.size() + " folds");
        List<List<List<Integer>>> byClass = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) byClass.add(new ArrayList<>());
        for (List<Integer> m : members.values()) byClass.get(gold[m.get(0)]).add(m);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] fold = new int[gold.length];
        int next = 0;
        for (List<List<Integer>> cls : byClass) {
            for (int i = cls.size() - 1; i > 0; i--) Collections.swap(cls, i, rng.nextInt(i + 1));
            for (List<Integer> g : cls) {
                for (int i : g) fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /** Fold index of every record such that all records of a group share a fold. */
    public static int[] grouped(String[] groups, int k) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        Map<String, Integer> size = new TreeMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == null) throw new IllegalArgumentException("record " + i + " has no group value; every record needs one for grouped folds");
            size.merge(groups[i], 1, Integer::sum);
        }
        if (size.size() < k) {
            throw new IllegalArgumentException("only " + size.size() + " distinct groups " + size.keySet() + ", cannot make " + k + " grouped folds: use at most " + size.size() + " folds");
        }
        List<Map.Entry<String, Integer>> order = new ArrayList<>(size.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        long[] load = new long[k];
        Map<String, Integer> foldOf = new HashMap<>();
        for (Map.Entry<String, Integer> e : order) {
            int best = 0;
            for (int f = 1; f < k; f++) if (load[f] < load[best]) best = f;
            foldOf.put(e.getKey(), best);
            load[best] += e.getValue();
        }
        int[] fold = new int[groups.length];
        for (int i = 0; i < groups.length; i++) fold[i] = foldOf.get(groups[i]);
        return fold;
    }

    /**
     * Throws when every record of a class lies in one fold: the model of that fold would train without the class.
     * With stratified folds this happens when a class has a single record (or copies of a single text).
     */
    public static void requireEveryClassInTraining(int[] gold, int[] fold, List<String> labels, int k) {
        List<String> small = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            int n = 0, only = -1;
            boolean spread = false;
            for (int i = 0; i < gold.length; i++) {
                if (gold[i] != c) continue;
                n++;
                if (only < 0) only = fold[i];
                else spread |= fold[i] != only;
            }
            if (n > 0 && !spread) small.add("'" + labels.get(c) + "' (" + (n == 1 ? "1 record" : n + " records, all copies of one text") + ")");
        }
        if (small.isEmpty()) return;
        throw new IllegalArgumentException((small.size() == 1 ? "class " + small.get(0) + " is" : "classes " + String.join(", ", small) + " are")
                + " too small for " + k + "-fold cross-validation: the fold that tests " + (small.size() == 1 ? "it" : "each")
                + " would train without it; merge or remove " + (small.size() == 1 ? "the class" : "them")
                + " (cross-validation needs at least 2 distinct texts per class)");
    }

    /** Positions of the records in fold f (test) or not in it (train). */
    public static int[] rows(int[] fold, int f, boolean inFold) {
        int c = 0;
        for (int x : fold) if ((x == f) == inFold) c++;
        int[] out = new int[c];
        int j = 0;
        for (int i = 0; i < fold.length; i++) if ((fold[i] == f) == inFold) out[j++] = i;
        return out;
    }
}
