package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.TestData;
import org.stancekit.config.Configs;
import org.stancekit.model.ModelFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test records whose gold label the model does not know count as errors (as scikit-learn counts them), in
 * evaluate, in train's test evaluation and in compare-models; a test set with no known label at all is an error.
 */
class UnknownLabelsTest {

    @TempDir
    static Path tmp;
    static Path model;
    /** The 3 records of topic/test.jsonl (all predicted right) and 2 of a label the model never saw. */
    static Path mixed;

    @BeforeAll
    static void setUp() throws IOException {
        model = tmp.resolve("topic.zip");
        CliRun r = CliRun.of("train", "--config", TestData.resource("topic/tiny.yaml").toString(), "-o", model.toString());
        assertEquals(0, r.code(), r.err());
        mixed = tmp.resolve("mixed.jsonl");
        Files.writeString(mixed, Files.readString(TestData.resource("topic/test.jsonl"))
                + "{\"id\": \"g1\", \"label\": \"giao_duc\", \"text\": \"Cầu thủ ghi bàn thắng\"}\n"
                + "{\"id\": \"g2\", \"label\": \"giao_duc\", \"text\": \"Đội bóng thắng trận\"}\n");
    }

    @Test
    void evaluateCountsUnknownGoldLabelsAsErrors() throws IOException {
        Path report = tmp.resolve("report");
        CliRun r = CliRun.of("evaluate", "-m", model.toString(), "-d", mixed.toString(), "--report", report.toString(),
                "--bootstrap", "0", "--no-leakage");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("test: n=5"), r.out());
        assertTrue(r.out().contains("  accuracy     0.6000"), r.out());
        assertTrue(r.out().contains("  giao_duc                    0.0000    0.0000    0.0000        2"), r.out());
        JsonNode m = Configs.JSON.readTree(report.resolve("metrics.json").toFile());
        assertEquals(5, m.get("n").asInt());
        assertEquals(0.6, m.get("accuracy").asDouble(), 1e-12);
        // the_thao: 1 right of 3 predicted (P 1/3, R 1, F1 0.5); kinh_doanh, suc_khoe F1 1; giao_duc F1 0
        assertEquals((0.5 + 1 + 1 + 0) / 4, m.get("macro_f1").asDouble(), 1e-12);
        JsonNode g = m.get("per_class").get("giao_duc");
        assertEquals(2, g.get("support").asInt());
        assertEquals(0, g.get("predicted").asInt());
        assertEquals(0.0, g.get("recall").asDouble());
        assertEquals("[0,0,2,0]", m.get("confusion").get("matrix").get(3).toString());
        assertTrue(Files.readString(report.resolve("report.md")).contains("giao_duc"));
    }

    @Test
    void trainStoresTestFiguresOverAllRecords() throws IOException {
        Path out = tmp.resolve("mixed.zip");
        CliRun r = CliRun.of("train", "--config", config("mixed-test.yaml", mixed).toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("test:         n=5  accuracy=0.6000  macro-F1=0.6250"), r.out());
        JsonNode test = ModelFile.load(out).manifest().get("metrics").get("test");
        assertEquals(5, test.get("n").asInt());
        assertEquals(0.6, test.get("accuracy").asDouble(), 1e-12);
    }

    @Test
    void compareModelsCountsUnknownGoldLabelsAsErrors() {
        CliRun r = CliRun.of("compare-models", "-m", model.toString(), "-m", model.toString(), "-d", mixed.toString(), "--bootstrap", "10");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 records"), r.out());
        assertTrue(r.out().contains("accuracy 0.6000  macro-F1 0.6250"), r.out());
    }

    @Test
    void trainFailsWhenNoTestRecordHasAKnownLabel() throws IOException {
        Path unknown = tmp.resolve("unknown.jsonl");
        Files.writeString(unknown, "{\"id\": \"g1\", \"label\": \"giao_duc\", \"text\": \"Cầu thủ ghi bàn thắng\"}\n");
        Path out = tmp.resolve("none.zip");
        CliRun r = CliRun.of("train", "--config", config("unknown-test.yaml", unknown).toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains(unknown + ": no record has a label the model knows [kinh_doanh, suc_khoe, the_thao]"), r.err());
        assertFalse(r.out().contains("NaN"), r.out());
        assertFalse(Files.exists(out));
    }

    /** tiny.yaml with an absolute training path and the given test file. */
    private static Path config(String name, Path test) throws IOException {
        Path cfg = tmp.resolve(name);
        Files.writeString(cfg, Files.readString(TestData.resource("topic/tiny.yaml"))
                .replace("train: train.jsonl", "train: " + TestData.resource("topic/train.jsonl"))
                .replace("test: test.jsonl", "test: " + test));
        return cfg;
    }
}
