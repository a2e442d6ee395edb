package org.stancekit.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A small, data-driven list of known page-furniture phrases ("Tin liên quan", "Read more", "Theo dõi ... trên"),
 * a complement to the generic block scoring. Section phrases also announce a list of other articles; credit
 * phrases are photo credits printed on a line of their own.
 * Immutable and thread-safe.
 */
public final class BoilerplatePhrases {

    /** The bundled list shipped in the jar. */
    public static final String DEFAULT_RESOURCE = "/org/stancekit/clean/boilerplate-phrases.txt";
    private static final int MAX_WORDS_FOR_PATTERNS = 15;

    private final Set<String> exact;
    private final Set<String> sections;
    private final Set<String> credits;
    private final List<String> captionPrefixes;
    /** All "re:" entries as one alternation, so a block costs one match attempt; null when there are none. */
    private final Pattern patterns;

    private BoilerplatePhrases(Set<String> exact, Set<String> sections, Set<String> credits, List<String> captionPrefixes,
                               List<Pattern> patterns) {
        this.exact = exact;
        this.sections = sections;
        this.credits = credits;
        this.captionPrefixes = captionPrefixes;
        StringBuilder sb = new StringBuilder();
        for (Pattern p : patterns) sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
        this.patterns = patterns.isEmpty() ? null : Pattern.compile(sb.toString());
    }

    /** The bundled list. */
    public static BoilerplatePhrases bundled() {
        try (InputStream in = BoilerplatePhrases.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty list: the generic method alone. */
    public static BoilerplatePhrases none() {
        return new BoilerplatePhrases(Set.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    /** Parses a phrase list; a bad regular expression fails with its source and line number. */
    public static BoilerplatePhrases parse(InputStream in, String source) throws IOException {
        Set<String> exact = new HashSet<>();
        Set<String> sections = new HashSet<>();
        Set<String> credits = new HashSet<>();
        List<String> captionPrefixes = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("re:")) {
                try {
                    patterns.add(Pattern.compile(t.substring(3)));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(source + ":" + no + ": bad regular expression: " + e.getDescription());
                }
            } else if (t.startsWith("caption:")) {
                captionPrefixes.add(Texts.key(t.substring(8)));
            } else if (t.startsWith("credit:")) {
                credits.add(Texts.key(t.substring(7)));
            } else if (t.startsWith("section:")) {
                String k = Texts.key(t.substring(8));
                sections.add(k);
                exact.add(k);
            } else {
                exact.add(Texts.key(t));
            }
        }
        return new BoilerplatePhrases(Set.copyOf(exact), Set.copyOf(sections), Set.copyOf(credits), List.copyOf(captionPrefixes),
                List.copyOf(patterns));
    }

    /** True when the block's key is a known boilerplate phrase. */
    boolean matches(String key, int words) {
        if (key.isEmpty()) return false;
        if (exact.contains(key)) return true;
        if (words > MAX_WORDS_FOR_PATTERNS || patterns == null) return false;
        return patterns.matcher(key).matches();
    }

    /** True when the block is a photo credit line ("Getty Images") or starts like a caption ("Image caption, ..."). */
    boolean isCredit(String key) {
        if (credits.contains(key)) return true;
        for (String p : captionPrefixes) {
            if (key.startsWith(p) && (key.length() == p.length() || key.charAt(p.length()) == ' ')) return true;
        }
        return false;
    }

    /** True when the phrase heads a list of other articles ("Tin liên quan", "Related"). */
    boolean isSection(String key) {
        return sections.contains(key);
    }
}
