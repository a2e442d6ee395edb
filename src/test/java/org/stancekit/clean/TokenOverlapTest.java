package org.stancekit.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token precision/recall on hand-counted examples, and scoring against a gold folder. */
class TokenOverlapTest {

    @Test
    void countsTokensAsBags() {
        // reference: a b c d (4); extracted: a b x (3) -> matched 2, penalised 1
        TokenOverlap o = TokenOverlap.of("A b, x", "a b c d", "");
        assertEquals(2.0 / 3, o.precision(), 1e-12);
        assertEquals(0.5, o.recall(), 1e-12);
        assertEquals(4, o.reference());
        assertEquals(3, o.extracted());
    }

    @Test
    void optionalTokensAreNotPenalised() {
        TokenOverlap o = TokenOverlap.of("a b caption words", "a b", "caption words");
        assertEquals(1.0, o.precision(), 1e-12);
        assertEquals(1.0, o.recall(), 1e-12);
    }

    @Test
    void goldFolderScoresPagesThatHaveAnExpectedFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p1.expected.txt"), "The headline of page one\n\nThe one paragraph of the body, long enough and with a full stop.\n");
        List<Article> pages = List.of(
                Article.of("p1", "Menu\n\nThe headline of page one\n\nThe one paragraph of the body, long enough and with a full stop.\n"),
                Article.of("p2", "no gold for this one"));
        List<GoldSet.PageScore> s = new GoldSet(dir).score(Cleaner.withDefaults(), pages);
        assertEquals(1, s.size());
        assertTrue(s.get(0).titleExact());
        assertEquals(1.0, s.get(0).overlap().f1(), 1e-12);
    }
}
