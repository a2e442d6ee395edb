package org.stancekit.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.eval.CrossValidation;
import org.stancekit.eval.CvResult;
import org.stancekit.eval.EvalOptions;
import org.stancekit.eval.Folds;
import org.stancekit.eval.Report;
import org.stancekit.eval.ReportContext;
import org.stancekit.eval.ReportWriter;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.DataConfig;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Arrays;
import org.stancekit.eval.Dedup;
import java.io.PrintWriter;

/** {@code stancekit cv}: k-fold cross-validation of a training config, stratified or grouped (leave-outlets-out). */
@Command(name = "cv", mixinStandardHelpOptions = true,
        description = {"Cross-validate a training config on its training data: stratified k-fold, or grouped k-fold with "
                + "--group-by (e.g. --group-by outlet: no outlet is ever in both training and test). Prints per-fold figures "
                + "and mean ± sd, writes DIR/cv.json, DIR/cv.md and a full report of the pooled out-of-fold predictions."})
public final class CvCommand extends Verb implements Callable<Integer> {


    @Option(names = "--config", required = true, description = "Experiment config (YAML); its data.train is cross-validated.")
    Path config;

    @Option(names = {"-k", "--folds"}, defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--group-by", description = "Keep records with the same value together: 'outlet', a label field or a metadata key.")
    String groupBy;

    @Option(names = "--seed", description = "Seed for folds, training and bootstrap (default: the config's seed).")
    Long seed;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples per fold for the intervals (0 = none; default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--sided", split = ",", description = "Two sided classes for the SemEval-style F1 average (default for stance configs: russia_aligned,west_aligned).")
    List<String> sided;

    @Option(names = "--report", defaultValue = "cv-report", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--threads", description = "Solver threads (default: all cores).")
    Integer threads;

    @Option(names = "--allow-split-duplicates", description = "Let copies of the same text (after normalisation) fall into different folds "
            + "(by default they are kept in one fold, so no fold is tested on texts it was trained on).")
    boolean allowSplitDuplicates;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int solverThreads = threads(threads);
        TrainConfig base = TrainConfig.load(config);
        long s = seed != null ? seed : base.seed();
        String field = base.data().labelField();
        Path trainPath = TrainConfig.resolveInput(config, "data.train", base.data().train());
        Terminal.info("reading %s", trainPath);
        LabelledSplit split = LabelledSplit.read(trainPath, field);
        List<Article> articles = split.labelled();
        List<String> labels = ClassifierTrainer.labelSet(articles, field, base.data().labels());
        TrainConfig cfg = fixedLabels(base, labels).withSeed(s);
        CvData data = CvData.of(articles, field, labels, groupBy);
        int[] fold = data.folds(labels, folds, s, allowSplitDuplicates);
        String scheme = data.groups() == null ? "stratified " + folds + "-fold" + (allowSplitDuplicates ? "" : ", duplicate texts kept together")
                : "grouped " + folds + "-fold by " + groupBy;
        List<String> sidedLabels = EvaluateCommand.sidedLabels(sided, labels);
        EvalOptions opt = EvalOptions.DEFAULTS.withResamples(bootstrap).withSeed(s).withSidedLabels(sidedLabels);
        ClassifierTrainer trainer = new ClassifierTrainer(solverThreads, line -> { });
        Terminal.info("cross-validation (%s) of %s: %,d records, %d classes", scheme, config, articles.size(), labels.size());
        CvResult cv = CrossValidation.run(scheme, fold, data.groups(), foldModel(trainer, cfg, articles, field),
                opt, f -> Terminal.info("fold %d/%d: trained on %,d, tested on %,d%s: macro-F1 %.4f (%.0f s elapsed)", f.index(), folds,
                        f.trainSize(), f.evaluation().n(), f.heldOutGroups().isEmpty() ? "" : " (" + String.join(",", f.heldOutGroups()) + ")",
                        f.evaluation().macroF1(), (System.nanoTime() - start) / 1e9));
        print(out(), cv);
        String command = "stancekit cv --config " + config + " --folds " + folds + (groupBy != null ? " --group-by " + groupBy : "")
                + " --seed " + s + " --bootstrap " + bootstrap + (sidedLabels.isEmpty() ? "" : " --sided " + String.join(",", sidedLabels))
                + (allowSplitDuplicates ? " --allow-split-duplicates" : "");
        writeReport(cv, split, command, s);
        out().printf(Locale.ROOT, "wrote %s/cv.json, cv.md and report.html in %.1f s%n", report, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The config with its label set fixed, so every fold's model predicts the same labels in the same order. */
    static TrainConfig fixedLabels(TrainConfig c, List<String> labels) {
        DataConfig d = c.data();
        return c.withData(new DataConfig(d.train(), d.test(), d.labelField(), labels));
    }

    /** Trains on the fold's training rows and predicts its test rows. */
    static CrossValidation.FoldModel foldModel(ClassifierTrainer trainer, TrainConfig cfg, List<Article> articles, String field) {
        return (trainRows, testRows) -> {
            List<Article> tr = new ArrayList<>(trainRows.length), te = new ArrayList<>(testRows.length);
            for (int i : trainRows) tr.add(articles.get(i));
            for (int i : testRows) te.add(articles.get(i));
            return ModelPredictions.of(trainer.train(tr, cfg, cfg.seed()).classifier(), te, field);
        };
    }

    /** Gold indices, optional group values and text fingerprints of the records. */
    record CvData(int[] gold, String[] groups, String[] fingerprints) {

        /** Grouped folds with a group field; otherwise stratified folds, keeping duplicate texts together unless allowed apart. */
        int[] folds(List<String> labels, int k, long seed, boolean allowSplitDuplicates) {
            if (groups != null) return Folds.grouped(groups, k);
            int[] fold;
            if (allowSplitDuplicates) fold = Folds.stratified(gold, labels.size(), k, seed);
            else {
                long distinct = Arrays.stream(fingerprints).distinct().count();
                if (distinct < gold.length) {
                    Terminal.info("%,d records share their text with another record; each text's copies are kept in one fold", gold.length - distinct);
                }
                fold = Folds.stratifiedGrouped(gold, fingerprints, labels.size(), k, seed);
            }
            Folds.requireEveryClassInTraining(gold, fold, labels, k);
            return fold;
        }

        static CvData of(List<Article> articles, String field, List<String> labels, String groupBy) {
            int[] gold = new int[articles.size()];
            String[] groups = groupBy == null ? null : new String[articles.size()];
            for (int i = 0; i < gold.length; i++) {
                Article a = articles.get(i);
                gold[i] = labels.indexOf(a.label(field));
                if (gold[i] < 0) throw new IllegalArgumentException("article '" + a.id() + "' has label '" + a.label(field) + "', not in the label set " + labels);
                if (groups != null) {
                    groups[i] = ModelPredictions.group(a, groupBy);
                    if (groups[i] == null) throw new IllegalArgumentException("article '" + a.id() + "' has no '" + groupBy + "' to group by");
                }
            }
            String[] fp = articles.parallelStream().map(a -> Dedup.fingerprint(a.text())).toArray(String[]::new);
            return new CvData(gold, groups, fp);
        }
    }

    /** The per-metric summary and the per-fold table shown at the top of the cross-validation report. */
    static List<Report.Table> cvTables(CvResult cv) {
        List<String> head = new ArrayList<>(List.of("metric", "mean", "sd"));
        for (CvResult.Fold f : cv.folds()) head.add("fold " + f.index());
        List<List<String>> rows = new ArrayList<>();
        cv.summary().forEach((m, s) -> {
            List<String> row = new ArrayList<>(List.of(m, f4(s.mean()), f4(s.sd())));
            for (double v : s.perFold()) row.add(f4(v));
            rows.add(row);
        });
        List<List<String>> folds = new ArrayList<>();
        for (CvResult.Fold f : cv.folds()) {
            folds.add(List.of(Integer.toString(f.index()), Long.toString(f.trainSize()), Long.toString(f.evaluation().n()),
                    String.join(", ", f.heldOutGroups()), f4(f.evaluation().macroF1())));
        }
        return List.of(new Report.Table("Cross-validation: mean ± sd over folds", cv.scheme() + "; the figures below this table pool the out-of-fold predictions.", head, rows),
                new Report.Table("Folds", null, List.of("fold", "train", "test", "held-out groups", "macro_f1"), folds));
    }

    private static String f4(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void print(PrintWriter out, CvResult cv) {
        out.printf("cross-validation (%s)%n", cv.scheme());
        out.printf("%-6s %8s %8s %9s %9s  %s%n", "fold", "train", "test", "accuracy", "macro-F1", "held out");
        for (CvResult.Fold f : cv.folds()) {
            out.printf(Locale.ROOT, "%-6d %8d %8d %9.4f %9.4f  %s%n", f.index(), f.trainSize(), f.evaluation().n(),
                    f.evaluation().accuracy(), f.evaluation().macroF1(), String.join(",", f.heldOutGroups()));
        }
        cv.summary().forEach((m, sum) -> out.printf(Locale.ROOT, "%-12s %.4f ± %.4f%n", m, sum.mean(), sum.sd()));
    }

    private void writeReport(CvResult cv, LabelledSplit split, String command, long s) throws Exception {
        Files.createDirectories(report);
        Map<String, Long> seeds = new LinkedHashMap<>();
        seeds.put("folds_training_bootstrap", s);
        ReportContext ctx = new ReportContext("Cross-validation of " + config.getFileName() + " (" + cv.scheme() + ", pooled out-of-fold predictions)",
                command, seeds, Map.of(split.path().toString(), split.sha256()), null, null, Instant.now().toString());
        ReportWriter.write(report, Report.basic(cv.pooled(), cv.pooledPredictions(), ctx).withTables(cvTables(cv)));
        ObjectNode o = cv.toJson();
        o.put("command", command);
        o.put("data_sha256", split.sha256());
        Files.writeString(report.resolve("cv.json"), Jsonl.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o) + "\n");
        Files.writeString(report.resolve("cv.md"), cv.toMarkdown(command));
    }
}
