package org.stancekit.model;

import java.util.List;
import java.util.Map;

/**
 * The model's answer for one article: the best label, every label's probability (highest first),
 * and the features that pushed the decision most.
 */
public record Prediction(String id, String label, Map<String, Double> scores, List<Contribution> contributions) {

    /** A feature's contribution (value times weight) to the predicted label's decision value. */
    public record Contribution(String feature, double value, double weight) {
        public double contribution() {
            return value * weight;
        }
    }

    /** Probability of the predicted label. */
    public double probability() {
        return scores.get(label);
    }
}
