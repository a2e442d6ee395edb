package org.stancekit.train.weak;

import org.stancekit.config.Configs;
import org.stancekit.features.framing.FramingFeatures;

import java.util.List;

/**
 * One test on a framing feature inside a {@code feature} rule, e.g. {@code {feature: title_first_ru, op: ">=", value: 1}}.
 */
public record Condition(String feature, String op, double value) {

    private static final List<String> OPS = List.of(">", ">=", "<", "<=", "==", "!=");

    public Condition {
        if (feature == null) throw Configs.invalid("feature", null, "a framing feature name");
        if (!FramingFeatures.names().contains(feature)) {
            throw Configs.invalid("feature", feature, String.join(", ", FramingFeatures.names()));
        }
        Configs.oneOf("op", op, OPS);
    }

    /** Whether the feature value satisfies the test. */
    public boolean test(double x) {
        return switch (op) {
            case ">" -> x > value;
            case ">=" -> x >= value;
            case "<" -> x < value;
            case "<=" -> x <= value;
            case "==" -> x == value;
            default -> x != value;
        };
    }
}
