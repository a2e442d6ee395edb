package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.stancekit.eval.PredictionSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** compare-models lines up model B's predictions with A's records and label order before testing. */
class CompareAlignTest {

    @Test
    void reordersRecordsAndLabels() {
        PredictionSet a = new PredictionSet(List.of("x", "y"), new int[]{0, 1, 1}, new int[]{0, 0, 1},
                new double[][]{{0.9, 0.1}, {0.6, 0.4}, {0.2, 0.8}}, new String[]{"r1", "r2", "r3"}, null);
        // B lists the labels as [y, x] and the records as r3, r1, r2
        PredictionSet b = new PredictionSet(List.of("y", "x"), new int[]{0, 1, 0}, new int[]{0, 1, 0},
                new double[][]{{0.7, 0.3}, {0.2, 0.8}, {0.55, 0.45}}, new String[]{"r3", "r1", "r2"}, null);
        PredictionSet aligned = CompareModelsCommand.aligned(a, b, "b.jsonl");
        assertEquals(List.of("x", "y"), aligned.labels());
        assertArrayEquals(a.gold(), aligned.gold());
        assertArrayEquals(new int[]{0, 1, 1}, aligned.pred());
        assertArrayEquals(new double[]{0.8, 0.2}, aligned.probs()[0], 1e-12);
        assertArrayEquals(new double[]{0.45, 0.55}, aligned.probs()[1], 1e-12);
        assertArrayEquals(new double[]{0.3, 0.7}, aligned.probs()[2], 1e-12);
    }

    @Test
    void refusesDifferentGoldOrMissingRecords() {
        PredictionSet a = PredictionSet.of(List.of("x", "y"), new int[]{0, 1}, new int[]{0, 1});
        PredictionSet a2 = new PredictionSet(a.labels(), a.gold(), a.pred(), null, new String[]{"r1", "r2"}, null);
        PredictionSet wrongGold = new PredictionSet(List.of("x", "y"), new int[]{1, 1}, new int[]{0, 1}, null, new String[]{"r1", "r2"}, null);
        var e = assertThrows(IllegalArgumentException.class, () -> CompareModelsCommand.aligned(a2, wrongGold, "b.jsonl"));
        assertTrue(e.getMessage().contains("record 'r1' has a different gold label"), e.getMessage());
        PredictionSet other = new PredictionSet(List.of("x", "y"), new int[]{0, 1}, new int[]{0, 1}, null, new String[]{"r1", "r9"}, null);
        e = assertThrows(IllegalArgumentException.class, () -> CompareModelsCommand.aligned(a2, other, "b.jsonl"));
        assertTrue(e.getMessage().contains("no prediction for record 'r2'"), e.getMessage());
    }
}
