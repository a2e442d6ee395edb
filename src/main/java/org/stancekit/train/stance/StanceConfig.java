package org.stancekit.train.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        model = model == null ? new LinearConfig(DEFAULT_SOLVER, null, DEFAULT_CLASS_WEIGHT, null, null, null) : model;
        seed = seed == null ? 13L : seed;
        trainer = trainer == null ? "liblinear" : Configs.oneOf("trainer", trainer, List.of("liblinear", "softmax"));
        LinearConfig none = LinearConfig.defaults();
        if (!model.calibrationHoldout().equals(none.calibrationHoldout())) {
            throw Configs.unused("model.calibration_holdout", model.calibrationHoldout(),
                    "is not used by stance models (they are not calibrated; the key is read by topic configs); remove it");
        }
        if (trainer.equals("softmax")) {
            if (!model.solver().equals("logreg")) {
                throw Configs.invalid("model.solver", model.solver(), "logreg with trainer: softmax (multinomial logistic regression)");
            }
            if (!model.epsilon().equals(none.epsilon())) {
                throw Configs.unused("model.epsilon", model.epsilon(), "is not used with trainer: softmax (L-BFGS stops when the gradient norm"
                        + " falls below 1e-6 x max(1, |loss|)); remove it, or use trainer: liblinear");
            }
            if (!model.bias().equals(none.bias())) {
                throw Configs.unused("model.bias", model.bias(), "is not used with trainer: softmax (it always fits an unregularised bias"
                        + " term per label); remove it, or use trainer: liblinear");
            }
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

    /** Solver of a stance model when {@code model.solver} is not written (whether or not the section is). */
    public static final String DEFAULT_SOLVER = "logreg";
    /** Class weighting of a stance model when {@code model.class_weight} is not written. */
    public static final String DEFAULT_CLASS_WEIGHT = "balanced";

    /** Reads and validates a YAML config. */
    public static StanceConfig load(Path file) {
        return bind(Configs.readTree(file), file.toString());
    }

    /**
     * Binds a stance config tree. A written {@code model} section that leaves out {@code solver} or
     * {@code class_weight} gets the stance defaults ({@value #DEFAULT_SOLVER}, {@value #DEFAULT_CLASS_WEIGHT}), the
     * same as a config without the section, not the topic defaults of {@link LinearConfig}.
     */
    public static StanceConfig bind(JsonNode tree, String source) {
        JsonNode model = tree.path("model");
        if (model instanceof ObjectNode m && (!m.has("solver") || !m.has("class_weight"))) {
            ObjectNode copy = ((ObjectNode) tree).deepCopy();
            ObjectNode mc = (ObjectNode) copy.get("model");
            if (!mc.has("solver")) mc.put("solver", DEFAULT_SOLVER);
            if (!mc.has("class_weight")) mc.put("class_weight", DEFAULT_CLASS_WEIGHT);
            tree = copy;
        }
        try {
            return Configs.bind(tree, StanceConfig.class, source);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
    }

    /** A path of the config resolved against the config file's folder. */
    public static Path resolve(Path configFile, String path) {
        return TrainConfig.resolve(configFile, path);
    }
}
