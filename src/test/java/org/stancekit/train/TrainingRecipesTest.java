package org.stancekit.train;

import org.junit.jupiter.api.Test;
import org.stancekit.train.stance.StanceConfig;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The recipes under {@code training/} that the README quotes must keep parsing as the code evolves. */
class TrainingRecipesTest {

    @Test
    void topicRecipesParse() {
        TrainConfig shipped = TrainConfig.load(Path.of("training/topic-vntc.yaml"));
        assertNull(shipped.neural(), "the shipped topic recipe is the SVM alone");
        TrainConfig net = TrainConfig.load(Path.of("training/topic-vntc-net.yaml"));
        assertNotNull(net.neural());
        assertEquals(12_000, net.neural().features());
        assertEquals(shipped.features(), net.features(), "the network variant shares the SVM recipe's features");
        assertEquals(shipped.model(), net.model());
        TrainConfig.load(Path.of("training/tune-stance-vi.yaml"));
    }

    @Test
    void stanceRecipesParse() {
        for (String f : new String[]{"stance-vi.yaml", "stance-vi-weak.yaml", "stance-ruwa.yaml", "stance-ruwa-swapped.yaml"}) {
            assertNotNull(StanceConfig.load(Path.of("training", f)).labels(), f);
        }
    }
}
