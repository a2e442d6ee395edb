package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.train.RunManifest;
import org.stancekit.train.stance.StanceConfig;
import org.stancekit.train.stance.StanceEvaluation;
import org.stancekit.train.stance.StanceRun;
import org.stancekit.train.stance.StanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.List;
import org.stancekit.features.framing.FramingExtension;
import org.stancekit.train.TrainConfig;

/**
 * {@code stancekit train-stance}: trains a stance model from a stance config (labelled articles, framing
 * features, optional weak supervision and self-training) and writes the model zip that {@code analyze},
 * {@code score} and {@code explain} load. With {@code --evaluate} the config's CV / outlet-split figures go
 * into the manifest too.
 */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = {"Train a stance model from a stance config (e.g. training/stance-vi.yaml) and write the model zip.",
                "--evaluate first measures the config by cross-validation (or the cross-outlet split) and stores the figures."})
public final class TrainStanceCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-c", "--config"}, required = true, description = "stance config YAML")
    Path config;

    @Option(names = {"-o", "--output"}, description = "model zip, or a folder to write <config name>.zip into (default: the config's output)")
    Path output;

    @Option(names = "--evaluate", description = "measure the config (CV or outlet split) and store the figures in the manifest")
    boolean evaluate;

    @Option(names = "--threads", description = "threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        int t = threads(threads);
        StanceRun run = StanceRun.load(config, t, s -> err().println("stancekit: " + s));
        StanceConfig cfg = run.config();
        Path out = output != null ? output : cfg.output() != null ? StanceConfig.resolve(config, cfg.output()) : null;
        if (out == null) throw new IllegalArgumentException("no output: give -o MODEL.zip or set 'output' in " + config);
        out = TrainCommand.intoFolder(out, config);
        ObjectNode metrics = Configs.JSON.createObjectNode();
        if (evaluate) {
            StanceEvaluation.Result r = run.evaluate(s -> err().println("stancekit: " + s));
            ObjectNode ev = r.confusion().toJson();
            ev.put("protocol", r.protocol());
            metrics.set(r.protocol().contains("CV") ? "cv" : "outlet_split", ev);
            out().printf(Locale.ROOT, "%s: macro-F1 %.3f (%s)%n", cfg.task(), r.confusion().macroF1(), r.protocol());
        }
        StanceTrainer.Fit fit = run.trainer().fit(run.train(), run.pool());
        TextClassifier c = fit.classifier();
        ObjectNode m = Configs.JSON.createObjectNode();
        m.put("task", cfg.task());
        m.put("kind", "stance");
        m.put("label_field", cfg.data().labelField());
        m.set("labels", Configs.JSON.valueToTree(c.labels()));
        m.put("created_at", Instant.now().toString());
        m.put("seed", cfg.seed());
        m.put("command", "stancekit train-stance --config " + config + (evaluate ? " --evaluate" : ""));
        m.put("num_features", c.dimension());
        m.set("config", Configs.JSON.valueToTree(cfg));
        Path train = TrainConfig.resolveInput(config, "data.train", cfg.data().train());
        m.set("data", Configs.JSON.valueToTree(List.of(new RunManifest.DataFile("train", cfg.data().train(),
                sha256(train), fit.labelled(), run.errors().size()))));
        m.set("weak_added", Configs.JSON.valueToTree(fit.weakAdded()));
        m.set("self_training_added", Configs.JSON.valueToTree(fit.selfAdded()));
        m.put("git_commit", RunManifest.gitCommit());
        ObjectNode v = m.putObject("versions");
        v.put("java", System.getProperty("java.version"));
        v.put("liblinear", "2.44");
        m.set("timings", Configs.JSON.createObjectNode().put("total_s", (System.nanoTime() - t0) / 1e9));
        m.set("metrics", metrics);
        ModelFile.save(c, m, out);
        int sentence = c.extension() instanceof FramingExtension fe && fe.sentences() != null ? fe.sentences().dimension() : 0;
        out().printf(Locale.ROOT, "wrote %s (%,d features: %,d n-grams + %d framing%s; %d labels) from %d labelled articles%s%n",
                out, c.dimension(), c.vectorizer().dimension(), c.dimension() - c.vectorizer().dimension() - sentence,
                sentence == 0 ? "" : " + " + sentence + " from the sentence model", c.labels().size(),
                fit.labelled(), fit.weakAdded().isEmpty() && fit.selfAdded().isEmpty() ? ""
                        : ", weak " + fit.weakAdded() + ", self-training " + fit.selfAdded());
        out().flush();
        return 0;
    }

    private static String sha256(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
