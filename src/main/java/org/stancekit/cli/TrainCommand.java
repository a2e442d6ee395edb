package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.RunManifest;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import org.stancekit.config.Configs;
import java.nio.file.Files;

/** {@code stancekit train}: trains a model from a YAML experiment config and writes one model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a classifier from a YAML config (training/*.yaml) and save it as one model zip.",
                "If the config names test data, the model is evaluated on it (and on it without texts shared with training)."})
public final class TrainCommand extends Verb implements Callable<Integer> {


    @Option(names = "--config", required = true, description = "Experiment config (YAML).")
    Path config;

    @Option(names = {"-o", "--output"}, description = "Model file to write, or a folder to write <config name>.zip into (default: the config's output).")
    Path output;

    @Option(names = "--seed", description = "Random seed (default: the config's seed).")
    Long seed;

    @Option(names = "--threads", description = "Solver threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int solverThreads = threads(threads);
        TrainConfig cfg = TrainConfig.load(config);
        long s = seed != null ? seed : cfg.seed();
        Path out = output != null ? output : cfg.output() != null ? TrainConfig.resolve(config, cfg.output()) : null;
        if (out == null) throw new IllegalArgumentException("no output: give -o MODEL.zip or set 'output' in " + config);
        out = intoFolder(out, config);
        String field = cfg.data().labelField();

        Path trainPath = TrainConfig.resolveInput(config, "data.train", cfg.data().train());
        Terminal.info("reading %s", trainPath);
        LabelledSplit train = LabelledSplit.read(trainPath, field);
        List<RunManifest.DataFile> data = new ArrayList<>();
        data.add(train.describe("train"));

        ClassifierTrainer trainer = new ClassifierTrainer(solverThreads,
                line -> Terminal.info("%s", line));
        ClassifierTrainer.Result r = trainer.train(train.labelled(), cfg, s);
        TextClassifier c = r.classifier();

        Map<String, Double> timings = new LinkedHashMap<>(r.timings());
        ObjectNode metrics = Configs.JSON.createObjectNode();
        if (cfg.data().test() != null) {
            Path testPath = TrainConfig.resolveInput(config, "data.test", cfg.data().test());
            Terminal.info("evaluating on %s", testPath);
            LabelledSplit test = LabelledSplit.read(testPath, field);
            data.add(test.describe("test"));
            long t0 = System.nanoTime();
            HeldOut h = HeldOut.evaluate(c, train.labelled(), test.forScoring(c.labels()), field);
            timings.put("evaluate_s", (System.nanoTime() - t0) / 1e9);
            metrics.set("test", h.all().toJson());
            ObjectNode d = h.dedup().toJson();
            d.put("removed_shared_with_train", h.removed());
            metrics.set("test_dedup", d);
            out().printf("test:         n=%,d  accuracy=%.4f  macro-F1=%.4f%n", h.all().n(), h.all().accuracy(), h.all().macroF1());
            if (h.dedup().n() == 0) {
                out().printf("test (dedup): n=0  (all %,d test texts are also in the training data)%n", h.removed());
            } else {
                out().printf("test (dedup): n=%,d  accuracy=%.4f  macro-F1=%.4f  (%,d texts shared with train removed)%n",
                        h.dedup().n(), h.dedup().accuracy(), h.dedup().macroF1(), h.removed());
            }
        }
        timings.put("total_s", (System.nanoTime() - start) / 1e9);
        ObjectNode manifest = RunManifest.build(c, cfg, s, data, timings, "stancekit train --config " + config + " --seed " + s);
        manifest.set("metrics", metrics);
        ModelFile.save(c, manifest, out);
        out().printf("wrote %s (%,d features, %d labels) in %.1f s%n", out, c.vectorizer().dimension(), c.labels().size(),
                timings.get("total_s"));
        return 0;
    }

    /**
     * The model file for an output that is an existing folder ({@code -o models/}): {@code <folder>/<config name>.zip},
     * as {@code cp file folder/} would; found before training, not when the model is saved.
     */
    static Path intoFolder(Path out, Path config) {
        if (!Files.isDirectory(out)) return out;
        String name = config.getFileName().toString().replaceFirst("(?i)\\.(ya?ml|json)$", "");
        return out.resolve(name + ".zip");
    }
}
