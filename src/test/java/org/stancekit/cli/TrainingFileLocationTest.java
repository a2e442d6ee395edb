package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** evaluate finds a model's training file recorded relative to its config, from any working directory. */
class TrainingFileLocationTest {

    @Test
    void aRelativePathIsResolvedAgainstTheRecordedConfigFolder(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("repo/training"));
        Files.createDirectories(home.resolve("data"));
        Path data = Files.writeString(home.resolve("data/annotated.jsonl"), "{}\n");
        Path repo = home.resolve("repo");
        String command = "stancekit train-stance --config training/stance.yaml --evaluate";
        assertEquals(data, EvaluateCommand.locate(Path.of("../../data/annotated.jsonl"), command, repo));
        assertEquals(Path.of("../../elsewhere.jsonl"), EvaluateCommand.locate(Path.of("../../elsewhere.jsonl"), command, repo));
        assertEquals(Path.of("/no/such/train.jsonl"), EvaluateCommand.locate(Path.of("/no/such/train.jsonl"), command, repo));
        assertEquals(Path.of("x.jsonl"), EvaluateCommand.locate(Path.of("x.jsonl"), "stancekit train", repo));
    }
}
