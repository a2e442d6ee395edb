package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.TestData;
import org.stancekit.config.Configs;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line conventions on the tiny topic corpus: stdout carries only data with {@code -o -}, usage errors exit 2. */
class CliConventionsTest {

    @TempDir
    static Path tmp;
    static Path model;
    static final String TEST = TestData.resource("topic/test.jsonl").toString();

    @BeforeAll
    static void train() {
        model = tmp.resolve("topic.zip");
        CliRun r = CliRun.of("train", "--config", TestData.resource("topic/tiny.yaml").toString(), "-o", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void compareModelsJsonOnStdoutIsTheOnlyThingThere() throws Exception {
        CliRun r = CliRun.of("compare-models", "-m", model.toString(), "-m", model.toString(), "-d", TEST, "--bootstrap", "10", "-o", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Configs.JSON.readTree(r.out());
        assertEquals(3, json.get("n").asInt(), r.out());
        assertTrue(r.err().contains("3 records") && r.err().contains("verdict: "), r.err());
    }

    @Test
    void missingInputsAreUsageErrors() {
        CliRun e = CliRun.of("evaluate", "-m", model.toString());
        assertEquals(2, e.code(), e.err());
        assertTrue(e.err().startsWith("give --model and --data, or --predictions FILE"), e.err());
        CliRun c = CliRun.of("compare-models", "-d", TEST);
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().startsWith("give exactly two --model files (A then B), or two --predictions files"), c.err());
        assertEquals(2, CliRun.of("compare-models", "-m", model.toString(), "-m", model.toString()).code(), "no --data");
    }

    @Test
    void threadsBelowOneIsRejectedInOneLine() {
        CliRun r = CliRun.of("train", "--config", TestData.resource("topic/tiny.yaml").toString(), "-o", tmp.resolve("t0.zip").toString(), "--threads", "0");
        assertEquals(1, r.code());
        assertEquals("stancekit train: --threads must be >= 1, got 0", r.err().strip());
    }

    @Test
    void completionScriptCoversEveryVerbAndIsListedInHelp() {
        CliRun r = CliRun.of("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F _complete_stancekit"), r.out().lines().limit(5).toList().toString());
        for (String verb : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(r.out().contains(verb), "completion script lacks verb " + verb);
        }
        assertTrue(r.out().contains("--csv-text"), "completion script lacks analyze's options");
        assertTrue(CliRun.of("--help").out().contains("generate-completion"), "--help does not list generate-completion");
    }
}
