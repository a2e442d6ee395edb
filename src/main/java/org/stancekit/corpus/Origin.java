package org.stancekit.corpus;

/**
 * Where a record was read from: its file (or {@code -} for stdin) and 1-based line, or line 0 when the whole file
 * is one record. Batch verbs use it to name the file and line of a record that was read but could not be processed.
 */
public record Origin(String source, long line) {

    /** The origin of a record whose reader does not track lines: its {@code source} metadata, else its id. */
    public static Origin of(Article a) {
        Object source = a.metadata().get("source");
        return new Origin(source != null ? source.toString() : a.id(), 0);
    }
}
