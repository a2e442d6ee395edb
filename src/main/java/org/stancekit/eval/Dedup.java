package org.stancekit.eval;

import org.stancekit.corpus.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact-duplicate detection between corpora: texts are compared after NFC, lowercasing and collapsing
 * white space ({@link LeakageDetector#normalize}, the leakage report's definition), by their SHA-256, so CRLF vs LF
 * or stray spaces do not hide a shared text.
 */
public final class Dedup {

    private Dedup() {
    }

    /** The fingerprint of a text (hex SHA-256 of its normalised form). */
    public static String fingerprint(String text) {
        String norm = LeakageDetector.normalize(text);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fingerprints of every article's text. */
    public static Set<String> fingerprints(List<Article> articles) {
        Set<String> s = new HashSet<>(articles.size() * 2);
        articles.parallelStream().map(a -> fingerprint(a.text())).toList().forEach(s::add);
        return s;
    }

    /** The articles of {@code test} whose text does not occur in {@code seen}. */
    public static List<Article> without(List<Article> test, Set<String> seen) {
        List<String> fps = test.parallelStream().map(a -> fingerprint(a.text())).toList();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) if (!seen.contains(fps.get(i))) out.add(test.get(i));
        return out;
    }
}
