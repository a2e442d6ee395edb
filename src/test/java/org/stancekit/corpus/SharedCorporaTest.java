package org.stancekit.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Integration checks against the real corpora in {@code ../shared/data}; skipped when that folder is absent. */
class SharedCorporaTest {

    static final Path DATA = Path.of("..", "shared", "data");

    @Test
    void vntcRawSampleMatchesTheJsonlRelease() {
        Path raw = DATA.resolve("vntc/raw-sample");
        assumeTrue(Files.isDirectory(raw), "../shared/data absent: skipping the VNTC raw-sample check");
        FolderReaderTest.Result r = FolderReaderTest.read(Inputs.open(List.of(raw), InputOptions.defaults().withFormat(Format.VNTC)));
        assertEquals(List.of(), r.errors());
        assertEquals(160, r.articles().size());
        Map<String, Article> wanted = new HashMap<>();
        for (Article a : r.articles()) wanted.put(a.metadata().get("vntc_split") + "/" + a.id(), a);
        assertEquals(160, wanted.size());

        Map<String, Article> found = new HashMap<>();
        for (String[] split : new String[][]{{"Train_Full", "train.jsonl.gz"}, {"Test_Full", "test.jsonl.gz"}}) {
            new JsonlReader(DATA.resolve("vntc").resolve(split[1])).read(a -> {
                String key = split[0] + "/" + a.id();
                if (wanted.containsKey(key)) found.put(key, a);
            }, e -> {
                throw new AssertionError(e.message());
            });
        }
        assertEquals(wanted.keySet(), found.keySet());
        for (Map.Entry<String, Article> e : wanted.entrySet()) {
            Article ours = e.getValue();
            Article release = found.get(e.getKey());
            assertEquals(release.text(), ours.text(), e.getKey());
            assertEquals(release.label("label"), ours.label("label"), e.getKey());
            assertEquals(release.outlet(), ours.outlet(), e.getKey());
        }
    }

    @Test
    void ruwaCsvEveryRowAccountedFor() {
        Path csv = DATA.resolve("ruwa/ruwa.csv");
        assumeTrue(Files.exists(csv), "../shared/data absent: skipping the RUWA CSV check");
        CsvColumns cols = CsvColumns.byName().withId("").withText(List.of("title", "desc")).withUrl("src")
                .withDate("Date").withOutlet("Site");
        int[] counts = new int[2];
        Map<String, Integer> problems = new HashMap<>();
        new CsvReader(csv, cols, Set.of("label"), InputOptions.DEFAULT_MAX_FILE_BYTES).read(a -> counts[0]++, e -> {
            counts[1]++;
            problems.merge(e.problem(), 1, Integer::sum);
        });
        assertEquals(16545, counts[0] + counts[1]);
        assertEquals(Map.of("empty text (columns title, desc)", 194), problems);
    }
}
