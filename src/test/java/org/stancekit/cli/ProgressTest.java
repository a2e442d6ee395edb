package org.stancekit.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress bars only on a terminal, and never while the records themselves stream to stdout. */
class ProgressTest {

    @Test
    void noBarWhenRecordsGoToStdoutOrNotInteractive() {
        assertTrue(Progress.shown(true, Path.of("scores.jsonl")));
        assertTrue(Progress.shown(true, null));
        assertFalse(Progress.shown(true, Path.of("-")));
        assertFalse(Progress.shown(false, Path.of("scores.jsonl")));
    }

    @Test
    void stderrRedirectedToAFileIsNotATerminal(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path tty = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-tty"), Path.of("/dev/pts/3"));
        Path log = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-log"), dir.resolve("job.log"));
        Path pipe = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-pipe"), Path.of("pipe:[12345]"));
        assertTrue(Terminal.isTerminal(tty));
        assertFalse(Terminal.isTerminal(log));
        assertFalse(Terminal.isTerminal(pipe));
        assertTrue(Terminal.isTerminal(dir.resolve("absent")), "without /proc the console check decides");
    }
}
