package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.eval.CrossValidation;
import org.stancekit.eval.EvalOptions;
import org.stancekit.eval.SearchSpace;
import org.stancekit.eval.Tuner;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.TreeSet;
import org.stancekit.eval.Evaluation;
import org.stancekit.eval.Evaluator;
import org.stancekit.eval.Interval;
import org.stancekit.model.ModelFile;
import org.stancekit.train.RunManifest;
import java.io.PrintWriter;

/** {@code stancekit tune}: hyper-parameter search with k-fold cross-validation on a time budget. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Search a config's hyper-parameters (its 'search' section) by random or grid search, scoring each trial "
                + "by k-fold cross-validation on the training data, within a time budget. Prints a leaderboard and writes the "
                + "best config (without the search section) ready for 'stancekit train --config'; --train-best also trains "
                + "and saves that model. A trial that has started always finishes; no new trial starts when the mean trial "
                + "time so far would overrun the budget.",
                "",
                "Search section example:",
                "  search:",
                "    strategy: random        # or grid",
                "    folds: 3",
                "    metric: macro_f1",
                "    params:",
                "      model.c: {log_uniform: [0.05, 20]}",
                "      model.solver: [svm, logreg]",
                "      features.ngram_max: [1, 2]"})
public final class TuneCommand extends Verb implements Callable<Integer> {


    /** Config sections whose keys may be searched. */
    static final Set<String> TUNABLE = Set.of("pipeline", "features", "model");
    static final Set<String> SEARCH_KEYS = Set.of("strategy", "folds", "metric", "max_trials", "params");

    @Option(names = "--config", required = true, description = "Experiment config (YAML) with a 'search' section.")
    Path config;

    @Option(names = "--budget", defaultValue = "10m", description = "Time budget, e.g. 90s, 10m, 1h30m (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = {"-k", "--folds"}, description = "Folds per trial (default: the search section's, else 3).")
    Integer folds;

    @Option(names = "--strategy", description = "random or grid (default: the search section's, else random).")
    String strategy;

    @Option(names = "--metric", description = "Metric to optimise (default: the search section's, else macro_f1).")
    String metric;

    @Option(names = "--max-trials", description = "Stop after this many trials (default: the search section's, else 1000).")
    Integer maxTrials;

    @Option(names = "--group-by", description = "Grouped folds: keep records with the same 'outlet' (or label/metadata field) together.")
    String groupBy;

    @Option(names = "--seed", description = "Seed for folds, sampling and training (default: the config's seed).")
    Long seed;

    @Option(names = {"-o", "--output"}, description = "Where to write the best config (default: <config>-best.yaml beside the config).")
    Path output;

    @Option(names = "--report", defaultValue = "tune-report", description = "Folder for tune.json and leaderboard.md (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--threads", description = "Solver threads (default: all cores).")
    Integer threads;

    @Option(names = "--holdout", description = "Keep this stratified fraction (e.g. 0.2) out of the search and score the best config on it: "
            + "an estimate not biased by the search itself.")
    Double holdout;

    @Option(names = "--train-best", description = "Train the best config on all the training data and save the model (the config's output, or --model-output).")
    boolean trainBest;

    @Option(names = "--model-output", description = "Model file for --train-best (default: the best config's output).")
    Path modelOutput;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int solverThreads = threads(threads);
        ObjectNode tree = (ObjectNode) Configs.readTree(config).deepCopy();
        JsonNode searchNode = tree.remove("search");
        if (searchNode == null || !searchNode.isObject()) {
            throw new ConfigException(config + ": no 'search' section; add e.g.\n  search:\n    params:\n      model.c: [0.1, 1, 10]");
        }
        checkKeys(searchNode);
        SearchSpace space;
        try {
            space = SearchSpace.fromJson(searchNode.get("params"), config.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        for (SearchSpace.Param p : space.params()) {
            String section = p.key().contains(".") ? p.key().substring(0, p.key().indexOf('.')) : p.key();
            if (!TUNABLE.contains(section) || !p.key().contains(".")) {
                throw new ConfigException(config + ": search parameter '" + p.key() + "' cannot be tuned (allowed: keys under " + String.join(", ", new TreeSet<>(TUNABLE)) + ", e.g. model.c)");
            }
        }
        TrainConfig base = Configs.bind(tree, TrainConfig.class, config.toString());
        for (Map<String, Object> point : space.checkPoints()) Configs.bind(applied(tree, point), TrainConfig.class, config + " (search.params)");
        long s = seed != null ? seed : base.seed();
        int configFolds = searchInt(searchNode, "folds", 3, 2);
        int configTrials = searchInt(searchNode, "max_trials", 1000, 1);
        int k = folds != null ? folds : configFolds;
        String strat = strategy != null ? strategy : searchNode.path("strategy").asText("random");
        String met = metric != null ? metric : searchNode.path("metric").asText("macro_f1");
        int cap = maxTrials != null ? maxTrials : configTrials;
        Tuner.Settings settings = new Tuner.Settings(strat, met, Tuner.parseBudget(budget), cap, s);

        String field = base.data().labelField();
        Path trainPath = TrainConfig.resolveInput(config, "data.train", base.data().train());
        Terminal.info("reading %s", trainPath);
        LabelledSplit split = LabelledSplit.read(trainPath, field);
        List<Article> all = split.labelled();
        List<String> labels = ClassifierTrainer.labelSet(all, field, base.data().labels());
        List<Article> articles = all, held = List.of();
        if (holdout != null) {
            if (!(holdout > 0 && holdout < 0.9)) throw new IllegalArgumentException("--holdout must lie in (0, 0.9), got " + holdout);
            List<Article> h = EvaluateCommand.stratifiedSample(all, field, holdout, s + 1);
            Set<Article> hs = Collections.newSetFromMap(new IdentityHashMap<>());
            hs.addAll(h);
            articles = all.stream().filter(a -> !hs.contains(a)).toList();
            held = h;
            Terminal.info("held out %,d records (%.0f%%, stratified) for the final estimate; searching on %,d", held.size(), holdout * 100, articles.size());
        }
        List<Article> searchSet = articles;
        CvCommand.CvData data = CvCommand.CvData.of(articles, field, labels, groupBy);
        int[] fold = data.folds(labels, k, s, false);
        ClassifierTrainer trainer = new ClassifierTrainer(solverThreads, line -> { });
        EvalOptions opt = EvalOptions.DEFAULTS.withResamples(0).withSeed(s);
        long grid = space.gridSize();
        Terminal.info("%s search over %d parameters (%s), %d-fold CV on %,d records, budget %s, optimising %s",
                strat, space.params().size(), grid < 0 ? "continuous" : grid + " grid points", k, articles.size(), budget, met);

        Tuner.Result result = Tuner.run(space, settings, params -> {
            TrainConfig cfg = CvCommand.fixedLabels(configWith(tree, params), labels).withSeed(s);
            return CrossValidation.run(data.groups() == null ? "stratified" : "grouped", fold, data.groups(),
                    CvCommand.foldModel(trainer, cfg, searchSet, field), opt, null);
        }, t -> Terminal.info("trial %d: %s (%.1f s) %s", t.number(),
                t.ok() ? String.format(Locale.ROOT, "%s %.4f ± %.4f", met, t.mean(), t.sd()) : "failed: " + t.error(), t.seconds(), render(t.params())),
                System::nanoTime);

        printLeaderboard(out(), result, 10);
        Tuner.Trial best = result.best();
        if (best == null) throw new IllegalArgumentException("no trial succeeded (" + result.leaderboard().size() + " tried); see the errors above");
        Path out = output != null ? output : config.resolveSibling(baseName(config) + "-best.yaml");
        writeBestConfig(tree, best, out, k, met, result);
        Files.createDirectories(report);
        ObjectNode json = result.toJson();
        json.put("command", "stancekit tune --config " + config + " --budget " + budget + " --folds " + k + " --strategy " + strat
                + " --metric " + met + " --max-trials " + cap + " --seed " + s + (groupBy != null ? " --group-by " + groupBy : "") + (holdout != null ? " --holdout " + holdout : ""));
        json.put("data_sha256", split.sha256());
        json.put("best_config", out.toString());
        if (!held.isEmpty()) {
            TrainConfig cfg = CvCommand.fixedLabels(configWith(tree, best.params()), labels).withSeed(s);
            Evaluation e = Evaluator.evaluate(
                    ModelPredictions.of(trainer.train(articles, cfg, s).classifier(), held, field), EvalOptions.DEFAULTS.withSeed(s));
            json.set("holdout", e.toJson());
            Interval iv = e.ci().get(met);
            out().printf(Locale.ROOT, "held-out estimate of the best config (%,d records): %s %.4f%s (the search saw none of them)%n", e.n(), met,
                    e.headline().get(met), iv == null ? "" : String.format(Locale.ROOT, ", 95%% CI [%.4f, %.4f]", iv.low(), iv.high()));
        }
        Files.writeString(report.resolve("tune.json"), Jsonl.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
        Files.writeString(report.resolve("leaderboard.md"), leaderboardMarkdown(result, json.get("command").asText()));
        out().printf(Locale.ROOT, "stopped: %s after %d trials in %.0f s%nbest %s %.4f ± %.4f: %s%nwrote %s (train it with: stancekit train --config %s) and %s/tune.json%n",
                result.stoppedBecause(), result.leaderboard().size(), (System.nanoTime() - start) / 1e9, met, best.mean(), best.sd(),
                render(best.params()), out, out, report);
        out().flush();
        if (trainBest) trainBestModel(tree, best, met, labels, all, split, s, out);
        return 0;
    }

    private void trainBestModel(ObjectNode tree, Tuner.Trial best, String met, List<String> labels, List<Article> articles,
                                LabelledSplit split, long s, Path bestConfig) throws Exception {
        TrainConfig cfg = CvCommand.fixedLabels(configWith(tree, best.params()), labels).withSeed(s);
        Path modelPath = modelOutput != null ? modelOutput : cfg.output() != null ? TrainConfig.resolve(config, cfg.output()) : null;
        if (modelPath == null) throw new IllegalArgumentException("--train-best needs --model-output or an 'output' in " + config);
        Terminal.info("training the best config on all %,d records", articles.size());
        ClassifierTrainer.Result r = new ClassifierTrainer(threads(threads), line -> { })
                .train(articles, cfg, s);
        ObjectNode manifest = RunManifest.build(r.classifier(), cfg, s, List.of(split.describe("train")), r.timings(),
                "stancekit train --config " + bestConfig + " --seed " + s);
        ObjectNode tuning = manifest.putObject("tuning");
        tuning.put("metric", met);
        tuning.put("cv_mean", best.mean());
        tuning.put("cv_sd", best.sd());
        tuning.set("params", Jsonl.MAPPER.valueToTree(best.params()));
        boolean replaced = Files.exists(modelPath);
        ModelFile.save(r.classifier(), manifest, modelPath);
        Terminal.info("wrote %s%s", modelPath, replaced ? " (replacing the model that was there; --model-output names another file)" : "");
    }

    /**
     * An integer of the search section, {@code dflt} when absent: a value that is not a whole number >= {@code min}
     * (e.g. {@code folds: five} or {@code folds: 2.5}) is an error naming the key and the value, never the default.
     */
    int searchInt(JsonNode searchNode, String key, int dflt, int min) {
        JsonNode n = searchNode.get(key);
        if (n == null || n.isNull()) return dflt;
        Integer v = null;
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            v = n.intValue();
        } else if (n.isTextual() && n.asText().strip().matches("-?\\d{1,9}")) {
            v = Integer.parseInt(n.asText().strip());
        }
        if (v == null || v < min) {
            throw new ConfigException(config + ": bad value '" + (n.isValueNode() ? n.asText() : n.toString()) + "' for key 'search."
                    + key + "' (allowed: an integer >= " + min + ")");
        }
        return v;
    }

    private void checkKeys(JsonNode searchNode) {
        Iterator<String> it = searchNode.fieldNames();
        while (it.hasNext()) {
            String key = it.next();
            if (!SEARCH_KEYS.contains(key)) {
                throw new ConfigException(config + ": unknown key 'search." + key + "' (allowed: " + String.join(", ", new TreeSet<>(SEARCH_KEYS)) + ")");
            }
        }
    }

    /** The base config tree with the trial's values set at their dotted keys, bound and validated. */
    TrainConfig configWith(ObjectNode tree, Map<String, Object> params) {
        ObjectNode t = applied(tree, params);
        try {
            TrainConfig c = Configs.bind(t, TrainConfig.class, config.toString());
            return c.withPipeline(c.pipeline().resolvePaths(config)); // a dictionary path is relative to the config, as in train
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static ObjectNode applied(ObjectNode tree, Map<String, Object> params) {
        ObjectNode t = tree.deepCopy();
        params.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            ObjectNode node = t;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = node.get(parts[i]);
                if (child == null || child.isNull()) child = node.putObject(parts[i]);
                if (!child.isObject()) throw new IllegalArgumentException("search parameter '" + key + "': '" + parts[i] + "' is not a section");
                node = (ObjectNode) child;
            }
            node.set(parts[parts.length - 1], Jsonl.MAPPER.valueToTree(value));
        });
        return t;
    }

    private void writeBestConfig(ObjectNode tree, Tuner.Trial best, Path out, int k, String met, Tuner.Result r) throws Exception {
        ObjectNode t = applied(tree, best.params());
        Path fromDir = config.toAbsolutePath().getParent(), toDir = out.toAbsolutePath().getParent();
        if (!fromDir.equals(toDir)) {
            // keep relative paths pointing at the same files from the new location
            ObjectNode d = (ObjectNode) t.get("data");
            for (String key : List.of("train", "test")) {
                if (d != null && d.hasNonNull(key)) d.put(key, moved(d.get(key).asText(), fromDir, toDir));
            }
            if (t.hasNonNull("output")) t.put("output", moved(t.get("output").asText(), fromDir, toDir));
            JsonNode w = t.path("pipeline").path("words");
            if (w.hasNonNull("dictionary")) ((ObjectNode) w).put("dictionary", moved(w.get("dictionary").asText(), fromDir, toDir));
        }
        String header = String.format(Locale.ROOT, "# Best of %d trials found by stancekit tune on %s (%s, %d-fold CV): %s %.4f ± %.4f%n# Tuned: %s%n",
                r.leaderboard().size(), config.getFileName(), r.stoppedBecause(), k, met, best.mean(), best.sd(), render(best.params()));
        String yaml = Configs.YAML.writeValueAsString(t).replaceFirst("^---\\s*\\n", "");
        if (toDir != null) Files.createDirectories(toDir);
        Files.writeString(out, header + yaml);
    }

    /** A config path re-expressed for a config in another folder: relative when both share a top folder, else absolute. */
    static String moved(String path, Path fromDir, Path toDir) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return path;
        Path target = fromDir.resolve(p).normalize();
        boolean shareTop = toDir.getNameCount() > 0 && target.getNameCount() > 0 && toDir.getName(0).equals(target.getName(0));
        return shareTop ? toDir.relativize(target).toString() : target.toString();
    }

    private static void printLeaderboard(PrintWriter out, Tuner.Result r, int top) {
        out.printf("%-5s %-6s %-19s %8s  %s%n", "rank", "trial", r.metric() + " (mean ± sd)", "seconds", "parameters");
        int rank = 0;
        for (Tuner.Trial t : r.leaderboard()) {
            if (!t.ok()) continue;
            if (++rank > top) break;
            out.printf(Locale.ROOT, "%-5d %-6d %.4f ± %.4f     %8.1f  %s%n", rank, t.number(), t.mean(), t.sd(), t.seconds(), render(t.params()));
        }
        Tuner.Trial best = r.best();
        if (best != null && !Double.isNaN(best.sd())) {
            long close = r.leaderboard().stream().filter(t -> t.ok() && t != best && Math.abs(t.mean() - best.mean()) <= best.sd()).count();
            if (close > 0) {
                out.printf(Locale.ROOT, "note: %d other trials are within one fold standard deviation (%.4f) of the best; their differences are mostly noise%n", close, best.sd());
            }
        }
        long failed = r.leaderboard().stream().filter(t -> !t.ok()).count();
        if (failed > 0) out.printf("%d trials failed (invalid parameter combinations; see tune.json)%n", failed);
    }

    private static String leaderboardMarkdown(Tuner.Result r, String command) {
        StringBuilder b = new StringBuilder("# Hyper-parameter search\n\nReproduce with:\n\n```\n" + command + "\n```\n\n");
        b.append("Stopped: ").append(r.stoppedBecause()).append(String.format(Locale.ROOT, " (%.0f s).%n%n", r.seconds()));
        b.append("| rank | trial | ").append(r.metric()).append(" mean | sd | seconds | parameters |\n|---:|---:|---:|---:|---:|---|\n");
        int rank = 0;
        for (Tuner.Trial t : r.leaderboard()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.1f | %s |%n", t.ok() ? Integer.toString(++rank) : "failed", t.number(),
                    t.ok() ? String.format(Locale.ROOT, "%.4f", t.mean()) : "", t.ok() ? String.format(Locale.ROOT, "%.4f", t.sd()) : "",
                    t.seconds(), (render(t.params()) + (t.ok() ? "" : " — " + t.error())).replace("|", "\\|")));
        }
        return b.toString();
    }

    static String render(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
