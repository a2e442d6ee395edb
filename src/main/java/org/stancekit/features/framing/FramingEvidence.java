package org.stancekit.features.framing;

/**
 * One place in the analysed text that contributed to a framing feature, for highlighting in
 * {@code explain}: characters {@code [start, end)} of {@link FramingAnalysis#text()}.
 */
public record FramingEvidence(String feature, int start, int end, String note) {

    public FramingEvidence {
        if (feature == null || feature.isBlank()) throw new IllegalArgumentException("evidence needs a feature name");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }
}
