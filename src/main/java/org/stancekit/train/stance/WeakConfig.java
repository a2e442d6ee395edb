package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Weak supervision from the unlabelled pool: the rules file, the label-model confidence a pool article needs,
 * which labels may be taken from it (all when empty), and at most how many pool articles per label are added.
 * The label model is fitted on the rule votes of the pool and of the labelled training articles, whose known
 * labels anchor it. Its class prior is held fixed: {@code class_prior: labelled} (the label shares of the labelled
 * training articles, add-one smoothed) or {@code rules} (the rules file's {@code class_prior}). Null means labelled
 * and is allowed only when the rules file has no {@code class_prior}, so that a prior written there is never
 * silently replaced (the trainer checks this when it loads the rules).
 */
public record WeakConfig(String rules, Double minConfidence, List<String> onlyLabels, Integer maxPerLabel, String classPrior) {

    /** The allowed values of {@code class_prior}. */
    public static final List<String> PRIORS = List.of("labelled", "rules");

    public WeakConfig {
        if (rules == null) throw Configs.invalid("weak_supervision.rules", null, "a rules YAML file");
        if (classPrior != null) Configs.oneOf("weak_supervision.class_prior", classPrior, PRIORS);
        minConfidence = minConfidence == null ? 0.8 : minConfidence;
        onlyLabels = onlyLabels == null ? List.of() : List.copyOf(onlyLabels);
        maxPerLabel = maxPerLabel == null ? 200 : maxPerLabel;
        if (!(minConfidence > 0 && minConfidence <= 1)) throw Configs.invalid("weak_supervision.min_confidence", minConfidence, "a number in (0, 1]");
        if (maxPerLabel < 1) throw Configs.invalid("weak_supervision.max_per_label", maxPerLabel, "an integer >= 1");
    }
}
