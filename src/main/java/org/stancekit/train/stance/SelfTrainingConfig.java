package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Self-training on the unlabelled pool: after training, the model labels the pool; articles predicted with at
 * least {@code min_confidence} (and a label in {@code only_labels}, all when empty) are added, at most
 * {@code max_per_label} per label, and the model is retrained; repeated {@code rounds} times.
 */
public record SelfTrainingConfig(Integer rounds, Double minConfidence, List<String> onlyLabels, Integer maxPerLabel) {

    public SelfTrainingConfig {
        rounds = rounds == null ? 1 : rounds;
        minConfidence = minConfidence == null ? 0.8 : minConfidence;
        onlyLabels = onlyLabels == null ? List.of() : List.copyOf(onlyLabels);
        maxPerLabel = maxPerLabel == null ? 200 : maxPerLabel;
        if (rounds < 1) throw Configs.invalid("self_training.rounds", rounds, "an integer >= 1");
        if (!(minConfidence > 0 && minConfidence <= 1)) throw Configs.invalid("self_training.min_confidence", minConfidence, "a number in (0, 1]");
        if (maxPerLabel < 1) throw Configs.invalid("self_training.max_per_label", maxPerLabel, "an integer >= 1");
    }
}
