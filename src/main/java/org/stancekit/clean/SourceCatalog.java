package org.stancekit.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The news agencies and outlets an article can attribute to, loaded from a data file
 * ({@code news-sources.tsv}: canonical name, tab, aliases separated by {@code |}), and a fast whole-word,
 * case-sensitive matcher that maps mentions to canonical names. Immutable and thread-safe.
 */
public final class SourceCatalog {

    /** The bundled list shipped in the jar. */
    public static final String DEFAULT_RESOURCE = "/org/stancekit/clean/news-sources.tsv";

    private record Alias(String[] tokens, String canonical) {
    }

    private final Map<String, List<Alias>> byFirstToken;
    private final Map<String, String> canonicalByKey;

    private SourceCatalog(Map<String, List<Alias>> byFirstToken, Map<String, String> canonicalByKey) {
        this.byFirstToken = byFirstToken;
        this.canonicalByKey = canonicalByKey;
    }

    /** The bundled catalog. */
    public static SourceCatalog bundled() {
        try (InputStream in = SourceCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalog; a malformed line fails with its source and line number. */
    public static SourceCatalog parse(InputStream in, String source) throws IOException {
        Map<String, List<Alias>> map = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(source + ":" + no + ": expected 'canonical<TAB>alias|alias'");
            }
            String canonical = parts[0].strip();
            List<String> forms = new ArrayList<>();
            forms.add(canonical);
            for (String a : parts[1].split("\\|")) if (!a.isBlank()) forms.add(a.strip());
            for (String f : forms) {
                if (!Character.isUpperCase(f.codePointAt(0)) && !Character.isDigit(f.codePointAt(0))) {
                    throw new IllegalArgumentException(source + ":" + no + ": alias '" + f + "' must start with an upper-case letter");
                }
                String[] toks = tokens(f).toArray(String[]::new);
                if (toks.length == 0) continue;
                map.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Alias(toks, canonical));
                keys.putIfAbsent(Texts.key(f), canonical);
            }
        }
        for (List<Alias> l : map.values()) l.sort(Comparator.comparingInt((Alias a) -> a.tokens.length).reversed());
        return new SourceCatalog(Map.copyOf(map), Map.copyOf(keys));
    }

    /** The canonical name of a name as a whole (any alias, case-insensitive), or null when unknown. */
    public String canonical(String name) {
        return name == null ? null : canonicalByKey.get(Texts.key(name));
    }

    /** Canonical names mentioned in a text, in order of first mention, without duplicates. */
    public List<String> mentions(String text) {
        Set<String> found = new LinkedHashSet<>();
        addMentions(text, found);
        return new ArrayList<>(found);
    }

    /** Adds the canonical names mentioned in a text to {@code out} in order of mention. */
    void addMentions(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isWordChar(text.charAt(j))) j++;
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                List<Alias> cands = byFirstToken.get(text.substring(i, j));
                if (cands != null) {
                    for (Alias a : cands) {
                        int end = matchRest(text, j, a.tokens);
                        if (end >= 0) {
                            out.add(a.canonical);
                            j = end;
                            break;
                        }
                    }
                }
            }
            i = j;
        }
    }

    private static boolean isWordChar(char c) {
        return Texts.isWordChar(c);
    }

    /** Matches tokens 1.. of an alias after position {@code from}; returns the end of the match or -1. */
    private static int matchRest(String text, int from, String[] toks) {
        int pos = from, n = text.length();
        for (int k = 1; k < toks.length; k++) {
            while (pos < n && !isWordChar(text.charAt(pos))) pos++;
            String tk = toks[k];
            if (!text.regionMatches(pos, tk, 0, tk.length())) return -1;
            int end = pos + tk.length();
            if (end < n && isWordChar(text.charAt(end))) return -1;
            pos = end;
        }
        return pos;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
