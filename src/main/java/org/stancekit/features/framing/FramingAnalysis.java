package org.stancekit.features.framing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The framing features of one article: values aligned with {@link FramingFeatures#names()}, plus the
 * evidence spans in {@link #text()} (the NFC title + body that was analysed).
 */
public record FramingAnalysis(String text, List<String> names, double[] values, List<FramingEvidence> evidence) {

    public FramingAnalysis {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " feature names but " + values.length + " values");
        }
        names = List.copyOf(names);
        values = values.clone();
        evidence = List.copyOf(evidence);
    }

    /** The value of a named feature; unknown names are an error (no silent zero). */
    public double get(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("unknown framing feature '" + name + "' (known: " + String.join(", ", names) + ")");
        return values[i];
    }

    /** Copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Name to value, in feature order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) m.put(names.get(i), values[i]);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FramingAnalysis a && a.text.equals(text) && a.names.equals(names)
                && Arrays.equals(a.values, values) && a.evidence.equals(evidence);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FramingAnalysis" + asMap();
    }
}
