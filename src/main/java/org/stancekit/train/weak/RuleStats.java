package org.stancekit.train.weak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-rule diagnostics over a vote matrix: coverage (share of items the rule votes on), overlap (share
 * of items where it votes and another rule votes too), conflict (share where another rule votes a
 * different label), empirical accuracy against gold labels where known, and the label model's learned
 * accuracy.
 */
public record RuleStats(String name, String label, int items, double coverage, double overlap, double conflict,
                        int goldVotes, double empiricalAccuracy, double learnedAccuracy) {

    /**
     * Computes the table. {@code gold[i]} is the gold label index of item i or -1 when unknown;
     * {@code model} may be null (learned accuracy then NaN).
     */
    public static List<RuleStats> compute(List<LabelingFunction> fns, List<String> labels, int[][] votes, int[] gold,
                                          DawidSkene model) {
        int n = votes.length;
        List<RuleStats> out = new ArrayList<>();
        for (int j = 0; j < fns.size(); j++) {
            int cov = 0, ovl = 0, con = 0, gv = 0, gc = 0;
            for (int i = 0; i < n; i++) {
                int v = votes[i][j];
                if (v < 0) continue;
                cov++;
                boolean o = false, c = false;
                for (int k = 0; k < votes[i].length; k++) {
                    if (k == j || votes[i][k] < 0) continue;
                    o = true;
                    if (votes[i][k] != v) c = true;
                }
                if (o) ovl++;
                if (c) con++;
                if (gold != null && gold[i] >= 0) {
                    gv++;
                    if (gold[i] == v) gc++;
                }
            }
            out.add(new RuleStats(fns.get(j).name(), labels.get(fns.get(j).label()), n, n == 0 ? 0 : cov / (double) n,
                    n == 0 ? 0 : ovl / (double) n, n == 0 ? 0 : con / (double) n, gv, gv == 0 ? Double.NaN : gc / (double) gv,
                    model == null ? Double.NaN : model.accuracy(j)));
        }
        return out;
    }

    /** A plain-text table, one row per rule. */
    public static String table(List<RuleStats> stats) {
        int w = Math.max(4, stats.stream().mapToInt(s -> s.name().length()).max().orElse(4));
        int lw = Math.max(5, stats.stream().mapToInt(s -> s.label().length()).max().orElse(5));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-" + lw + "s  %8s  %8s  %8s  %9s  %8s  %8s%n",
                "rule", "label", "coverage", "overlap", "conflict", "gold_n", "emp_acc", "lm_acc"));
        for (RuleStats s : stats) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-" + lw + "s  %8.3f  %8.3f  %8.3f  %9d  %8s  %8s%n",
                    s.name(), s.label(), s.coverage(), s.overlap(), s.conflict(), s.goldVotes(),
                    fmt(s.empiricalAccuracy()), fmt(s.learnedAccuracy())));
        }
        return sb.toString();
    }

    private static String fmt(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }
}
