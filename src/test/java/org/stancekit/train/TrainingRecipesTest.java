package org.stancekit.train;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.config.Configs;
import org.stancekit.train.stance.StanceConfig;
import org.stancekit.train.stance.StanceTrainer;
import org.stancekit.train.weak.RuleSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /**
     * Every YAML file under {@code training/} binds through the code path of the verb that reads it: topic configs as
     * {@code train} loads them, stance configs as {@code train-stance} does (config, then the trainer, which reads the
     * lexicon and the rules file), rules files as {@code weak-label} does. No corpus is read.
     */
    @Test
    void everyShippedConfigLoadsThroughItsVerbsCodePath() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("training"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, files.toString());
        for (Path f : files) {
            JsonNode tree = Configs.readTree(f);
            if (tree.has("rules")) {
                assertFalse(RuleSet.load(f).rules().isEmpty(), f.toString());
            } else if (tree.has("labels")) {
                StanceConfig c = StanceConfig.load(f);
                assertNotNull(new StanceTrainer(c, f, 1, m -> { }).extension(), f.toString());
            } else {
                assertNotNull(TrainConfig.load(f).data(), f.toString());
            }
        }
    }

    @Test
    void stanceRecipesParse() {
        for (String f : new String[]{"stance-vi.yaml", "stance-vi-weak.yaml", "stance-ruwa.yaml", "stance-ruwa-swapped.yaml"}) {
            assertNotNull(StanceConfig.load(Path.of("training", f)).labels(), f);
        }
    }
}
