package org.stancekit.cli;

import org.stancekit.config.ConfigException;
import org.stancekit.corpus.CorpusException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.stancekit.corpus.OutputClosedException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns exceptions from library code into one clear line on stderr and exit code 1;
 * set {@code STANCEKIT_DEBUG=1} to see the stack trace. A closed stdout pipe ({@code ... -o - | head}) is not an
 * error: the verb stops and the command ends quietly with exit code 0.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutputClosedException) return 0;
        }
        String msg;
        if (ex instanceof ConfigException) msg = "config error: " + ex.getMessage();
        else if (ex instanceof CorpusException) msg = "input error: " + ex.getMessage();
        else if (ex instanceof UncheckedIOException u) msg = "I/O error: " + io(u.getCause());
        else if (ex instanceof IOException io) msg = "I/O error: " + io(io);
        else msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cl.getErr().println("stancekit " + cl.getCommandName() + ": " + msg);
        if (System.getenv("STANCEKIT_DEBUG") != null) ex.printStackTrace(cl.getErr());
        return 1;
    }

    /** The I/O failure in words: Java names only the path for the common cases. */
    private static String io(IOException e) {
        String what = e instanceof FileAlreadyExistsException ? "exists and is not a folder"
                : e instanceof NoSuchFileException ? "no such file or directory"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof DirectoryNotEmptyException ? "folder not empty" : null;
        return what == null ? e.getMessage() : e.getMessage() + ": " + what;
    }
}
