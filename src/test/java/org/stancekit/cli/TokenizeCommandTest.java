package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizeCommandTest {

    /** Runs the command with the given stdin, returning [exit code, stdout, stderr]. */
    private static String[] run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of(args);
            return new String[]{String.valueOf(r.code()), buf.toString(StandardCharsets.UTF_8), r.err()};
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }

    @Test
    void tokenizesArgumentText() {
        String[] r = run("", "tokenize", "Hoà bình: NATO, Jean-Pierre, 3.000 lính ngày 12/1");
        assertEquals("0", r[0], r[2]);
        assertEquals("hòa bình nato jean-pierre 3.000 lính ngày 12/1\n", r[1]);
    }

    @Test
    void readsLinesFromStdinWithAConfigAndDictionary(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("words.txt"), "tổng thống\nquân sự\n");
        Files.writeString(dir.resolve("c.yaml"), "pipeline:\n  tone_style: new\n  words:\n    learn: false\n    dictionary: words.txt\n");
        String[] r = run("Tổng thống bàn về quân sự\r\nhòa bình\n", "tokenize", "--config", dir.resolve("c.yaml").toString(), "-");
        assertEquals("0", r[0], r[2]);
        assertEquals("tổng_thống bàn về quân_sự\nhoà bình\n", r[1]);
    }

    @Test
    void badConfigValueIsOneClearLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.yaml"), "pipeline:\n  tone_style: modern\n");
        String[] r = run("", "tokenize", "--config", dir.resolve("c.yaml").toString(), "x");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("bad value 'modern' for key 'tone_style' (allowed: old, new, keep)"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }
}
