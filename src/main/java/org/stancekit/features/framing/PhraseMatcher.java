package org.stancekit.features.framing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence, longest match first, never overlapping. A phrase with an
 * upper-case letter matches case-sensitively, an all-lower-case phrase matches any case: this keeps "Anh"
 * (the UK) apart from "anh" (a pronoun) without a tagger.
 */
public final class PhraseMatcher {

    /** One phrase found in a token sequence, tokens {@code [from, to)}. */
    public record Match(int from, int to, String phrase, String category) {
    }

    private record Entry(String[] tokens, boolean caseSensitive, String phrase, String category) {
    }

    private final Map<String, List<Entry>> byFirstLower = new HashMap<>();

    /** Builds a matcher from categories to phrase lists. */
    public PhraseMatcher(Map<String, ? extends Collection<String>> phrasesByCategory) {
        phrasesByCategory.forEach((cat, phrases) -> {
            for (String p : phrases) {
                List<Token> toks = Token.tokenize(Token.nfc(p));
                if (toks.isEmpty()) throw new IllegalArgumentException("lexicon phrase '" + p + "' (" + cat + ") has no letters");
                boolean cs = !p.equals(p.toLowerCase(java.util.Locale.ROOT));
                String[] t = toks.stream().map(x -> cs ? x.text() : x.lower()).toArray(String[]::new);
                byFirstLower.computeIfAbsent(toks.get(0).lower(), k -> new ArrayList<>()).add(new Entry(t, cs, p, cat));
            }
        });
        byFirstLower.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.tokens.length, a.tokens.length)));
    }

    /** All non-overlapping matches, scanning left to right and preferring the longest phrase. */
    public List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Entry> cands = byFirstLower.get(tokens.get(i).lower());
            Entry hit = null;
            if (cands != null) {
                for (Entry e : cands) {
                    if (matches(e, tokens, i)) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(new Match(i, i + hit.tokens.length, hit.phrase, hit.category));
                i += hit.tokens.length;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean matches(Entry e, List<Token> tokens, int at) {
        if (at + e.tokens.length > tokens.size()) return false;
        for (int k = 0; k < e.tokens.length; k++) {
            Token t = tokens.get(at + k);
            if (!(e.caseSensitive ? t.text() : t.lower()).equals(e.tokens[k])) return false;
        }
        return true;
    }
}
