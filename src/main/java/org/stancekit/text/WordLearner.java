package org.stancekit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Learns multi-syllable words from a corpus as word2phrase does: count syllable pairs, join the pairs
 * whose normalised PMI clears a threshold and whose count clears a floor, rewrite the stream with the
 * joined units, and repeat so that joined units can join again (up to the configured word length).
 * Works on an interned int stream, so a 100 MB corpus needs a few seconds and no strings per pair.
 */
final class WordLearner {

    /** A learned word: its base syllable ids, its association score and its count when it was joined. */
    record Phrase(int[] syllables, double score, int count) {
    }

    /** Marks a break in the stream (punctuation, number, line end): pairs never span it. */
    static final int BREAK = -1;
    /** Marks the end of a document (also a break). */
    static final int DOC_END = -2;

    private WordLearner() {
    }

    private static long key(int a, int b) {
        return (long) a << 32 | (b & 0xffffffffL);
    }

    /**
     * Learns phrases from {@code stream[0, length)} whose ids are in [0, vocabularySize) or are markers.
     * The stream is not modified.
     */
    static List<Phrase> learn(int[] stream, int length, int vocabularySize, TextConfig.Words config) {
        int[] cur = Arrays.copyOf(stream, length);
        int len = length;
        List<int[]> units = new ArrayList<>();      // unit id - vocabularySize -> base syllables
        List<Phrase> phrases = new ArrayList<>();
        int maxSyl = config.maxSyllables();
        int minCount = config.minCount();
        double threshold = config.threshold();
        double longThreshold = config.longThreshold();
        // each pass can double a unit's length: 2 passes reach 4 syllables, 3 reach 8
        int passes = 32 - Integer.numberOfLeadingZeros(maxSyl - 1);
        for (int pass = 0; pass < passes; pass++) {
            int idCount = vocabularySize + units.size();
            int[] counts = new int[idCount];
            long total = 0;
            for (int i = 0; i < len; i++) {
                if (cur[i] >= 0) {
                    counts[cur[i]]++;
                    total++;
                }
            }
            LongIntMap pairs = new LongIntMap(1 << 16);
            for (int i = 0; i + 1 < len; i++) {
                int a = cur[i], b = cur[i + 1];
                // after the first pass, pairs of two single syllables were already judged: count only pairs
                // that involve a unit joined in an earlier pass
                if (a >= 0 && b >= 0 && counts[a] >= minCount && counts[b] >= minCount
                        && (pass == 0 || a >= vocabularySize || b >= vocabularySize)
                        && length(a, vocabularySize, units) + length(b, vocabularySize, units) <= maxSyl) {
                    pairs.add(key(a, b), 1);
                }
            }
            LongIntMap accepted = new LongIntMap(1 << 12);
            List<Double> scores = new ArrayList<>();
            final long n = total;
            final int base = vocabularySize + units.size();
            List<long[]> chosen = new ArrayList<>();
            pairs.forEach((k, c) -> {
                if (c < minCount) return;
                int a = (int) (k >>> 32), b = (int) k;
                double pab = (double) c / n;
                double pmi = Math.log(pab / ((double) counts[a] / n * ((double) counts[b] / n)));
                double npmi = pmi / -Math.log(pab);
                boolean longer = a >= vocabularySize || b >= vocabularySize;
                if (npmi >= (longer ? longThreshold : threshold)) chosen.add(new long[]{k, Double.doubleToLongBits(npmi), c});
            });
            if (chosen.isEmpty()) break;
            chosen.sort((x, y) -> Long.compare(x[0], y[0]));
            for (long[] ch : chosen) {
                int a = (int) (ch[0] >>> 32), b = (int) ch[0];
                int id = base + scores.size();
                accepted.put(ch[0], scores.size());
                double sc = Double.longBitsToDouble(ch[1]);
                scores.add(sc);
                int[] syl = concat(syllables(a, vocabularySize, units), syllables(b, vocabularySize, units));
                units.add(syl);
                phrases.add(new Phrase(syl, sc, (int) ch[2]));
                assert id == vocabularySize + units.size() - 1;
            }
            // rewrite the stream, joining accepted pairs left to right unless the next pair binds tighter
            boolean[] first = new boolean[idCount];
            for (long[] ch : chosen) first[(int) (ch[0] >>> 32)] = true;
            int o = 0;
            for (int i = 0; i < len; i++) {
                int a = cur[i];
                if (a >= 0 && first[a] && i + 1 < len && cur[i + 1] >= 0) {
                    int p = accepted.get(key(a, cur[i + 1]));
                    if (p >= 0) {
                        int q = i + 2 < len && cur[i + 2] >= 0 && first[cur[i + 1]]
                                ? accepted.get(key(cur[i + 1], cur[i + 2])) : -1;
                        if (q < 0 || scores.get(q) <= scores.get(p)) {
                            cur[o++] = base + p;
                            i++;
                            continue;
                        }
                    }
                }
                cur[o++] = a;
            }
            len = o;
        }
        return phrases;
    }

    private static int length(int id, int vocabularySize, List<int[]> units) {
        return id < vocabularySize ? 1 : units.get(id - vocabularySize).length;
    }

    private static int[] syllables(int id, int vocabularySize, List<int[]> units) {
        return id < vocabularySize ? new int[]{id} : units.get(id - vocabularySize);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
