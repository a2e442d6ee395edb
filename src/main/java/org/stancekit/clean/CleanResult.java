package org.stancekit.clean;

import org.stancekit.corpus.Article;

import java.util.List;
import java.util.Objects;

/**
 * The cleaned article (body text, title, outlet, date and metadata {@code byline}, {@code cited_sources},
 * {@code captions}) plus the audit of every dropped block and any warnings (e.g. truncated input).
 */
public record CleanResult(Article article, List<DroppedBlock> dropped, List<String> warnings) {

    public CleanResult {
        Objects.requireNonNull(article, "article");
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing of the page survived as body text. */
    public boolean isEmpty() {
        return article.text().isBlank();
    }
}
