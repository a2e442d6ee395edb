package org.stancekit.train.stance;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.train.LinearConfig;
import org.stancekit.train.TrainConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * One stance experiment ({@code training/stance-*.yaml}): task name, label set, data, how text is read,
 * TF-IDF options, the linear model (class weighting included; {@code trainer: liblinear} one-vs-rest, or
 * {@code softmax} for multinomial logistic regression by L-BFGS with {@code model.c} and {@code model.class_weight}), an optional unlabelled pool with weak
 * supervision and/or self-training on it, seed and output model path.
 */
public record StanceConfig(String task, List<String> labels, StanceData data, StanceText text, VectorizerConfig features,
                           LinearConfig model, String trainer, PoolConfig unlabelled, WeakConfig weakSupervision,
                           SelfTrainingConfig selfTraining, Long seed, String output) {

    public StanceConfig {
        if (task == null || task.isBlank()) throw Configs.invalid("task", task, "a task name such as stance-vi");
        if (labels == null || labels.size() < 2) throw Configs.invalid("labels", labels, "at least two labels");
        labels = List.copyOf(labels);
        if (data == null) throw Configs.invalid("data", null, "a data section");
        text = text == null ? new StanceText(null, null, null, null, null, null, null, null, null) : text;
        features = features == null ? VectorizerConfig.defaults() : features;
        model = model == null ? new LinearConfig("logreg", null, "balanced", null, null, null) : model;
        seed = seed == null ? 13L : seed;
        trainer = trainer == null ? "liblinear" : Configs.oneOf("trainer", trainer, List.of("liblinear", "softmax"));
        if (trainer.equals("softmax") && !model.solver().equals("logreg")) {
            throw Configs.invalid("model.solver", model.solver(), "logreg with trainer: softmax (multinomial logistic regression)");
        }
        if ((weakSupervision != null || selfTraining != null) && unlabelled == null) {
            throw Configs.invalid("unlabelled", null, "an unlabelled pool section (weak_supervision and self_training need it)");
        }
        if (weakSupervision != null) {
            for (String l : weakSupervision.onlyLabels()) if (!labels.contains(l)) throw Configs.invalid("weak_supervision.only_labels", l, String.join(", ", labels));
        }
        if (selfTraining != null) {
            for (String l : selfTraining.onlyLabels()) if (!labels.contains(l)) throw Configs.invalid("self_training.only_labels", l, String.join(", ", labels));
        }
        if (data.format().equals("outlet_csv")) {
            for (String l : data.outletLabels().values()) if (!labels.contains(l)) throw Configs.invalid("data.outlet_labels", l, String.join(", ", labels));
        }
    }

    /** Reads and validates a YAML config. */
    public static StanceConfig load(Path file) {
        JsonNode tree = Configs.readTree(file);
        try {
            return Configs.bind(tree, StanceConfig.class, file.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    /** A path of the config resolved against the config file's folder. */
    public static Path resolve(Path configFile, String path) {
        return TrainConfig.resolve(configFile, path);
    }
}
