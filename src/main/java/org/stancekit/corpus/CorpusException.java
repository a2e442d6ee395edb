package org.stancekit.corpus;

/** A corpus could not be opened or read at all (as opposed to one bad record, which is a {@link ReadError}). */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
