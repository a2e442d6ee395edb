package org.stancekit.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes JSON objects one per line to a file ({@code .gz} compressed when so named) or stdout ({@code -}). When the
 * reader of stdout goes away (a closed pipe), writes throw {@link OutputClosedException} so the caller stops.
 */
public final class JsonlWriter implements Closeable {

    private final BufferedWriter out;
    private final boolean stdout;
    private long count;

    public JsonlWriter(Path path) throws IOException {
        this.stdout = path.toString().equals("-");
        OutputStream os;
        if (stdout) {
            os = CorpusFiles.reportingClose(System.out);
        } else {
            if (path.toAbsolutePath().getParent() != null) Files.createDirectories(path.toAbsolutePath().getParent());
            os = Files.newOutputStream(path);
            if (path.getFileName().toString().endsWith(".gz")) os = new GZIPOutputStream(os, 1 << 16);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes one JSON object as a line. */
    public synchronized void write(JsonNode node) {
        try {
            out.write(Jsonl.MAPPER.writeValueAsString(node));
            out.write('\n');
            count++;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one article as a line. */
    public void write(Article a) {
        write(Jsonl.toJson(a));
    }

    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (stdout) out.flush(); else out.close();
    }
}
