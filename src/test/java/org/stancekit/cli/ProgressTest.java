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
}
