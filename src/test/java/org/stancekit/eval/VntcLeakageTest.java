package org.stancekit.eval;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.JsonlReader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On the real VNTC split the scan must find the known 2,518 texts shared by train and test. */
class VntcLeakageTest {

    @Test
    void findsTheKnownSharedTexts() {
        Path dir = Path.of("..", "shared", "data", "vntc");
        assumeTrue(Files.exists(dir.resolve("train.jsonl.gz")), "../shared/data absent: skipping the VNTC leakage check");
        LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS);
        long t0 = System.nanoTime();
        new JsonlReader(dir.resolve("train.jsonl.gz")).read(a -> d.addTrain(a.id(), a.text()), e -> {
            throw new AssertionError(e.message());
        });
        new JsonlReader(dir.resolve("test.jsonl.gz")).read(a -> d.checkTest(a.id(), a.text()), e -> {
            throw new AssertionError(e.message());
        });
        LeakageReport r = d.report();
        System.out.printf("VNTC leakage: %d train, %d test, %d test records exact (%d distinct texts), %d near, %.1f s%n",
                r.trainRecords(), r.testRecords(), r.exactTestRecords(), r.uniqueSharedTexts(), r.nearTestRecords(),
                (System.nanoTime() - t0) / 1e9);
        assertEquals(33_759, r.trainRecords());
        assertEquals(50_373, r.testRecords());
        assertEquals(2_518, r.uniqueSharedTexts());
        assertEquals(2_531, r.exactTestRecords());
    }
}
