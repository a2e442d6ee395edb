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
        assertTrue(m.endsWith("unknown key 'model.solvr' (allowed: bias, c, calibration_holdout, class_weight, epsilon, max_iterations, solver)"), m);
    }

    @Test
    void badValueNamesKeyValueAndAllowedValues() throws IOException {
        String m = error("data: {train: t.jsonl}\nmodel: {solver: forest}\n");
        assertTrue(m.endsWith("bad value 'forest' for key 'model.solver' (allowed: svm, logreg, mcsvm)"), m);
        m = error("data: {train: t.jsonl}\nfeatures: {min_df: zero}\n");
        assertTrue(m.contains("features.min_df"), m);
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
