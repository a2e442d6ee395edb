package org.stancekit.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.features.framing.FramingExtension;

/** Restores a {@link FeatureExtension} from its saved JSON by its {@code kind}. */
public final class FeatureExtensions {

    private FeatureExtensions() {
    }

    /** The extension saved as {@code json}; unknown kinds fail with a message naming the source. */
    public static FeatureExtension fromJson(JsonNode json, String source) {
        String kind = json.path("kind").asText("");
        return switch (kind) {
            case FramingExtension.KIND -> FramingExtension.fromJson(json, source);
            default -> throw new ModelFormatException(source + ": unknown feature extension kind '" + kind + "' (known: " + FramingExtension.KIND + ")");
        };
    }
}
