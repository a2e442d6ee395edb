package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** explain says how many articles it explained, and that --limit left the rest out. */
class ExplainLimitTest {

    @Test
    void theFinishLineNamesTheLimit(@TempDir Path dir) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 3; i++) in.append("{\"id\":\"a").append(i).append("\",\"text\":\"Đội tuyển Việt Nam thắng ").append(i).append("-0.\"}\n");
        Path file = Files.writeString(dir.resolve("in.jsonl"), in);
        CliRun r = CliRun.of("explain", "-m", "models/topic-vi.zip", "--limit", "2", "--no-text", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("explained 2 of 3 articles (the first 2: --limit 2; raise it to explain more)", r.err().strip());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("== a")).count());
        CliRun all = CliRun.of("explain", "-m", "models/topic-vi.zip", "--no-text", file.toString());
        assertEquals("explained 3 of 3 articles", all.err().strip());
    }
}
