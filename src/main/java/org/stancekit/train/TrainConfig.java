package org.stancekit.train;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.text.TextConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One training experiment as written in {@code training/*.yaml}: data, text pipeline, features, linear model,
 * an optional neural member ({@code neural}, absent: linear only), seed.
 * The whole record is saved in the model's manifest; {@code search} is the search space read by {@code tune}
 * (training itself ignores it).
 */
public record TrainConfig(String task, DataConfig data, TextConfig pipeline, VectorizerConfig features,
                          LinearConfig model, NeuralConfig neural, Long seed, String output, JsonNode search) {

    public TrainConfig {
        task = task == null ? "topic" : task;
        if (data == null) throw Configs.invalid("data", null, "a section with train, test, label_field");
        pipeline = pipeline == null ? TextConfig.defaults() : pipeline;
        features = features == null ? VectorizerConfig.defaults() : features;
        model = model == null ? LinearConfig.defaults() : model;
        seed = seed == null ? 42L : seed;
    }

    /** Reads and validates a YAML config file. */
    public static TrainConfig load(Path file) {
        JsonNode tree = Configs.readTree(file);
        TrainConfig c = Configs.bind(tree, TrainConfig.class, file.toString());
        return c.withPipeline(c.pipeline().resolvePaths(file));
    }

    /** A path from the config resolved against the config file's folder. */
    public static Path resolve(Path configFile, String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() || configFile == null) return p;
        Path dir = configFile.toAbsolutePath().getParent();
        return dir.resolve(p).normalize();
    }

    /**
     * An input file named by the config under {@code key} (e.g. {@code data.train}), resolved against the config
     * file's folder ({@code -} stays stdin). When it is missing the error says where it was looked for, and when the
     * path names a file relative to the current folder instead, how to write that file's path in the config.
     */
    public static Path resolveInput(Path configFile, String key, String path) {
        if (path.equals("-")) return Path.of(path);
        Path p = resolve(configFile, path);
        if (Files.exists(p)) return p;
        String msg = configFile + ": " + key + ": " + p + " does not exist (paths in a config are relative to the config file's folder)";
        Path here = Path.of(path).toAbsolutePath().normalize();
        if (!Path.of(path).isAbsolute() && configFile != null && Files.exists(here)) {
            Path dir = configFile.toAbsolutePath().normalize().getParent();
            msg += "; for the file " + path + " in the current folder write '" + dir.relativize(here).toString().replace('\\', '/')
                    + "' or an absolute path";
        }
        throw new ConfigException(msg);
    }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(task, data, pipeline, features, model, neural, s, output, search);
    }

    public TrainConfig withFeatures(VectorizerConfig f) {
        return new TrainConfig(task, data, pipeline, f, model, neural, seed, output, search);
    }

    public TrainConfig withModel(LinearConfig m) {
        return new TrainConfig(task, data, pipeline, features, m, neural, seed, output, search);
    }

    public TrainConfig withNeural(NeuralConfig n) {
        return new TrainConfig(task, data, pipeline, features, model, n, seed, output, search);
    }

    public TrainConfig withData(DataConfig d) {
        return new TrainConfig(task, d, pipeline, features, model, neural, seed, output, search);
    }

    /** The config without its search space (what a trained model records). */
    public TrainConfig withoutSearch() {
        return new TrainConfig(task, data, pipeline, features, model, neural, seed, output, null);
    }

    public TrainConfig withPipeline(TextConfig p) {
        return new TrainConfig(task, data, p, features, model, neural, seed, output, search);
    }
}
