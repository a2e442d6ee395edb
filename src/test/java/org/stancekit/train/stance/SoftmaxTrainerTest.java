package org.stancekit.train.stance;

import org.junit.jupiter.api.Test;
import org.stancekit.features.SparseVector;
import org.stancekit.model.LinearModel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multinomial logistic regression: learns separable data, is deterministic, matches a known optimum. */
class SoftmaxTrainerTest {

    private static SparseVector v(float... xs) {
        int[] idx = new int[xs.length];
        for (int i = 0; i < xs.length; i++) idx[i] = i;
        return new SparseVector(idx, xs);
    }

    @Test
    void learnsThreeSeparableClustersDeterministically() {
        SplittableRandom r = new SplittableRandom(3);
        List<SparseVector> x = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        float[][] centres = {{2, 0}, {0, 2}, {-2, -2}};
        for (int i = 0; i < 90; i++) {
            int c = i % 3;
            x.add(v(centres[c][0] + (float) r.nextGaussian() * 0.3f, centres[c][1] + (float) r.nextGaussian() * 0.3f));
            ys.add(c);
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        List<String> labels = List.of("a", "b", "c");
        LinearModel m = new SoftmaxTrainer(1.0, true, 500, 1e-8).train(x, y, labels, 2);
        LinearModel m2 = new SoftmaxTrainer(1.0, true, 500, 1e-8).train(x, y, labels, 2);
        int right = 0;
        for (int i = 0; i < x.size(); i++) {
            double[] p = m.probabilities(x.get(i));
            assertArrayEquals(p, m2.probabilities(x.get(i)));
            if (org.stancekit.eval.PredictionSet.argmax(p) == y[i]) right++;
        }
        assertEquals(90, right);
        assertEquals(LinearModel.Link.SOFTMAX, m.link());
    }

    @Test
    void oneFeatureTwoClassesReachesTheAnalyticOptimum() {
        // two examples x=+1 (class 1) and x=-1 (class 0), C=1, no bias effect by symmetry: the optimum weight
        // difference d = w1 - w0 solves d/2 = 2 * sigmoid(-d) (gradient of 0.5*(w0^2+w1^2) + 2 log(1+e^-d))
        List<SparseVector> x = List.of(v(1f), v(-1f));
        LinearModel m = new SoftmaxTrainer(1.0, false, 1000, 1e-10).train(x, new int[]{1, 0}, List.of("neg", "pos"), 1);
        double d = m.weight(1, 0) - m.weight(0, 0);
        assertEquals(d / 2, 2 / (1 + Math.exp(d)), 1e-4);
        assertTrue(d > 1);
    }

    @Test
    void rejectsEmptyClassesAndBadC() {
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxTrainer(0, true, 10, 1e-6));
        assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer(1, true, 10, 1e-6).train(List.of(v(1f)), new int[]{0}, List.of("a", "b"), 1));
    }
}
