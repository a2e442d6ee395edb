package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.eval.Confusion;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stancekit bench topic}: trains stancekit on a topic config's train split, evaluates on its test split
 * (all and de-duplicated), measures wall time and peak memory, then runs the scikit-learn peer on the same files.
 */
@Command(name = "topic", mixinStandardHelpOptions = true,
        description = {"Topic benchmark: stancekit vs scikit-learn TF-IDF + LinearSVC on the same train/test split, in one run.",
                "Prints accuracy and macro-F1 (all test records and test without texts shared with train), training wall time and peak RSS."})
public final class BenchTopicCommand extends Verb implements Callable<Integer> {


    @Option(names = "--config", description = "Topic config (default: training/topic-vntc.yaml).")
    Path config;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with scikit-learn for the peer (default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--no-peer", description = "Skip the scikit-learn peer.")
    boolean noPeer;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        String home = System.getProperty("stancekit.home", ".");
        Path cfgPath = config != null ? config : Path.of(home, "training", "topic-vntc.yaml");
        TrainConfig cfg = TrainConfig.load(cfgPath);
        if (cfg.data().test() == null) throw new IllegalArgumentException(cfgPath + ": the benchmark needs data.test");
        Path trainPath = TrainConfig.resolve(cfgPath, cfg.data().train());
        Path testPath = TrainConfig.resolve(cfgPath, cfg.data().test());
        String field = cfg.data().labelField();

        long t0 = System.nanoTime();
        LabelledSplit train = LabelledSplit.read(trainPath, field);
        double readS = (System.nanoTime() - t0) / 1e9;
        ClassifierTrainer.Result r = new ClassifierTrainer(Runtime.getRuntime().availableProcessors(), s -> Terminal.info("%s", s))
                .train(train.labelled(), cfg, cfg.seed());
        double trainWall = (System.nanoTime() - t0) / 1e9;
        long peakKb = peakRssKb();

        LabelledSplit test = LabelledSplit.read(testPath, field);
        List<Article> known = test.knownLabels(r.classifier().labels());
        HeldOut h = HeldOut.evaluate(r.classifier(), train.labelled(), known, field);
        Confusion all = h.all();
        Confusion clean = h.dedup();

        out.printf("VNTC topic benchmark: train %s (%,d docs), test %s (%,d docs; %,d without texts shared with train)%n",
                trainPath.getFileName(), train.labelled().size(), testPath.getFileName(), known.size(), known.size() - h.removed());
        out.printf("%-44s %9s %9s %11s %11s %9s %9s%n", "system", "accuracy", "macro-F1", "dedup-acc", "dedup-F1", "train-s", "peak-RSS");
        out.printf("%-44s %9.4f %9.4f %11.4f %11.4f %9.1f %8.2fG%n",
                String.format("stancekit %s C=%s%s, %d-%d grams", cfg.model().solver(), cfg.model().c(),
                        cfg.neural() == null ? "" : " + net " + cfg.neural().hidden(), cfg.features().ngramMin(), cfg.features().ngramMax()),
                all.accuracy(), all.macroF1(), clean.accuracy(), clean.macroF1(), trainWall, peakKb / 1048576.0);
        Double netS = r.timings().get("train_neural_s");
        out.printf("  (stancekit train-s = read %.1f + pipeline %.1f + vectorizer %.1f + solver %.1f + calibration %.1f%s s on %d cores)%n",
                readS, r.timings().get("fit_pipeline_s"), r.timings().get("fit_vectorizer_s"), r.timings().get("train_s"),
                r.timings().getOrDefault("calibrate_s", 0.0), netS == null ? "" : String.format(" + network %.1f", netS),
                Runtime.getRuntime().availableProcessors());
        if (!noPeer) {
            JsonNode p = runPeer(home, trainPath, testPath, cfg);
            out.printf("%-44s %9.4f %9.4f %11.4f %11.4f %9.1f %9s%n", "scikit-learn TF-IDF + LinearSVC, 1-2 grams", p.get("accuracy").asDouble(),
                    p.get("macro_f1").asDouble(), p.get("dedup_accuracy").asDouble(), p.get("dedup_macro_f1").asDouble(),
                    p.get("train_s").asDouble(), "");
        }
        return 0;
    }

    /** Peak resident set size of this JVM in kB (VmHWM), or -1 where /proc is unavailable. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private JsonNode runPeer(String home, Path train, Path test, TrainConfig cfg) throws IOException, InterruptedException {
        Path script = Path.of(home, "training", "peers", "topic_sklearn.py");
        Terminal.info("running the scikit-learn peer (%s)...", script);
        Process p = new ProcessBuilder(python, script.toString(), train.toString(), test.toString(), "--ngram-max", "2")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("the scikit-learn peer failed (exit " + p.exitValue() + "); is scikit-learn installed for " + python + "?");
        String last = stdout.strip().lines().reduce((a, b) -> b).orElse("");
        return Configs.JSON.readTree(last);
    }
}
