package org.stancekit.train.weak;

import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rules file: the label set and the labelling functions voting into it. Validated on load: every rule's
 * label must be in {@code labels} and names must be unique.
 */
public record RuleSet(List<String> labels, List<RuleSpec> rules) {

    public RuleSet {
        if (labels == null || labels.size() < 2) throw Configs.invalid("labels", labels, "at least two labels");
        if (rules == null || rules.isEmpty()) throw Configs.invalid("rules", rules, "at least one rule");
        labels = List.copyOf(labels);
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (RuleSpec r : rules) {
            if (!labels.contains(r.label())) throw Configs.invalid("rules." + r.name() + ".label", r.label(), String.join(", ", labels));
            if (!names.add(r.name())) throw Configs.invalid("rules.name", r.name(), "unique rule names");
        }
    }

    /** Loads and validates a rules YAML file. */
    public static RuleSet load(Path file) {
        try {
            return Configs.bind(Configs.readTree(file), RuleSet.class, file.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }
}
