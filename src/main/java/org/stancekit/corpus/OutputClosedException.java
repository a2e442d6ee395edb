package org.stancekit.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Standard output was closed by the reader of a pipe (e.g. {@code stancekit score ... | head}): the writer stops
 * instead of computing output nobody reads, and the command line ends quietly, as Unix tools do.
 */
public final class OutputClosedException extends UncheckedIOException {

    public OutputClosedException() {
        super("standard output was closed", new IOException("broken pipe"));
    }
}
