package org.stancekit.compare;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Tests of whether the label mix differs between groups: Pearson's chi-squared test of independence on the
 * group x label table, Cramér's V as its effect size, a seeded permutation p-value that stays valid when
 * expected counts are small, and Holm's step-down adjustment for many pairwise tests.
 */
public final class IndependenceTests {

    private IndependenceTests() {
    }

    /** The table without all-zero columns (labels no group has), which the chi-squared test cannot use. */
    public static long[][] dropEmptyColumns(long[][] table) {
        int cols = table[0].length;
        boolean[] keep = new boolean[cols];
        int kept = 0;
        for (int c = 0; c < cols; c++) {
            for (long[] row : table) {
                if (row[c] > 0) {
                    keep[c] = true;
                    kept++;
                    break;
                }
            }
        }
        long[][] out = new long[table.length][kept];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0, j = 0; c < cols; c++) if (keep[c]) out[r][j++] = table[r][c];
        }
        return out;
    }

    /** Pearson's chi-squared statistic of a table with at least two rows and two non-empty columns. */
    public static double statistic(long[][] table) {
        return new ChiSquareTest().chiSquare(table);
    }

    /**
     * The asymptotic p-value of the chi-squared test of independence, computed as the upper tail itself (the
     * regularized upper incomplete gamma function) so that small p-values keep their relative precision instead of
     * collapsing to 0 or to multiples of 1.1e-16 as 1 - cdf does.
     */
    public static double pValue(long[][] table) {
        return upperTail(statistic(table), (table.length - 1) * (table[0].length - 1));
    }

    /** P(X >= x) for X chi-squared with {@code df} degrees of freedom. */
    public static double upperTail(double x, int df) {
        if (df < 1) throw new IllegalArgumentException("chi-squared needs at least one degree of freedom, got " + df);
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** Cramér's V: sqrt(chi2 / (n (min(rows, cols) - 1))), 0 (no association) to 1 (label determined by group). */
    public static double cramersV(double chiSquare, long[][] table) {
        long n = 0;
        for (long[] row : table) for (long v : row) n += v;
        int m = Math.min(table.length, table[0].length) - 1;
        return n == 0 || m == 0 ? 0 : Math.sqrt(chiSquare / (n * (double) m));
    }

    /** Share of cells whose expected count under independence is below 5 (the chi-squared approximation's rule). */
    public static double smallExpectedShare(long[][] table) {
        int rows = table.length, cols = table[0].length;
        long[] rs = new long[rows], cs = new long[cols];
        long n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rs[r] += table[r][c];
                cs[c] += table[r][c];
                n += table[r][c];
            }
        }
        int small = 0;
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) if ((double) rs[r] * cs[c] / n < 5) small++;
        return (double) small / (rows * cols);
    }

    /**
     * Permutation p-value of the chi-squared statistic: the labels are shuffled across articles (group sizes and
     * label totals stay fixed) {@code permutations} times; p = (1 + shuffles at least as extreme) / (1 + shuffles).
     *
     * @param group  each article's row in the table (0..rows-1)
     * @param label  each article's column (0..cols-1)
     */
    public static double permutationP(int[] group, int[] label, int rows, int cols, int permutations, long seed) {
        if (group.length != label.length) throw new IllegalArgumentException("group and label arrays differ in length");
        if (permutations < 1) throw new IllegalArgumentException("need at least one permutation");
        long[][] observed = table(group, label, rows, cols);
        double stat = statistic(dropEmptyColumns(observed));
        int[] shuffled = Arrays.copyOf(label, label.length);
        SplittableRandom rnd = new SplittableRandom(seed);
        int extreme = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            // the same labels are present after shuffling, so the same columns are non-empty
            if (statistic(dropEmptyColumns(table(group, shuffled, rows, cols))) >= stat - 1e-9 * Math.max(1, stat)) extreme++;
        }
        return (1.0 + extreme) / (1.0 + permutations);
    }

    /** The rows x cols count table of (group, label) pairs. */
    public static long[][] table(int[] group, int[] label, int rows, int cols) {
        long[][] t = new long[rows][cols];
        for (int i = 0; i < group.length; i++) t[group[i]][label[i]]++;
        return t;
    }

    /** Holm's step-down adjusted p-values (same order as the input), controlling the family-wise error rate. */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] adj = new double[m];
        double running = 0;
        for (int r = 0; r < m; r++) {
            running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
            adj[order[r]] = running;
        }
        return adj;
    }
}
