package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mistakes a new user makes with a copied training config get errors that say what to write instead. */
class NewUserTrainingTest {

    private static final String DATA = """
            {"id": "s1", "topic": "sport", "text": "bóng đá cầu thủ trận đấu"}
            {"id": "s2", "topic": "sport", "text": "cầu thủ ghi bàn thắng"}
            {"id": "e1", "topic": "economy", "text": "lãi suất ngân hàng tăng"}
            {"id": "e2", "topic": "economy", "text": "cổ phiếu ngân hàng giảm"}
            """;

    private static Path config(Path dir, String train, String labelField, String model) throws Exception {
        Files.createDirectories(dir.resolve("configs"));
        return Files.writeString(dir.resolve("configs/my.yaml"), "task: topic\ndata:\n  train: " + train + "\n  label_field: " + labelField
                + "\nfeatures:\n  min_df: 1\nmodel:\n  solver: svm\n" + model + "seed: 1\noutput: my.zip\n");
    }

    @Test
    void aDataPathWrittenRelativeToTheCurrentFolderIsExplained(@TempDir Path dir) throws Exception {
        // pom.xml exists in the tests' working folder (the repository root), not beside the config
        Path cfg = config(dir, "pom.xml", "topic", "");
        String rel = dir.resolve("configs").toAbsolutePath().normalize().relativize(Path.of("pom.xml").toAbsolutePath().normalize()).toString();
        String expected = "config error: " + cfg + ": data.train: " + dir.resolve("configs/pom.xml").toAbsolutePath().normalize()
                + " does not exist (paths in a config are relative to the config file's folder); for the file pom.xml in the current folder write '"
                + rel + "' or an absolute path";
        CliRun r = CliRun.of("train", "--config", cfg.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit train: " + expected, r.err().strip());
        assertEquals("stancekit cv: " + expected, CliRun.of("cv", "--config", cfg.toString()).err().strip());
        Path nowhere = config(dir, "nowhere.jsonl", "topic", "");
        assertEquals("stancekit train: config error: " + nowhere + ": data.train: " + dir.resolve("configs/nowhere.jsonl").toAbsolutePath().normalize()
                + " does not exist (paths in a config are relative to the config file's folder)", CliRun.of("train", "--config", nowhere.toString()).err().strip());
    }

    @Test
    void aWrongLabelFieldNamesTheFieldsTheRecordsHave(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("train.jsonl"), DATA);
        Path cfg = config(dir, "../train.jsonl", "label", "");
        CliRun r = CliRun.of("train", "--config", cfg.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit train: " + data.toAbsolutePath().normalize() + ": no record has a label in field 'label'; the records have 'topic' (4 records): "
                + "name the label field with data.label_field in a training config or --label-field", r.err().strip());
    }

    @Test
    void aCalibrationHoldoutLargerThanTheDataNamesItsKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("train.jsonl"), DATA);
        Path cfg = config(dir, "../train.jsonl", "topic", "  calibration_holdout: 0.1\n");
        CliRun r = CliRun.of("train", "--config", cfg.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit train: model.calibration_holdout 0.1 holds out 1 in 10 training records, but there are only 4: "
                + "set it to 0 (no calibration) or give more training data", r.err().strip());
        Path ok = config(dir, "../train.jsonl", "topic", "");
        assertEquals(0, CliRun.of("train", "--config", ok.toString()).code());
        assertEquals(true, Files.exists(dir.resolve("configs/my.zip")));
    }

    @Test
    void aLabelledCsvTrainsAndEvaluatesLikeJsonl(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("coded.csv"), "\uFEFFid,text,topic\r\n"
                + "s1,\"bóng đá, cầu thủ, trận đấu\",sport\r\ns2,cầu thủ ghi bàn thắng,sport\r\n"
                + "e1,\"lãi suất \"\"ngân hàng\"\" tăng\",economy\r\ne2,cổ phiếu ngân hàng giảm,economy\r\n");
        Files.createDirectories(dir.resolve("configs"));
        Path cfg = Files.writeString(dir.resolve("configs/my.yaml"), "task: topic\ndata:\n  train: ../coded.csv\n  test: ../coded.csv\n"
                + "  label_field: topic\nfeatures:\n  min_df: 1\nseed: 1\noutput: my.zip\n");
        CliRun r = CliRun.of("train", "--config", cfg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("test:         n=4  accuracy=1.0000  macro-F1=1.0000\n"
                + "test (dedup): n=0  (all 4 test texts are also in the training data)\n"
                + "wrote " + dir.resolve("configs/my.zip").toAbsolutePath().normalize() + " (32 features, 2 labels) in ", r.out().strip().replaceFirst("in [0-9.]+ s$", "in "));
        CliRun e = CliRun.of("evaluate", "--model", dir.resolve("configs/my.zip").toString(), "--data", csv.toString(), "--no-leakage",
                "--bootstrap", "0", "--report", dir.resolve("ev").toString());
        assertEquals(0, e.code(), e.err());
        assertEquals(4, Files.readAllLines(dir.resolve("ev/predictions.jsonl")).size());
    }

    @Test
    void tooManyFoldsSaysHowManyTheDataAllows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("train.jsonl"), DATA);
        Path cfg = config(dir, "../train.jsonl", "topic", "");
        CliRun r = CliRun.of("cv", "--config", cfg.toString(), "--folds", "5", "--bootstrap", "0", "--report", dir.resolve("cv").toString());
        assertEquals(1, r.code());
        assertEquals("stancekit cv: cannot make 5 folds from 4 distinct texts: use at most 4 folds", r.err().strip());
    }

    @Test
    void theTrainingLogCountsEachClassAndNamesTheTooSmallOnes(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("train.jsonl"), DATA + "{\"id\": \"w1\", \"topic\": \"weather\", \"text\": \"mưa bão lũ lụt\"}\n");
        Path cfg = config(dir, "../train.jsonl", "topic", "");
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        CliRun r;
        try {
            System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
            r = CliRun.of("train", "--config", cfg.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, r.code(), r.err());
        List<String> lines = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        String file = data.toAbsolutePath().normalize().toString();
        assertEquals(file + ": 5 labelled records (economy 2, sport 2, weather 1)", lines.get(1));
        assertEquals("warning: " + file + ": fewer than 5 records for 'economy' (2), 'sport' (2), 'weather' (1): too few to learn or measure reliably",
                lines.get(2));
    }

    @Test
    void anOutputFolderReceivesTheModelNamedAfterTheConfig(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("train.jsonl"), DATA);
        Path cfg = config(dir, "../train.jsonl", "topic", "");
        Path models = Files.createDirectories(dir.resolve("models"));
        CliRun r = CliRun.of("train", "--config", cfg.toString(), "-o", models.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(true, Files.isRegularFile(models.resolve("my.zip")), r.out());
        assertEquals(true, r.out().contains("wrote " + models.resolve("my.zip") + " ("), r.out());
    }
}
