package org.stancekit.train.weak;

import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rules file: the label set, an optional fixed class prior for the label model ({@code class_prior},
 * one weight per label; learned when absent) and the labelling functions voting into the labels.
 * Validated on load: every rule's label must be in {@code labels} and names must be unique.
 */
public record RuleSet(List<String> labels, Map<String, Double> classPrior, List<RuleSpec> rules) {

    public RuleSet {
        if (labels == null || labels.size() < 2) throw Configs.invalid("labels", labels, "at least two labels");
        if (rules == null || rules.isEmpty()) throw Configs.invalid("rules", rules, "at least one rule");
        labels = List.copyOf(labels);
        if (classPrior != null) {
            for (Map.Entry<String, Double> e : classPrior.entrySet()) {
                if (!labels.contains(e.getKey())) throw Configs.invalid("class_prior", e.getKey(), String.join(", ", labels));
                if (e.getValue() == null || !(e.getValue() > 0)) throw Configs.invalid("class_prior." + e.getKey(), e.getValue(), "a number > 0");
            }
            if (classPrior.size() != labels.size()) throw Configs.invalid("class_prior", classPrior.keySet(), "one entry per label: " + String.join(", ", labels));
            classPrior = Map.copyOf(classPrior);
        }
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (RuleSpec r : rules) {
            if (!labels.contains(r.label())) throw Configs.invalid("rules." + r.name() + ".label", r.label(), String.join(", ", labels));
            if (!names.add(r.name())) throw Configs.invalid("rules.name", r.name(), "unique rule names");
        }
    }

    /** The fixed class prior in label order, or null when the label model should learn it. */
    public double[] priorVector() {
        if (classPrior == null) return null;
        return labels.stream().mapToDouble(classPrior::get).toArray();
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
