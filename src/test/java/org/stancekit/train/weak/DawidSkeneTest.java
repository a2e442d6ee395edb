package org.stancekit.train.weak;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The label model recovers known rule accuracies and class priors from synthetic votes, without gold labels. */
class DawidSkeneTest {

    private static final double[] PRIOR = {0.5, 0.3, 0.2};
    private static final double[] ACC = {0.90, 0.80, 0.70, 0.60, 0.85, 0.75, 0.65};
    private static final double[] COVERAGE = {0.6, 0.5, 0.7, 0.8, 0.3, 0.4, 0.9};

    private static int sample(double[] p, SplittableRandom r) {
        double u = r.nextDouble(), s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            if (u < s) return i;
        }
        return p.length - 1;
    }

    private static int[][] synthetic(int n, int[] truth, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] votes = new int[n][ACC.length];
        for (int i = 0; i < n; i++) {
            truth[i] = sample(PRIOR, r);
            for (int j = 0; j < ACC.length; j++) {
                if (r.nextDouble() >= COVERAGE[j]) {
                    votes[i][j] = LabelingFunction.ABSTAIN;
                } else if (r.nextDouble() < ACC[j]) {
                    votes[i][j] = truth[i];
                } else {
                    int wrong = r.nextInt(PRIOR.length - 1);
                    votes[i][j] = wrong >= truth[i] ? wrong + 1 : wrong;
                }
            }
        }
        return votes;
    }

    @Test
    void recoversRuleAccuraciesAndPriors() {
        int n = 20000;
        int[] truth = new int[n];
        int[][] votes = synthetic(n, truth, 7);
        DawidSkene ds = DawidSkene.fit(votes, 3, LabelModelConfig.defaults());
        for (int j = 0; j < ACC.length; j++) {
            assertEquals(ACC[j], ds.accuracy(j), 0.02, "rule " + j + " accuracy");
        }
        double[] prior = ds.prior();
        for (int c = 0; c < PRIOR.length; c++) assertEquals(PRIOR[c], prior[c], 0.02, "prior of class " + c);
        for (int j = 0; j < ACC.length; j++) assertEquals(COVERAGE[j], ds.coverage(j), 0.02);
        // the posterior beats a plain majority vote
        int dsRight = 0, mvRight = 0;
        for (int i = 0; i < n; i++) {
            double[] p = ds.predictProba(votes[i]);
            int best = 0;
            for (int c = 1; c < 3; c++) if (p[c] > p[best]) best = c;
            if (best == truth[i]) dsRight++;
            int[] counts = new int[3];
            for (int v : votes[i]) if (v >= 0) counts[v]++;
            int mv = 0;
            for (int c = 1; c < 3; c++) if (counts[c] > counts[mv]) mv = c;
            if (mv == truth[i]) mvRight++;
        }
        assertTrue(dsRight > mvRight, "label model " + dsRight + " vs majority " + mvRight);
    }

    @Test
    void sameSeedSameModel() {
        int[] truth = new int[2000];
        int[][] votes = synthetic(2000, truth, 3);
        DawidSkene a = DawidSkene.fit(votes, 3, LabelModelConfig.defaults());
        DawidSkene b = DawidSkene.fit(votes, 3, LabelModelConfig.defaults());
        assertArrayEquals(a.prior(), b.prior());
        assertArrayEquals(a.predictProba(votes[5]), b.predictProba(votes[5]));
    }

    @Test
    void allAbstainGivesThePrior() {
        int[] truth = new int[3000];
        int[][] votes = synthetic(3000, truth, 11);
        DawidSkene ds = DawidSkene.fit(votes, 3, LabelModelConfig.defaults());
        int[] none = new int[ACC.length];
        java.util.Arrays.fill(none, LabelingFunction.ABSTAIN);
        double[] p = ds.predictProba(none);
        // abstaining everywhere carries no evidence: the posterior is the learned prior
        assertArrayEquals(ds.prior(), p, 1e-12);
    }

    @Test
    void badVotesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DawidSkene.fit(new int[][]{{0, 5}}, 3, LabelModelConfig.defaults()));
        assertThrows(IllegalArgumentException.class, () -> DawidSkene.fit(new int[0][], 3, LabelModelConfig.defaults()));
    }
}
