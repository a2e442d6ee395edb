package org.stancekit.cli;

import org.stancekit.clean.CleanResult;
import org.stancekit.clean.Cleaner;
import org.stancekit.corpus.Article;
import picocli.CommandLine.Option;

/** The {@code --clean} option of verbs that may read raw pages, and the cleaning it asks for. */
final class CleanOption {

    /** When to run the cleaner on an input record. */
    enum Mode { auto, always, never }

    @Option(names = "--clean", defaultValue = "auto",
            description = "Clean pages first: auto (records read from .txt/.html files, and JSONL/CSV records whose text is HTML), always, never (default: ${DEFAULT-VALUE}).")
    Mode mode = Mode.auto;

    private final Cleaner cleaner = Cleaner.withDefaults();

    /** The record cleaned when the mode asks for it; throws when a page has no article text left. */
    Article apply(Article raw) {
        if (mode == Mode.never) return raw;
        if (mode == Mode.auto && !raw.metadata().containsKey(Cleaner.FORMAT) && !Cleaner.looksLikeHtml(raw.text())) return raw;
        CleanResult r = cleaner.clean(raw);
        if (r.isEmpty()) throw new IllegalArgumentException("no article text left after cleaning the page");
        return r.article();
    }
}
