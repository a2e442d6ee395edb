package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code score -o - | head}: when the pipe's reader goes away, score stops early and quietly with exit code 0. */
class ClosedPipeTest {

    /** Stdout whose reader has gone after {@code limit} bytes, as a pipe into {@code head -c limit} is. */
    private static final class ClosingPipe extends OutputStream {
        private final int limit;
        int accepted;
        int attempts;

        ClosingPipe(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            attempts++;
            if (accepted + len > limit) throw new IOException("Broken pipe");
            accepted += len;
        }
    }

    @Test
    void scoreStopsQuietlyWhenStdoutIsClosed(@TempDir Path dir) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            in.append("{\"id\":\"d").append(i).append("\",\"text\":\"Nga và Mỹ đàm phán về Ukraine tại Geneva, bài ").append(i).append(".\"}\n");
        }
        Path input = Files.writeString(dir.resolve("in.jsonl"), in);
        ClosingPipe pipe = new ClosingPipe(100);
        PrintStream saved = System.out;
        CliRun r;
        try {
            System.setOut(new PrintStream(pipe, false));
            r = CliRun.of("score", "--model", "models/topic-vi.zip", "--threads", "1", "--batch", "16", input.toString(), "-o", "-");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, r.code());
        assertEquals("", r.err(), "no error line and no finish line claiming records nobody read");
        assertEquals(0, pipe.accepted);
        // the write that found the pipe closed, and the closing flush; not one attempt per remaining 64 KB buffer
        assertTrue(pipe.attempts <= 2, "score went on writing after the pipe was closed: " + pipe.attempts + " writes");
    }

    @Test
    void tokenizeStopsReadingStdinWhenStdoutIsClosed() throws Exception {
        byte[] lines = "Nga và Mỹ đàm phán về Ukraine tại Geneva.\n".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayInputStream stdin = new java.io.ByteArrayInputStream(lines);
        ClosingPipe pipe = new ClosingPipe(100);
        PrintStream saved = System.out;
        java.io.InputStream savedIn = System.in;
        CliRun r;
        try {
            System.setOut(new PrintStream(pipe, false));
            System.setIn(stdin);
            r = CliRun.of("tokenize", "-");
        } finally {
            System.setOut(saved);
            System.setIn(savedIn);
        }
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(stdin.available() > lines.length / 2, "tokenize read on after the pipe was closed: " + stdin.available() + " bytes left");
    }
}
