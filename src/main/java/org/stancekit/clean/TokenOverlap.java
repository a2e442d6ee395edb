package org.stancekit.clean;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Token-level precision, recall and F1 of an extracted text against a reference, the measure used to compare
 * boilerplate removers (bag of lower-cased letter/digit tokens). Tokens of an optional text (captions,
 * attribution lines) are neither required nor penalised.
 */
public record TokenOverlap(double precision, double recall, double f1, int extracted, int reference) {

    public TokenOverlap {
        if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("precision and recall must lie in [0, 1]");
        }
    }

    /** Scores {@code extracted} against {@code reference}; tokens of {@code optional} may appear without penalty. */
    public static TokenOverlap of(String extracted, String reference, String optional) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(reference);
        Map<String, Integer> free = bag(optional == null ? "" : optional);
        int matched = 0, penalised = 0, nGot = 0, nWant = 0;
        for (int v : want.values()) nWant += v;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int g = e.getValue();
            nGot += g;
            int w = want.getOrDefault(e.getKey(), 0);
            int m = Math.min(g, w);
            matched += m;
            penalised += Math.max(0, g - m - free.getOrDefault(e.getKey(), 0));
        }
        double p = matched + penalised == 0 ? (nWant == 0 ? 1 : 0) : matched / (double) (matched + penalised);
        double r = nWant == 0 ? 1 : matched / (double) nWant;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TokenOverlap(p, r, f, nGot, nWant);
    }

    static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int i = 0, n = t.length();
        while (i < n) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(t.charAt(j))) j++;
                m.merge(t.substring(i, j), 1, Integer::sum);
                i = j;
            } else {
                i++;
            }
        }
        return m;
    }
}
