package org.stancekit.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Small file helpers shared by the readers: transparent gzip, strict UTF-8, stdin as {@code -}. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** Opens a file for reading; {@code -} means stdin, {@code .gz} files are decompressed. */
    public static InputStream open(Path path) throws IOException {
        if (path.toString().equals("-")) return new BufferedInputStream(System.in, 1 << 16);
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new CorpusException(path + ": no such file");
        }
        if (path.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        return in;
    }

    /** As {@link #open}, with an I/O failure turned into a {@link CorpusException} naming the file. */
    public static InputStream openOrFail(Path path) {
        try {
            return open(path);
        } catch (IOException e) {
            throw new CorpusException(path + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** A reader that fails on malformed UTF-8 instead of replacing it silently. */
    public static BufferedReader strictUtf8Reader(InputStream in) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
    }

    /** The file name without directory and without its extension(s) such as {@code .jsonl.gz}. */
    public static String baseName(Path path) {
        String n = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The first 120 characters of a bad record, for error files. */
    public static String excerpt(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }

    /**
     * Stdout as a stream that notices a closed pipe: a {@link PrintStream} swallows write errors, so every chunk the
     * buffer hands on is checked ({@link PrintStream#checkError()} flushes, once per 8 KB chunk at most).
     */
    public static OutputStream reportingClose(PrintStream ps) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                ps.write(b);
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ps.write(b, off, len);
                check();
            }

            @Override
            public void flush() {
                check();
            }

            private void check() {
                if (ps.checkError()) throw new OutputClosedException();
            }
        };
    }
}
