package org.stancekit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a body of text is written, measured before normalisation: the share of texts in decomposed
 * Unicode (NFD), the share with look-alike letters (Ð for Đ), the share of tone marks placed in the old
 * style (hòa, thủy) among syllables where the styles differ, and the share of word tokens outside the
 * training vocabulary. Computed on the training texts at fit and saved in the pipeline, so scoring can
 * warn when its input is written differently from what the model learned on.
 *
 * @param texts          texts measured
 * @param nfdShare       share of texts holding decomposed (combining) accents
 * @param lookalikeShare share of texts holding a look-alike letter
 * @param toneEvidence   syllables whose tone placement tells the style (open oa, oe, uy with a tone)
 * @param oldToneShare   share of those in the old style; null when there are none
 * @param wordTokens     word tokens counted
 * @param unknownRate    share of word tokens outside the training vocabulary
 */
public record NormalizationProfile(long texts, double nfdShare, double lookalikeShare, long toneEvidence,
                                   Double oldToneShare, long wordTokens, double unknownRate) {

    /** An NFD share differing by at least this much (absolute) is drift. */
    public static final double NFD_GAP = 0.2;
    /** A look-alike share differing by at least this much is drift. */
    public static final double LOOKALIKE_GAP = 0.2;
    /** An old-style share differing by at least this much is drift (with enough evidence on both sides). */
    public static final double TONE_GAP = 0.4;
    /** Syllables of tone evidence needed on each side before the tone style is compared. */
    public static final long MIN_TONE_EVIDENCE = 20;
    /** Word tokens needed in the input before the unknown rate is compared. */
    public static final long MIN_WORD_TOKENS = 200;
    /** The unknown rate is drift if it exceeds both twice the training rate and the training rate plus this. */
    public static final double UNKNOWN_GAP = 0.05;

    public NormalizationProfile {
        if (texts < 0 || wordTokens < 0 || toneEvidence < 0) throw new IllegalArgumentException("negative count in profile");
    }

    /**
     * Compares an input profile with this (training) profile and returns one warning line with the
     * figures, or empty when the input is written like the training data (or when this profile was
     * measured on no texts at all, as for a pipeline fitted without training texts).
     */
    public Optional<String> compare(NormalizationProfile input) {
        return compare(input, false, false);
    }

    /**
     * As {@link #compare(NormalizationProfile)}, saying of each difference the model's pipeline repairs before
     * tokenising ({@code repairsForms}: NFD and look-alike letters; {@code repairsTones}: tone-mark style) that it
     * does not change the tokens, so the reader knows which differences can affect the scores.
     */
    public Optional<String> compare(NormalizationProfile input, boolean repairsForms, boolean repairsTones) {
        if (texts == 0) return Optional.empty();
        List<String> parts = new ArrayList<>();
        String repaired = " (normalised by the model's pipeline: same tokens)";
        if (input.texts > 0 && Math.abs(input.nfdShare - nfdShare) >= NFD_GAP) {
            parts.add(String.format(Locale.ROOT, "texts in decomposed Unicode (NFD): %s of input vs %s in training",
                    pct(input.nfdShare), pct(nfdShare)) + (repairsForms ? repaired : ""));
        }
        if (input.texts > 0 && Math.abs(input.lookalikeShare - lookalikeShare) >= LOOKALIKE_GAP) {
            parts.add(String.format(Locale.ROOT, "texts with look-alike letters (e.g. U+00D0 for Đ): %s of input vs %s in training",
                    pct(input.lookalikeShare), pct(lookalikeShare)) + (repairsForms ? repaired : ""));
        }
        if (oldToneShare != null && input.oldToneShare != null && toneEvidence >= MIN_TONE_EVIDENCE
                && input.toneEvidence >= MIN_TONE_EVIDENCE && Math.abs(input.oldToneShare - oldToneShare) >= TONE_GAP) {
            parts.add(String.format(Locale.ROOT, "old-style tone marks (hòa, thủy rather than hoà, thuỷ): %s of input vs %s in training",
                    pct(input.oldToneShare), pct(oldToneShare)) + (repairsTones ? repaired : ""));
        }
        if (input.wordTokens >= MIN_WORD_TOKENS && input.unknownRate > 2 * unknownRate
                && input.unknownRate > unknownRate + UNKNOWN_GAP) {
            parts.add(String.format(Locale.ROOT, "word tokens unknown to the training vocabulary: %s of input vs %s in training",
                    pct(input.unknownRate), pct(unknownRate)));
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of("input is written differently from the training data (" + input.texts + " texts, "
                + input.wordTokens + " word tokens): " + String.join("; ", parts));
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    /** Accumulates a profile text by text. Not thread-safe. */
    static final class Counter {
        private long texts, nfd, lookalike, oldTone, newTone, words, unknown;
        private final int[] scratch = new int[4];

        /** Adds the raw-text figures of one text (NFD, look-alikes, tone style). */
        void addRaw(String text) {
            texts++;
            boolean hasNfd = false, hasLook = false, toneLetters = false;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c < 0xC0) continue;
                if (c >= 0x300 && c <= 0x36F) hasNfd = true;
                else if (TextNormalizer.isLookalike(c)) hasLook = true;
                else if (VietnameseSyllables.tone(c) != 0) toneLetters = true;
            }
            if (hasNfd) nfd++;
            if (hasLook) lookalike++;
            if (!toneLetters && !hasNfd) return;
            String s = hasNfd ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC) : text;
            char[] a = s.toCharArray();
            int start = -1;
            boolean toned = false;
            for (int i = 0; i <= a.length; i++) {
                char c = i < a.length ? a[i] : ' ';
                if (VietnameseSyllables.base(c) != 0) {
                    if (start < 0) {
                        start = i;
                        toned = false;
                    }
                    if (VietnameseSyllables.tone(c) != 0) toned = true;
                } else if (start >= 0) {
                    // only open syllables ending in oa, oe or uy tell the style
                    char last = VietnameseSyllables.base(a[i - 1]), prev = i - start >= 3 ? VietnameseSyllables.base(a[i - 2]) : 0;
                    boolean candidate = (prev == 'o' && (last == 'a' || last == 'e')) || (prev == 'u' && last == 'y');
                    if (toned && candidate) {
                        int e = VietnameseSyllables.styleEvidence(a, start, i, scratch);
                        if (e > 0) oldTone++;
                        else if (e < 0) newTone++;
                    }
                    start = -1;
                }
            }
        }

        /** Adds word-token counts. */
        void addWords(long total, long unknownTokens) {
            words += total;
            unknown += unknownTokens;
        }

        NormalizationProfile profile() {
            long ev = oldTone + newTone;
            return new NormalizationProfile(texts, texts == 0 ? 0 : (double) nfd / texts,
                    texts == 0 ? 0 : (double) lookalike / texts, ev, ev == 0 ? null : (double) oldTone / ev,
                    words, words == 0 ? 0 : (double) unknown / words);
        }
    }
}
