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

/** Whole-corpus helpers: read a labelled JSONL corpus into memory and fingerprint files. */
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

    /** Hex SHA-256 of a file's bytes (as stored, i.e. of the compressed file for {@code .gz}). */
    public static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new CorpusException(path + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
