package org.stancekit.train.stance;

import org.stancekit.features.framing.FramingExtension;
import org.stancekit.features.framing.SentenceModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences an annotator's evidence quotes come from, comparing side-masked token strings: a sentence
 * holds a quote when the quote lies inside it, or when it (over 20 characters) lies inside the quote; a quote found
 * nowhere marks the sentence that covers the largest share of its tokens, if that share reaches the minimum.
 */
final class EvidenceMatcher {

    private EvidenceMatcher() {
    }

    /**
     * One article's match: a flag per sentence (true when it is evidence) and how its quotes were found.
     *
     * @param quotes     quotes with at least one token
     * @param byCoverage quotes found only by token coverage
     * @param unmatched  quotes no sentence holds or covers enough
     */
    record Match(boolean[] flags, int quotes, int byCoverage, int unmatched) {
    }

    /** Matches an article's quotes to its sentences. */
    static Match match(List<SentenceModel.Prepared> sentences, List<String> quotes, FramingExtension ext, double minCoverage) {
        boolean[] out = new boolean[sentences.size()];
        int n = 0;
        int byCoverage = 0;
        int unmatched = 0;
        String[] text = new String[sentences.size()];
        for (int i = 0; i < text.length; i++) {
            List<String> t = sentences.get(i).tokens();
            text[i] = String.join(" ", t.subList(1, t.size())); // without the region token
        }
        for (String quote : quotes) {
            List<String> qt = ext.tokens(quote);
            if (qt.isEmpty()) continue;
            n++;
            String q = String.join(" ", qt);
            boolean found = false;
            for (int i = 0; i < text.length; i++) {
                if (text[i].isEmpty()) continue;
                if (text[i].contains(q) || (text[i].length() > 20 && q.contains(text[i]))) {
                    out[i] = true;
                    found = true;
                }
            }
            if (found) continue;
            Set<String> want = new HashSet<>(qt);
            int best = -1;
            double bestCover = 0;
            for (int i = 0; i < text.length; i++) {
                Set<String> have = new HashSet<>(List.of(text[i].split(" ")));
                long hit = want.stream().filter(have::contains).count();
                double cover = (double) hit / want.size();
                if (cover > bestCover) {
                    bestCover = cover;
                    best = i;
                }
            }
            if (best >= 0 && bestCover >= minCoverage) {
                out[best] = true;
                byCoverage++;
            } else {
                unmatched++;
            }
        }
        return new Match(out, n, byCoverage, unmatched);
    }
}
