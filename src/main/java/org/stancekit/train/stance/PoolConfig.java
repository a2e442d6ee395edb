package org.stancekit.train.stance;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * The unlabelled pool used by weak supervision and self-training: JSONL corpora, optionally only articles
 * whose {@code label_field} equals {@code label} (e.g. the VNTC "The gioi" section), and only articles naming
 * each side's actors at least {@code min_side_mentions} times, as the labelled articles do. Articles that
 * duplicate a labelled article are always dropped.
 */
public record PoolConfig(List<String> paths, String labelField, String label, Integer minSideMentions) {

    public PoolConfig {
        paths = paths == null ? List.of() : List.copyOf(paths);
        if (paths.isEmpty()) throw Configs.invalid("unlabelled.paths", "[]", "one or more JSONL corpora");
        labelField = labelField == null ? "label" : labelField;
        minSideMentions = minSideMentions == null ? 2 : minSideMentions;
        if (minSideMentions < 0 || minSideMentions > 10) throw Configs.invalid("unlabelled.min_side_mentions", minSideMentions, "0..10");
    }
}
