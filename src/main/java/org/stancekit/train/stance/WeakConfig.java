package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Weak supervision from the unlabelled pool: the rules file, the pool corpora (JSONL, articles whose
 * {@code pool_label_field} equals {@code pool_label} when set; only articles naming each side's actors at least
 * {@code min_side_mentions} times, as the labelled articles do), the label-model confidence an article needs,
 * which labels may be taken from it, and at most how many pool articles per label are added.
 */
public record WeakConfig(String rules, List<String> pool, String poolLabelField, String poolLabel, Integer minSideMentions,
                         Double minConfidence, List<String> onlyLabels, Integer maxPerLabel) {

    public WeakConfig {
        if (rules == null) throw Configs.invalid("weak_supervision.rules", null, "a rules YAML file");
        pool = pool == null ? List.of() : List.copyOf(pool);
        if (pool.isEmpty()) throw Configs.invalid("weak_supervision.pool", "[]", "one or more unlabelled JSONL corpora");
        poolLabelField = poolLabelField == null ? "label" : poolLabelField;
        minConfidence = minConfidence == null ? 0.8 : minConfidence;
        minSideMentions = minSideMentions == null ? 2 : minSideMentions;
        if (minSideMentions < 0 || minSideMentions > 10) throw Configs.invalid("weak_supervision.min_side_mentions", minSideMentions, "0..10");
        onlyLabels = onlyLabels == null ? List.of() : List.copyOf(onlyLabels);
        maxPerLabel = maxPerLabel == null ? 200 : maxPerLabel;
        if (!(minConfidence > 0 && minConfidence <= 1)) throw Configs.invalid("weak_supervision.min_confidence", minConfidence, "a number in (0, 1]");
        if (maxPerLabel < 1) throw Configs.invalid("weak_supervision.max_per_label", maxPerLabel, "an integer >= 1");
    }
}
