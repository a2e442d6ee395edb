package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.eval.ClassMetrics;
import org.stancekit.eval.EvalOptions;
import org.stancekit.eval.Evaluation;
import org.stancekit.eval.Evaluator;
import org.stancekit.eval.FileHashes;
import org.stancekit.eval.Interval;
import org.stancekit.eval.LeakPair;
import org.stancekit.eval.LeakageDetector;
import org.stancekit.eval.LeakageOptions;
import org.stancekit.eval.LeakageReport;
import org.stancekit.eval.LearningPoint;
import org.stancekit.eval.PredictionSet;
import org.stancekit.eval.Report;
import org.stancekit.eval.ReportContext;
import org.stancekit.eval.ReportWriter;
import org.stancekit.eval.TemperatureScaling;
import org.stancekit.model.LinearModel;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.Collections;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancekit.corpus.Corpora;
import org.stancekit.eval.Metrics;
import org.stancekit.eval.PredictionsFile;
import org.stancekit.features.SparseVector;
import java.io.PrintWriter;

/**
 * {@code stancekit evaluate}: every metric with a bootstrap interval, calibration, the train/test leakage scan with
 * the evaluation on the de-duplicated test set, and a report folder (metrics.json, predictions.jsonl, report.md,
 * report.html).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a model on labelled data: accuracy, macro/micro/weighted F1, per-class figures, MCC, kappa, "
                + "log loss, Brier score and calibration (ECE), each headline figure with a stratified bootstrap 95%% interval. "
                + "Scans for texts shared with the training data (exact and near duplicates) and also scores the "
                + "de-duplicated test set. Writes DIR/metrics.json, predictions.jsonl, leakage.jsonl, report.md and a "
                + "self-contained report.html."})
public final class EvaluateCommand extends Verb implements Callable<Integer> {

    @Option(names = {"-m", "--model"}, description = "Model file (.zip).")
    Path model;

    @Option(names = {"-d", "--data"}, description = "Labelled JSONL corpus (plain or .gz).")
    Path data;

    @Option(names = {"-p", "--predictions"}, description = "Evaluate a predictions.jsonl ({id, gold, pred, scores} per line, from any tool) instead of a model.")
    Path predictionsFile;

    @Option(names = "--label-field", description = "Field holding the gold label (default: the model's label field).")
    String labelField;

    @Option(names = "--report", defaultValue = "report", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Stratified bootstrap resamples for the intervals (0 = none; default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the bootstrap and the learning curve (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--train", description = "Training corpus for the leakage scan (default: the training file named in the model manifest, if present).")
    Path train;

    @Option(names = "--no-leakage", description = "Skip the train/test leakage scan.")
    boolean noLeakage;

    @Option(names = "--near-threshold", defaultValue = "0.8", description = "Estimated Jaccard similarity from which a text is a near-duplicate (default: ${DEFAULT-VALUE}).")
    double nearThreshold;

    @Option(names = "--sided", split = ",", description = "The two sided classes whose mean F1 is reported as f1_sided_avg "
            + "(default for models with both labels: russia_aligned,west_aligned).")
    List<String> sided;

    @Option(names = "--calibrate-on", description = "Validation corpus to fit temperature scaling on; the evaluation then uses the calibrated probabilities.")
    Path calibrateOn;

    @Option(names = "--save-calibrated", description = "Write the temperature-scaled model here (needs --calibrate-on).")
    Path saveCalibrated;

    @Option(names = "--learning-curve", split = ",", description = "Retrain on these fractions of the manifest's training data (e.g. 0.1,0.25,0.5,1) and chart macro-F1.")
    List<Double> learningCurve;

    @Option(names = "--bins", defaultValue = "15", description = "Confidence bins for ECE and the reliability diagram (default: ${DEFAULT-VALUE}).")
    int bins;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (predictionsFile != null) return evaluatePredictions(start);
        if (model == null || data == null) throw usage("give --model and --data, or --predictions FILE");
        ModelFile.Loaded loaded = ModelFile.load(model);
        TextClassifier c = loaded.classifier();
        ObjectNode manifest = loaded.manifest();
        String field = labelField != null ? labelField : manifest.path("label_field").asText("label");
        if (saveCalibrated != null && calibrateOn == null) throw usage("--save-calibrated needs --calibrate-on VALIDATION.jsonl");

        double temperature = Double.NaN;
        ObjectNode evaluatedManifest = manifest;
        if (calibrateOn != null) {
            List<Article> val = LabelledSplit.read(calibrateOn, field).knownLabels(c.labels());
            double before = c.model().temperature();
            temperature = fitTemperature(c, val, field);
            c = c.withTemperature(temperature);
            Terminal.info("temperature scaling fitted on %s (%,d records): T = %.4f (was %.4f)", calibrateOn, val.size(), temperature, before);
            if (temperature < TemperatureScaling.MIN_T * 1.01 || temperature > TemperatureScaling.MAX_T * 0.99) {
                Terminal.warn("the fitted temperature is at the edge of the search range [%s, %s]: is %s held-out data, not training data?",
                        TemperatureScaling.MIN_T, TemperatureScaling.MAX_T, calibrateOn);
            }
            if (saveCalibrated != null) {
                ObjectNode m = manifest.deepCopy();
                ObjectNode cal = m.putObject("calibration");
                cal.put("method", "temperature scaling");
                cal.put("temperature", temperature);
                cal.put("previous_temperature", before);
                cal.put("validation_data", calibrateOn.toString());
                cal.put("validation_sha256", FileHashes.sha256(calibrateOn));
                cal.put("validation_records", val.size());
                ModelFile.save(c, m, saveCalibrated);
                evaluatedManifest = m;
                Terminal.info("wrote calibrated model %s", saveCalibrated);
            }
        }

        LabelledSplit test = LabelledSplit.read(data, field);
        List<Article> articles = test.forScoring(c.labels());
        Terminal.info("scoring %,d records", articles.size());
        PredictionSet p = ModelPredictions.of(c, articles, field);
        EvalOptions opt = new EvalOptions(bootstrap, seed, 0.95, bins, sidedLabels(sided, c.labels()));
        Evaluation e = Evaluator.evaluate(p, opt);
        print(out(), "test", e);

        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(data.toString(), test.sha256());
        if (calibrateOn != null) hashes.put(calibrateOn.toString(), FileHashes.sha256(calibrateOn));

        LeakageReport leak = null;
        Evaluation dedup = null;
        Path trainFile = noLeakage ? null : trainFile(manifest);
        if (trainFile != null) {
            Terminal.info("leakage scan: %s against %s", data, trainFile);
            LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS.withThreshold(nearThreshold));
            long[] unreadable = {0};
            BitSet drop = new BitSet();
            try (me.tongfei.progressbar.ProgressBar bar = Progress.bar("leakage scan", -1, "texts")) {
                Corpora.reader(trainFile, field).read(a -> {
                    d.addTrain(a.id(), a.text());
                    if (bar != null) bar.step();
                }, err -> unreadable[0]++);
                for (int i = 0; i < articles.size(); i++) {
                    LeakPair pair = d.checkTest(articles.get(i).id(), articles.get(i).text());
                    if (pair != null) drop.set(i);
                    if (bar != null) bar.step();
                }
            }
            if (unreadable[0] > 0) Terminal.warn("%s: %,d unreadable records not included in the leakage scan", trainFile, unreadable[0]);
            leak = d.report();
            hashes.put(trainFile.toString(), FileHashes.sha256(trainFile));
            out().printf(Locale.ROOT, "leakage: %,d of %,d test records also in training data (%,d exact, %,d distinct shared texts; %,d near-duplicates)%n",
                    leak.leakedTestRecords(), leak.testRecords(), leak.exactTestRecords(), leak.uniqueSharedTexts(), leak.nearTestRecords());
            if (drop.cardinality() > 0 && drop.cardinality() < articles.size()) {
                dedup = Evaluator.evaluate(p.without(drop), opt);
                print(out(), "de-duplicated test", dedup);
            }
        }

        List<LearningPoint> curve = learningCurve == null ? List.of() : learningCurve(manifest, field, articles, opt);

        Map<String, Long> seeds = new LinkedHashMap<>();
        seeds.put("bootstrap", seed);
        if (manifest.has("seed")) seeds.put("training (from manifest)", manifest.get("seed").asLong());
        String title = "Evaluation of " + model.getFileName() + (Double.isNaN(temperature) ? ""
                : String.format(Locale.ROOT, " (temperature-scaled, T = %.3f)", temperature)) + " on " + data.getFileName();
        ReportContext ctx = new ReportContext(title, commandLine(),
                seeds, hashes, FileHashes.sha256(saveCalibrated != null ? saveCalibrated : model), evaluatedManifest, Instant.now().toString());
        ReportWriter.write(report, new Report(e, p, ctx, leak, dedup, temperature, curve, List.of()));
        out().printf(Locale.ROOT, "wrote %s (metrics.json, predictions.jsonl, report.md, report.html) in %.1f s%n", report, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Evaluates a saved predictions file: every metric and the report, without leakage scan (no texts). */
    private int evaluatePredictions(long start) {
        if (model != null || data != null || calibrateOn != null || learningCurve != null || train != null) {
            throw usage("--predictions evaluates a file on its own; it cannot be combined with --model, --data, --train, --calibrate-on or --learning-curve");
        }
        PredictionSet p = PredictionsFile.read(predictionsFile);
        EvalOptions opt = new EvalOptions(bootstrap, seed, 0.95, bins, sided == null ? List.of() : sided);
        Evaluation e = Evaluator.evaluate(p, opt);
        print(out(), "predictions", e);
        ReportContext ctx = new ReportContext("Evaluation of " + predictionsFile.getFileName(), commandLine(), Map.of("bootstrap", seed),
                Map.of(predictionsFile.toString(), FileHashes.sha256(predictionsFile)), null, null, Instant.now().toString());
        ReportWriter.write(report, Report.basic(e, p, ctx));
        out().printf(Locale.ROOT, "wrote %s (metrics.json, predictions.jsonl, report.md, report.html) in %.1f s%n", report, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The two sided classes: as given, or russia_aligned/west_aligned for a label set that has both (any stance task). */
    static List<String> sidedLabels(List<String> given, List<String> labels) {
        if (given != null) return given;
        if (labels.contains("russia_aligned") && labels.contains("west_aligned")) return List.of("russia_aligned", "west_aligned");
        return List.of();
    }

    /**
     * A data path from a manifest: as recorded when it exists from here; a relative one (train-stance records paths
     * relative to its config) is also tried relative to the folder of the {@code --config} in the recorded command,
     * from the stancekit checkout {@code home}.
     */
    static Path locate(Path recorded, String command, Path home) {
        if (recorded.isAbsolute() || Files.exists(recorded)) return recorded;
        Matcher m = Pattern.compile("(?:--config|-c)[ =](\\S+)").matcher(command);
        if (!m.find()) return recorded;
        Path config = Path.of(m.group(1));
        Path base = config.isAbsolute() ? config : home.resolve(config);
        Path candidate = base.toAbsolutePath().normalize().resolveSibling(recorded).normalize();
        return Files.exists(candidate) ? candidate : recorded;
    }

    /** The training file for the leakage scan: --train, else the manifest's if it still exists with the same SHA-256. */
    private Path trainFile(JsonNode manifest) {
        if (train != null) return train;
        for (JsonNode d : manifest.path("data")) {
            if (!"train".equals(d.path("role").asText())) continue;
            Path p = locate(Path.of(d.path("path").asText()), manifest.path("command").asText(""),
                    Path.of(System.getProperty("stancekit.home", ".")));
            if (!Files.isRegularFile(p)) {
                Terminal.warn("leakage scan skipped: the model's training file %s is not here (give --train)", p);
                return null;
            }
            String want = d.path("sha256").asText("");
            if (!want.isEmpty() && !want.equals(FileHashes.sha256(p))) {
                Terminal.warn("leakage scan skipped: %s has changed since training (SHA-256 differs; give --train)", p);
                return null;
            }
            return p;
        }
        Terminal.warn("no leakage scan: the model manifest names no training file (give --train)");
        return null;
    }

    /**
     * Temperature of the linear model minimising the validation log loss of the model's own probabilities (for a
     * model with a neural member, of the averaged probabilities).
     */
    static double fitTemperature(TextClassifier c, List<Article> val, String field) {
        if (val.isEmpty()) throw new IllegalArgumentException("the calibration split has no record with a label the model knows");
        double[][] dec = new double[val.size()][];
        double[][] nn = new double[val.size()][];
        int[] gold = new int[val.size()];
        java.util.stream.IntStream.range(0, val.size()).parallel().forEach(i -> {
            SparseVector x = c.vectorize(val.get(i));
            dec[i] = c.model().decision(x);
            nn[i] = c.neural() == null ? null : c.neural().probabilities(x);
        });
        for (int i = 0; i < gold.length; i++) gold[i] = c.labels().indexOf(val.get(i).label(field));
        LinearModel.Link link = c.model().link();
        double w = c.neural() == null ? 0 : c.neural().weight();
        return TemperatureScaling.fit(t -> {
            double s = 0;
            for (int i = 0; i < dec.length; i++) {
                double pr = (1 - w) * LinearModel.toProbabilities(dec[i], link, t)[gold[i]] + (nn[i] == null ? 0 : w * nn[i][gold[i]]);
                s -= Math.log(Math.max(pr, Metrics.LOG_LOSS_EPS));
            }
            return s / dec.length;
        });
    }

    /** Retrains with the manifest's config on stratified fractions of its training data and scores each on the test set. */
    private List<LearningPoint> learningCurve(JsonNode manifest, String field, List<Article> testArticles, EvalOptions opt) {
        if (!manifest.has("config")) throw new IllegalArgumentException(model + ": the manifest has no training config; cannot draw a learning curve");
        TrainConfig cfg = Configs.bind(manifest.get("config"), TrainConfig.class, model + ": manifest config");
        Path trainPath = train != null ? train : trainPathFromManifest(manifest);
        LabelledSplit split = LabelledSplit.read(trainPath, field);
        List<String> labels = ClassifierTrainer.labelSet(split.labelled(), field, cfg.data().labels());
        List<Article> all = split.knownLabels(labels);
        cfg = CvCommand.fixedLabels(cfg, labels);
        ClassifierTrainer trainer = new ClassifierTrainer();
        List<LearningPoint> out = new ArrayList<>();
        for (double f : learningCurve.stream().sorted().toList()) {
            if (!(f > 0 && f <= 1)) throw new IllegalArgumentException("learning-curve fractions must lie in (0, 1], got " + f);
            List<Article> sub = stratifiedSample(all, field, f, seed);
            TextClassifier m = trainer.train(sub, cfg, cfg.seed()).classifier();
            Evaluation e = Evaluator.evaluate(ModelPredictions.of(m, testArticles, field), opt);
            Interval iv = e.ci().get("macro_f1");
            out.add(new LearningPoint(sub.size(), e.macroF1(), iv == null ? Double.NaN : iv.low(), iv == null ? Double.NaN : iv.high()));
            Terminal.info("learning curve: %,d training records -> macro-F1 %.4f", sub.size(), e.macroF1());
        }
        return out;
    }

    private static Path trainPathFromManifest(JsonNode manifest) {
        for (JsonNode d : manifest.path("data")) {
            if ("train".equals(d.path("role").asText())) return Path.of(d.path("path").asText());
        }
        throw new IllegalArgumentException("the manifest names no training file; give --train for the learning curve");
    }

    /** A seeded sample of about {@code fraction} of each class (at least one record per class). */
    static List<Article> stratifiedSample(List<Article> all, String field, double fraction, long seed) {
        if (fraction >= 1) return all;
        Map<String, List<Article>> byLabel = all.stream().collect(Collectors.groupingBy(a -> a.label(field), TreeMap::new, Collectors.toList()));
        SplittableRandom rng = new SplittableRandom(seed);
        List<Article> out = new ArrayList<>();
        for (List<Article> group : byLabel.values()) {
            List<Article> g = new ArrayList<>(group);
            for (int i = g.size() - 1; i > 0; i--) Collections.swap(g, i, rng.nextInt(i + 1));
            out.addAll(g.subList(0, Math.max(1, (int) Math.round(fraction * g.size()))));
        }
        return out;
    }

    private String commandLine() {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        return "stancekit " + args.stream().map(a -> a.matches("[\\w./=:,@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }

    private static void print(PrintWriter out, String what, Evaluation e) {
        out.printf(Locale.ROOT, "%s: n=%,d%n", what, e.n());
        e.headline().forEach((k, v) -> {
            Interval iv = e.ci().get(k);
            out.printf(Locale.ROOT, "  %-12s %.4f%s%n", k, v, iv == null ? "" : String.format(Locale.ROOT, "  [%.4f, %.4f]", iv.low(), iv.high()));
        });
        out.printf("  %-24s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
        for (ClassMetrics c : e.perClass()) {
            out.printf(Locale.ROOT, "  %-24s %9.4f %9.4f %9.4f %8d%n", c.label(), c.precision(), c.recall(), c.f1(), c.support());
        }
    }
}
