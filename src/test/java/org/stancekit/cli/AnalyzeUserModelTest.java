package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** analyze applies a model the user trained: alone with -m, or beside the shipped ones with --models as well. */
class AnalyzeUserModelTest {

    private static final String IN = "{\"id\":\"a\",\"title\":\"Đội tuyển thắng\",\"text\":\"Đội tuyển Việt Nam thắng 2-0 trên sân Mỹ Đình.\"}\n";

    @Test
    void dashMReplacesTheShippedModels(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), IN);
        CliRun r = CliRun.of("analyze", "-m", "models/topic-vi.zip", "-r", dir.resolve("rep").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("id                           title                                        topic                 ", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().lines().skip(1).findFirst().orElseThrow().startsWith("a                            Đội tuyển thắng"), r.out());
    }

    @Test
    void withModelsTooBothRunAndModelsSharingATaskAreNamedByFile(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), IN);
        Path mine = Files.copy(Path.of("models/topic-vi.zip"), dir.resolve("my-topic.zip"));
        CliRun r = CliRun.of("analyze", "--models", "models", "-m", mine.toString(), "-r", dir.resolve("rep").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("id                           title                                        topic-vi               stance-vi              my-topic              ",
                r.out().lines().findFirst().orElseThrow());
        String results = Files.readString(dir.resolve("rep/results.jsonl"));
        assertTrue(results.contains("\"topic-vi\":{\"label\":\"The thao\"") && results.contains("\"my-topic\":{\"label\":\"The thao\""), results);
        CliRun twice = CliRun.of("analyze", "-m", mine.toString(), "-m", mine.toString(), "-r", dir.resolve("rep2").toString(), in.toString());
        assertEquals(1, twice.code());
        assertEquals("stancekit analyze: two models would both be reported as 'my-topic' (" + mine + "); rename one file", twice.err().strip());
    }
}
