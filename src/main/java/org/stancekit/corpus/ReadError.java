package org.stancekit.corpus;

/**
 * A record that could not be read: where it was (file and 1-based line or 0 when not line-based) and why.
 * Batch readers report these instead of dropping records silently.
 */
public record ReadError(String source, long line, String problem, String excerpt) {

    /** One-line message naming the file, line and problem. */
    public String message() {
        return source + (line > 0 ? ":" + line : "") + ": " + problem;
    }
}
