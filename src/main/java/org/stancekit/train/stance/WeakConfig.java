package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Weak supervision from the unlabelled pool: the rules file, the label-model confidence a pool article needs,
 * which labels may be taken from it (all when empty), and at most how many pool articles per label are added.
 * The label model is fitted on the rule votes of the pool and of the labelled training articles, whose known
 * labels anchor it.
 */
public record WeakConfig(String rules, Double minConfidence, List<String> onlyLabels, Integer maxPerLabel) {

    public WeakConfig {
        if (rules == null) throw Configs.invalid("weak_supervision.rules", null, "a rules YAML file");
        minConfidence = minConfidence == null ? 0.8 : minConfidence;
        onlyLabels = onlyLabels == null ? List.of() : List.copyOf(onlyLabels);
        maxPerLabel = maxPerLabel == null ? 200 : maxPerLabel;
        if (!(minConfidence > 0 && minConfidence <= 1)) throw Configs.invalid("weak_supervision.min_confidence", minConfidence, "a number in (0, 1]");
        if (maxPerLabel < 1) throw Configs.invalid("weak_supervision.max_per_label", maxPerLabel, "an integer >= 1");
    }
}
