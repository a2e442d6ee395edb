package org.stancekit.cli;

import org.stancekit.config.ConfigException;
import org.stancekit.corpus.CorpusException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns exceptions from library code into one clear line on stderr and exit code 1;
 * set {@code STANCEKIT_DEBUG=1} to see the stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg;
        if (ex instanceof ConfigException) msg = "config error: " + ex.getMessage();
        else if (ex instanceof CorpusException) msg = "input error: " + ex.getMessage();
        else if (ex instanceof UncheckedIOException u) msg = "I/O error: " + u.getCause().getMessage();
        else if (ex instanceof IOException) msg = "I/O error: " + ex.getMessage();
        else msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cl.getErr().println("stancekit " + cl.getCommandName() + ": " + msg);
        if (System.getenv("STANCEKIT_DEBUG") != null) ex.printStackTrace(cl.getErr());
        return 1;
    }
}
