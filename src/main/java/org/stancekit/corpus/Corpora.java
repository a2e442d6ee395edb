package org.stancekit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.io.OutputStream;

/** Whole-corpus helpers: read a labelled JSONL or CSV corpus into memory and fingerprint files. */
public final class Corpora {

    private Corpora() {
    }

    /** A corpus read into memory with the records that could not be read. */
    public record Loaded(Path path, List<Article> articles, List<ReadError> errors) {
    }

    /** Reads a JSONL corpus (plain or gzip) whose labels live under {@code labelField}. */
    public static Loaded readJsonl(Path path, String labelField) {
        List<Article> out = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        new JsonlReader(path, Set.of(labelField)).read(out::add, errors::add);
        return new Loaded(path, out, errors);
    }

    /**
     * Reads a labelled corpus for training or evaluation: JSONL (plain or gzip), or CSV when the name ends in
     * {@code .csv}/{@code .csv.gz}, with columns named as in JSONL ({@code id}, {@code text}, {@code title}, ...) and
     * the label in the column named {@code labelField}.
     */
    public static Loaded readLabelled(Path path, String labelField) {
        if (!Inputs.isCsvName(path)) return readJsonl(path, labelField);
        List<Article> out = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        reader(path, labelField).read(out::add, errors::add);
        return new Loaded(path, out, errors);
    }

    /** The reader {@link #readLabelled} uses, for streaming the same files. */
    public static CorpusReader reader(Path path, String labelField) {
        return Inputs.isCsvName(path)
                ? new CsvReader(path, CsvColumns.byName(), Set.of(labelField), InputOptions.DEFAULT_MAX_FILE_BYTES)
                : new JsonlReader(path, Set.of(labelField));
    }

    /** Hex SHA-256 of a file's bytes (as stored, i.e. of the compressed file for {@code .gz}). */
    public static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new CorpusException(path + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
