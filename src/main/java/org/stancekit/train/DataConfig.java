package org.stancekit.train;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Where a training run's data lives and how to read its labels. Paths are relative to the config file.
 *
 * @param train      training corpus (JSONL, optionally gzip, or CSV with a {@code text} column and the label in the
 *                   column named {@code labelField})
 * @param test       optional held-out corpus evaluated after training (figures go into the manifest)
 * @param labelField the JSON field (or CSV column) holding the label
 * @param labels     optional fixed label set (records with other labels are an error); empty = every label seen
 */
public record DataConfig(String train, String test, String labelField, List<String> labels) {

    public DataConfig {
        if (train == null || train.isBlank()) throw Configs.invalid("data.train", train, "a path to a JSONL or CSV corpus");
        labelField = labelField == null ? "label" : labelField;
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
