package org.stancekit.clean;

import org.stancekit.corpus.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made expected extractions for pages, to measure a cleaner: {@code <id>.expected.txt} holds the title on its
 * first line, a blank line, then the body paragraphs; an optional {@code <id>.optional.txt} lists text (captions,
 * attribution lines) that is neither required nor penalised.
 */
public final class GoldSet {

    /** The score of one page. */
    public record PageScore(String id, TokenOverlap overlap, boolean titleExact, String expectedTitle, String title) {
    }

    private final Path dir;

    public GoldSet(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a directory of <id>.expected.txt files");
        this.dir = dir;
    }

    /** Cleans each page that has an expected file and scores title and body; pages without one are skipped. */
    public List<PageScore> score(Cleaner cleaner, List<Article> pages) {
        List<PageScore> out = new ArrayList<>();
        for (Article page : pages) {
            Path exp = dir.resolve(page.id() + ".expected.txt");
            if (!Files.isRegularFile(exp)) continue;
            String expected = read(exp);
            Path opt = dir.resolve(page.id() + ".optional.txt");
            String optional = Files.isRegularFile(opt) ? read(opt) : "";
            int nl = expected.indexOf('\n');
            String expectedTitle = (nl < 0 ? expected : expected.substring(0, nl)).strip();
            Article got = cleaner.clean(page).article();
            TokenOverlap o = TokenOverlap.of(got.fullText(), expected, optional);
            out.add(new PageScore(page.id(), o, expectedTitle.equals(got.title()), expectedTitle, got.title()));
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }
}
