package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch verbs never write over their own input, and an errors file always describes the latest run. */
class BatchOutputsTest {

    private static final String GOOD = "{\"id\":\"a\",\"text\":\"Nga và Mỹ đàm phán về Ukraine tại Geneva.\"}\n";

    @Test
    void scoreRefusesToWriteOverItsInput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, GOOD);
        CliRun r = CliRun.of("score", "--model", "models/stance-vi.zip", in.toString(), "-o", in.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit score: the output " + in + " is also an input; choose another file", r.err().strip());
        assertEquals(GOOD, Files.readString(in));
        CliRun e = CliRun.of("score", "--model", "models/stance-vi.zip", in.toString(), "-o", dir.resolve("o.jsonl").toString(),
                "--errors", in.toString());
        assertEquals("stancekit score: the errors file " + in + " is also an input; choose another file", e.err().strip());
        assertEquals(GOOD, Files.readString(in));
    }

    @Test
    void analyzeRefusesAReportFolderHoldingItsInput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("results.jsonl");
        Files.writeString(in, GOOD);
        CliRun r = CliRun.of("analyze", "--models", "models", "--report", dir.toString(), in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().strip().endsWith("the report file " + in + " is also an input; choose another file"), r.err());
        assertEquals(GOOD, Files.readString(in));
    }

    @Test
    void aRunWithoutErrorsRemovesAnEarlierRunsErrorsFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, GOOD + "not json\n");
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, GOOD);
        Path out = dir.resolve("scores.jsonl");
        Path errors = Path.of(out + ".errors.jsonl");
        assertEquals(0, CliRun.of("score", "--model", "models/stance-vi.zip", bad.toString(), "-o", out.toString()).code());
        assertTrue(Files.exists(errors));
        assertEquals(0, CliRun.of("score", "--model", "models/stance-vi.zip", good.toString(), "-o", out.toString()).code());
        assertFalse(Files.exists(errors), "an errors file from the earlier run was left beside the new output");
        Path rep = dir.resolve("rep");
        assertEquals(0, CliRun.of("analyze", "--models", "models", "--report", rep.toString(), bad.toString()).code());
        assertTrue(Files.exists(rep.resolve("errors.jsonl")));
        assertEquals(0, CliRun.of("analyze", "--models", "models", "--report", rep.toString(), good.toString()).code());
        assertFalse(Files.exists(rep.resolve("errors.jsonl")));
    }

    @Test
    void scoreKeepsErrorRecordsOffStdout(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), GOOD + "not json\n");
        CliRun r = CliRun.of("score", "--model", "models/stance-vi.zip", in.toString(), "--errors", "-");
        assertEquals(1, r.code());
        assertEquals("stancekit score: --errors needs a file name (the first errors are shown on stderr anyway)", r.err().strip());
    }
}
