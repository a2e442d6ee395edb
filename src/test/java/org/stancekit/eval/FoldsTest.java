package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class FoldsTest {

    @Test
    void stratifiedFoldsKeepClassProportions() {
        int[] gold = new int[100];
        for (int i = 0; i < 100; i++) gold[i] = i < 70 ? 0 : 1;
        int[] fold = Folds.stratified(gold, 2, 5, 3);
        for (int f = 0; f < 5; f++) {
            int[] test = Folds.rows(fold, f, true);
            assertEquals(20, test.length);
            long ones = java.util.Arrays.stream(test).filter(i -> gold[i] == 1).count();
            assertEquals(6, ones, "fold " + f);
            assertEquals(80, Folds.rows(fold, f, false).length);
        }
        assertArrayEquals(fold, Folds.stratified(gold, 2, 5, 3), "seeded");
        assertFalse(java.util.Arrays.equals(fold, Folds.stratified(gold, 2, 5, 4)));
    }

    @Test
    void groupedFoldsNeverSplitAGroup() {
        String[] groups = {"VNE", "VNE", "VNE", "VNE", "TT", "TT", "TT", "NLD", "NLD", "TN"};
        int[] fold = Folds.grouped(groups, 3);
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int i = 0; i < groups.length; i++) seen.computeIfAbsent(groups[i], g -> new HashSet<>()).add(fold[i]);
        seen.values().forEach(s -> assertEquals(1, s.size()));
        // VNE (4) -> fold 0, TT (3) -> fold 1, NLD (2) -> fold 2, TN (1) -> fold 2 (lightest)
        assertEquals(0, fold[0]);
        assertEquals(1, fold[4]);
        assertEquals(2, fold[7]);
        assertEquals(2, fold[9]);
        var ex = assertThrows(IllegalArgumentException.class, () -> Folds.grouped(groups, 5));
        assertTrue(ex.getMessage().startsWith("only 4 distinct groups"), ex.getMessage());
    }

    @Test
    void duplicatesStayInOneFold() {
        int[] gold = new int[60];
        String[] text = new String[60];
        for (int i = 0; i < 60; i++) {
            gold[i] = i % 2;
            text[i] = i < 10 ? "copy-" + (i % 2) : "text-" + i;   // records 0,2,4,6,8 share a text, as do 1,3,5,7,9
        }
        int[] fold = Folds.stratifiedGrouped(gold, text, 2, 5, 1);
        for (int i = 2; i < 10; i++) assertEquals(fold[i % 2], fold[i], "copies of a text share a fold");
        int[] sizes = new int[5];
        for (int f : fold) sizes[f]++;
        for (int s : sizes) assertTrue(s >= 8 && s <= 16, "fold sizes stay balanced: " + java.util.Arrays.toString(sizes));
    }

    @Test
    void cvSummaryGivesMeanAndSampleSd() {
        List<String> labels = List.of("a", "b");
        Evaluation e1 = Evaluator.evaluate(PredictionSet.of(labels, new int[]{0, 1}, new int[]{0, 1}), EvalOptions.DEFAULTS.withResamples(0));
        Evaluation e2 = Evaluator.evaluate(PredictionSet.of(labels, new int[]{0, 1}, new int[]{0, 0}), EvalOptions.DEFAULTS.withResamples(0));
        PredictionSet pooled = PredictionSet.of(labels, new int[]{0, 1, 0, 1}, new int[]{0, 1, 0, 0});
        CvResult cv = new CvResult("stratified", List.of(new CvResult.Fold(0, 2, List.of(), e1), new CvResult.Fold(1, 2, List.of(), e2)),
                Evaluator.evaluate(pooled, EvalOptions.DEFAULTS.withResamples(0)), pooled);
        CvResult.Summary acc = cv.summary().get("accuracy");
        assertEquals(0.75, acc.mean(), 1e-12);
        assertEquals(Math.sqrt(0.125), acc.sd(), 1e-12, "sample sd of 1.0 and 0.5");
        assertEquals(0.75, cv.toJson().get("summary").get("accuracy").get("mean").asDouble(), 1e-12);
        assertEquals(2, cv.toJson().get("per_fold").size());
    }
}
