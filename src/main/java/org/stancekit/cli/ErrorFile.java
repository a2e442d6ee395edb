package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.corpus.ReadError;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The errors file of a batch command: one JSON line {source, line, problem, excerpt} per bad record, created on
 * the first error (an earlier run's file is removed first); the first few errors are also shown on stderr.
 */
final class ErrorFile implements Closeable {

    static final int SHOWN = 5;
    private final Path path;
    private final PrintWriter err;
    private JsonlWriter writer;
    private long count;

    private ErrorFile(Path path, PrintWriter err) {
        this.path = path;
        this.err = err;
    }

    /**
     * The errors file of this run: an errors file left at {@code path} by an earlier run is removed first, so a run
     * without errors leaves none and an old file is never mistaken for this run's errors.
     */
    static ErrorFile open(Path path, PrintWriter err) {
        try {
            if (Files.isRegularFile(path)) Files.delete(path);   // never a FIFO or a device such as /dev/null
        } catch (IOException e) {
            throw new CorpusException(path + ": cannot remove the errors file of an earlier run: " + e.getMessage(), e);
        }
        return new ErrorFile(path, err);
    }

    /** The default errors file beside an output ({@code <output>.errors.jsonl}), or {@code <verb>.errors.jsonl} for stdout. */
    static Path beside(Path output, String verb) {
        return output == null || output.toString().equals("-") ? Path.of(verb + ".errors.jsonl") : Path.of(output + ".errors.jsonl");
    }

    synchronized void accept(ReadError e) {
        count++;
        if (count <= SHOWN) err.println("skipped: " + e.message());
        else if (count == SHOWN + 1) err.println("skipped: more errors, all listed in " + path);
        try {
            if (writer == null) {
                if (path.toAbsolutePath().getParent() != null) Files.createDirectories(path.toAbsolutePath().getParent());
                writer = new JsonlWriter(path);
            }
        } catch (IOException ex) {
            throw new CorpusException(path + ": cannot write the errors file: " + ex.getMessage(), ex);
        }
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("source", e.source());
        o.put("line", e.line());
        o.put("problem", e.problem());
        o.put("excerpt", e.excerpt());
        writer.write(o);
    }

    long count() {
        return count;
    }

    /** True when at least one error was written. */
    boolean written() {
        return count > 0;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
        err.flush();
    }
}
