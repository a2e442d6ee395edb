package org.stancekit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The result of comparing groups (outlets, periods): each group's label shares with intervals, a test of whether
 * the label mix differs between groups, pairwise tests, and each group's distinctive terms.
 *
 * @param labels  the label set, in the model's (or the user's) order
 * @param groups  every group, tested or not, in display order
 * @param test    the test over the tested groups, or null when fewer than two groups qualify
 * @param pairs   pairwise tests between tested groups (empty when skipped; see {@code pairsNote})
 * @param terms   distinctive terms per group (empty when term counting was off)
 * @param notes   plain-language caveats (small groups left out, small expected counts, skipped pairs)
 */
public record Comparison(List<String> labels, long articles, boolean probabilities, double confidence, List<GroupShares> groups,
                         Test test, List<Pair> pairs, Map<String, List<DistinctiveTerms.Term>> terms, List<String> notes,
                         Correction correction) {

    /**
     * One label's share in one group: articles given the label, its Wilson interval, the mean probability with its
     * interval, and the share corrected for the model's errors with its interval (NaN when not computed).
     */
    public record Share(String label, long count, double share, double low, double high,
                       double meanProbability, double meanLow, double meanHigh,
                       double adjusted, double adjustedLow, double adjustedHigh) {
    }

    /** The validation confusion matrix (counts; rows true, columns predicted, in label order) behind corrected shares, and where it came from. */
    public record Correction(String source, long[][] confusion) {

        /**
         * The confusion matrix a model file's manifest carries in its metrics (cross-validation first, else a held-out
         * test), re-ordered to {@code labels}; empty when there is none covering every label with at least one article.
         */
        public static Optional<Correction> fromManifest(com.fasterxml.jackson.databind.JsonNode manifest, List<String> labels) {
            com.fasterxml.jackson.databind.JsonNode metrics = manifest.path("metrics");
            for (String set : List.of("cv", "test")) {
                com.fasterxml.jackson.databind.JsonNode conf = metrics.path(set).path("confusion");
                if (!conf.has("labels") || !conf.has("matrix")) continue;
                List<String> names = new ArrayList<>();
                conf.get("labels").forEach(l -> names.add(l.asText()));
                if (!names.containsAll(labels) || names.size() != labels.size()) continue;
                int k = labels.size();
                long[][] c = new long[k][k];
                boolean everyRow = true;
                long n = 0;
                for (int g = 0; g < k; g++) {
                    com.fasterxml.jackson.databind.JsonNode row = conf.get("matrix").get(names.indexOf(labels.get(g)));
                    long total = 0;
                    for (int p = 0; p < k; p++) {
                        c[g][p] = row.get(names.indexOf(labels.get(p))).asLong();
                        total += c[g][p];
                    }
                    everyRow &= total > 0;
                    n += total;
                }
                if (!everyRow) continue;
                String what = set.equals("cv") ? "cross-validation" : "held-out test";
                return Optional.of(new Correction(String.format(Locale.ROOT, "the model's %s confusion matrix (%,d articles)", what, n), c));
            }
            return Optional.empty();
        }
    }

    /** One group: its size, whether it entered the tests, and the share of every label. */
    public record GroupShares(String group, long articles, boolean tested, List<Share> shares, Boolean correctionConsistent) {
    }

    /**
     * Chi-squared test of independence of group and label over the tested groups (labels no tested article has
     * are left out): statistic, degrees of freedom, asymptotic and permutation p-values, Cramér's V, and the share
     * of cells with expected count below 5.
     */
    public record Test(int groups, int labels, long articles, double chiSquare, int df, double pValue, Double permutationP,
                       int permutations, double cramersV, double smallExpectedShare) {
    }

    /**
     * Chi-squared test between two groups' label mixes, with its Holm-adjusted p-value across all pairs; {@code permutation}
     * is true when the p-value is a permutation p-value (the pair's table has too many small expected counts for the
     * chi-squared approximation, and permutations were asked for).
     */
    public record Pair(String a, String b, double chiSquare, double pValue, double pHolm, boolean permutation) {
    }

    /** Compares the tallied groups (and their term counts, when given) under the options. */
    public static Comparison of(LabelTally tally, TermCounts termCounts, CompareOptions o, boolean chronological) {
        return of(tally, termCounts, o, chronological, null);
    }

    /** Same, also correcting each group's shares for the classifier's errors measured in {@code correction} (null: no correction). */
    public static Comparison of(LabelTally tally, TermCounts termCounts, CompareOptions o, boolean chronological, Correction correction) {
        List<String> labels = tally.labels();
        int k = labels.size();
        List<LabelTally.Group> gs = new ArrayList<>(tally.groups());
        Comparator<LabelTally.Group> order = chronological ? Comparator.comparing(g -> g.name)
                : Comparator.comparingLong((LabelTally.Group g) -> -g.articles).thenComparing(g -> g.name);
        gs.sort(order);
        List<String> notes = new ArrayList<>();
        List<GroupShares> shares = new ArrayList<>();
        List<LabelTally.Group> tested = new ArrayList<>();
        List<String> small = new ArrayList<>();
        List<String> misfits = new ArrayList<>();
        for (LabelTally.Group g : gs) {
            boolean unknown = g.name.startsWith("(no ");
            boolean ok = !unknown && g.articles >= o.minArticles();
            if (ok) tested.add(g);
            else if (!unknown) small.add(g.name);
            List<Share> s = new ArrayList<>(k);
            AdjustedShares.Estimate adj = correction == null ? null
                    : AdjustedShares.estimate(correction.confusion(), g.counts, o.resamples(), o.seed(), o.confidence());
            for (int j = 0; j < k; j++) {
                double[] w = Proportions.wilson(g.counts[j], g.articles, o.confidence());
                double mean = Double.NaN, ml = Double.NaN, mh = Double.NaN;
                if (tally.hasProbabilities()) {
                    double[] m = Proportions.meanInterval(g.probSum[j], g.probSq[j], g.articles, o.confidence());
                    mean = g.probSum[j] / g.articles;
                    ml = m[0];
                    mh = m[1];
                }
                s.add(new Share(labels.get(j), g.counts[j], (double) g.counts[j] / g.articles, w[0], w[1], mean, ml, mh,
                        adj == null ? Double.NaN : adj.shares()[j], adj == null ? Double.NaN : adj.low()[j], adj == null ? Double.NaN : adj.high()[j]));
            }
            shares.add(new GroupShares(g.name, g.articles, ok, List.copyOf(s), adj == null ? null : adj.consistent()));
            if (adj != null && !adj.consistent()) misfits.add(g.name);
        }
        if (!small.isEmpty()) {
            notes.add(small.size() + " group(s) with fewer than " + o.minArticles() + " articles left out of the tests: " + String.join(", ", small));
        }
        if (gs.stream().anyMatch(g -> g.name.startsWith("(no "))) notes.add("articles without a group value are shown but not tested");
        if (!misfits.isEmpty()) {
            notes.add("corrected shares are unreliable for " + String.join(", ", misfits) + ": the model's predictions there are very unlikely under"
                    + " its validation error rates (misfit beyond the 99th percentile), so it probably errs differently on these articles");
        }
        Test test = null;
        List<Pair> pairs = new ArrayList<>();
        if (tested.size() >= 2) {
            long[][] table = new long[tested.size()][];
            for (int r = 0; r < tested.size(); r++) table[r] = tested.get(r).counts.clone();
            long[][] t = IndependenceTests.dropEmptyColumns(table);
            if (t[0].length >= 2) {
                test = test(tally, tested, t, o);
                if (test.smallExpectedShare() > 0.2) {
                    notes.add(String.format(Locale.ROOT, "%.0f%% of the table's cells expect fewer than 5 articles: %s",
                            100 * test.smallExpectedShare(), o.permutations() > 0 ? "read the permutation p-value, not the chi-squared one"
                                    : "the chi-squared p-value is unreliable; run with --permutations (e.g. 2000) for one that is not"));
                }
                pairs = pairs(tally, tested, o, notes);
            } else {
                notes.add("every tested article has the same label: nothing to test");
            }
        } else {
            notes.add("fewer than two groups with " + o.minArticles() + " or more articles: no test");
        }
        Map<String, List<DistinctiveTerms.Term>> terms = new LinkedHashMap<>();
        if (termCounts != null && o.terms() > 0) {
            double zc = Proportions.z(o.confidence());
            for (GroupShares g : shares) {
                if (g.tested()) terms.put(g.group(), DistinctiveTerms.of(termCounts, g.group(), o.terms(), o.minTermCount(), zc));
            }
        }
        return new Comparison(labels, tally.size(), tally.hasProbabilities(), o.confidence(), List.copyOf(shares), test,
                List.copyOf(pairs), terms, List.copyOf(notes), correction);
    }

    private static Test test(LabelTally tally, List<LabelTally.Group> tested, long[][] t, CompareOptions o) {
        double chi = IndependenceTests.statistic(t);
        double p = IndependenceTests.pValue(t);
        Double permP = null;
        long n = 0;
        for (long[] row : t) for (long v : row) n += v;
        if (o.permutations() > 0) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int r = 0; r < tested.size(); r++) row.put(tested.get(r).name, r);
            List<LabelTally.Group> all = tally.groups();
            int[] gi = tally.groupIndices(), li = tally.labelIndices();
            int m = 0;
            int[] g2 = new int[gi.length], l2 = new int[gi.length];
            for (int i = 0; i < gi.length; i++) {
                Integer r = row.get(all.get(gi[i]).name);
                if (r == null) continue;
                g2[m] = r;
                l2[m++] = li[i];
            }
            permP = IndependenceTests.permutationP(Arrays.copyOf(g2, m), Arrays.copyOf(l2, m), tested.size(),
                    tally.labels().size(), o.permutations(), o.seed());
        }
        return new Test(t.length, t[0].length, n, chi, (t.length - 1) * (t[0].length - 1), p, permP, o.permutations(),
                IndependenceTests.cramersV(chi, t), IndependenceTests.smallExpectedShare(t));
    }

    private static List<Pair> pairs(LabelTally tally, List<LabelTally.Group> tested, CompareOptions o, List<String> notes) {
        if (tested.size() > o.maxPairGroups()) {
            notes.add(tested.size() + " tested groups: pairwise tests skipped (at most " + o.maxPairGroups() + ")");
            return List.of();
        }
        List<String[]> names = new ArrayList<>();
        List<double[]> stats = new ArrayList<>();
        List<String> rough = new ArrayList<>();
        List<Boolean> permuted = new ArrayList<>();
        for (int a = 0; a < tested.size(); a++) {
            for (int b = a + 1; b < tested.size(); b++) {
                long[][] t = IndependenceTests.dropEmptyColumns(new long[][]{tested.get(a).counts, tested.get(b).counts});
                double chi = t[0].length < 2 ? 0 : IndependenceTests.statistic(t);
                double p = t[0].length < 2 ? 1 : IndependenceTests.pValue(t);
                boolean small = t[0].length >= 2 && IndependenceTests.smallExpectedShare(t) > 0.2;
                if (small) {
                    rough.add(tested.get(a).name + " vs " + tested.get(b).name);
                    if (o.permutations() > 0) p = pairPermutationP(tally, tested.get(a), tested.get(b), o, o.seed() + names.size());
                }
                permuted.add(small && o.permutations() > 0);
                names.add(new String[]{tested.get(a).name, tested.get(b).name});
                stats.add(new double[]{chi, p});
            }
        }
        if (!rough.isEmpty()) {
            String what = o.permutations() > 0
                    ? String.format(Locale.ROOT, "their p-values are permutation p-values (%,d shuffles each; marked † in report.md)", o.permutations())
                    : "their chi-squared p-values are rough; run with --permutations (e.g. 2000) for permutation p-values";
            notes.add(String.format(Locale.ROOT, "in %d of %d pairs more than 20%% of the cells expect fewer than 5 articles, so %s: %s",
                    rough.size(), names.size(), what, String.join(", ", rough)));
        }
        double[] raw = stats.stream().mapToDouble(s -> s[1]).toArray();
        double[] adj = IndependenceTests.holm(raw);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) out.add(new Pair(names.get(i)[0], names.get(i)[1], stats.get(i)[0], raw[i], adj[i], permuted.get(i)));
        return out;
    }

    /** Permutation p-value of the chi-squared statistic of two groups' articles (labels shuffled between them). */
    private static double pairPermutationP(LabelTally tally, LabelTally.Group a, LabelTally.Group b, CompareOptions o, long seed) {
        List<LabelTally.Group> all = tally.groups();
        int[] gi = tally.groupIndices(), li = tally.labelIndices();
        int n = (int) (a.articles + b.articles), m = 0;
        int[] g2 = new int[n], l2 = new int[n];
        for (int i = 0; i < gi.length; i++) {
            LabelTally.Group g = all.get(gi[i]);
            if (g != a && g != b) continue;
            g2[m] = g == a ? 0 : 1;
            l2[m++] = li[i];
        }
        return IndependenceTests.permutationP(g2, l2, 2, tally.labels().size(), o.permutations(), seed);
    }
}
