package org.stancekit.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainConfigTest {

    @TempDir
    Path dir;

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, yaml);
        return assertThrows(ConfigException.class, () -> TrainConfig.load(f)).getMessage();
    }

    @Test
    void unknownKeyNamesTheKeyAndTheAllowedOnes() throws IOException {
        String m = error("data: {train: t.jsonl}\nmodel: {solvr: svm}\n");
        assertTrue(m.endsWith("unknown key 'model.solvr' (allowed: bias, c, calibration_holdout, class_weight, epsilon, max_iterations, solver; see docs/config.md)"), m);
    }

    @Test
    void badValueNamesKeyValueAndAllowedValues() throws IOException {
        String m = error("data: {train: t.jsonl}\nmodel: {solver: forest}\n");
        assertTrue(m.endsWith("bad value 'forest' for key 'model.solver' (allowed: svm, logreg, mcsvm)"), m);
        m = error("data: {train: t.jsonl}\nfeatures: {min_df: zero}\n");
        assertTrue(m.contains("features.min_df"), m);
    }

    @Test
    void neuralSectionIsValidatedKeyByKey() throws IOException {
        String m = error("data: {train: t.jsonl}\nneural: {weight: 2}\n");
        assertTrue(m.endsWith("bad value '2.0' for key 'neural.weight' (allowed: a number in (0, 1])"), m);
        m = error("data: {train: t.jsonl}\nneural: {hiden: 64}\n");
        assertTrue(m.contains("unknown key 'neural.hiden' (allowed: batch_size, dropout, epochs, features, hidden, l2, learning_rate, weight; see docs/config.md)"), m);
        Path f = dir.resolve("n.yaml");
        Files.writeString(f, "data: {train: t.jsonl}\nneural: {hidden: 32}\n");
        NeuralConfig n = TrainConfig.load(f).neural();
        assertEquals(32, n.hidden());
        assertEquals(12_000, n.features());
        assertEquals(4, n.epochs());
        assertEquals(0.5, n.weight());
    }

    @Test
    void missingDataSectionAndEmptyFile() throws IOException {
        assertTrue(error("seed: 3\n").contains("'data'"));
        assertTrue(error("").endsWith("the file is empty"));
    }

    @Test
    void defaultsAndRelativePaths() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, "data: {train: ../d/train.jsonl}\n");
        TrainConfig c = TrainConfig.load(f);
        assertEquals(42L, c.seed());
        assertEquals("svm", c.model().solver());
        assertEquals(dir.getParent().resolve("d/train.jsonl"), TrainConfig.resolve(f, c.data().train()));
    }
}
