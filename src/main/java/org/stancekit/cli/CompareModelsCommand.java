package org.stancekit.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.eval.ModelComparison;
import org.stancekit.eval.PredictionSet;
import org.stancekit.eval.PredictionsFile;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.stancekit.eval.FileHashes;

/** {@code stancekit compare-models}: are two models really different on the same test data? */
@Command(name = "compare-models", mixinStandardHelpOptions = true,
        description = {"Compare two models on the same labelled data: McNemar's test on their errors and a paired bootstrap "
                + "of the macro-F1 difference (B minus A), with a plain-language verdict. Give two --model files and --data, "
                + "or two --predictions files (predictions.jsonl from evaluate) over the same records."})
public final class CompareModelsCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-m", "--model"}, description = "Model file (.zip); give exactly two (A then B).")
    List<Path> models;

    @Option(names = {"-p", "--predictions"}, description = "predictions.jsonl files instead of models; give exactly two (A then B).")
    List<Path> predictions;

    @Option(names = {"-d", "--data"}, description = "Labelled JSONL corpus both models are scored on (with --model).")
    Path data;

    @Option(names = "--label-field", description = "Field holding the gold label (default: model A's label field).")
    String labelField;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Paired bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = {"-o", "--output"}, description = "Also write the comparison as JSON to this file ('-' for stdout).")
    Path output;

    @Override
    public Integer call() throws Exception {
        PredictionSet a, b;
        String nameA, nameB;
        if (predictions != null && !predictions.isEmpty()) {
            if (models != null && !models.isEmpty()) throw usage("give either two --model files or two --predictions files, not both");
            if (predictions.size() != 2) throw usage("give exactly two --predictions files, got " + predictions.size());
            a = PredictionsFile.read(predictions.get(0));
            b = aligned(a, PredictionsFile.read(predictions.get(1)), predictions.get(1).toString());
            nameA = predictions.get(0).toString();
            nameB = predictions.get(1).toString();
        } else {
            if (models == null || models.size() != 2) throw usage("give exactly two --model files (A then B), or two --predictions files");
            if (data == null) throw usage("--data is required with --model");
            ModelFile.Loaded la = ModelFile.load(models.get(0)), lb = ModelFile.load(models.get(1));
            TextClassifier ca = la.classifier(), cb = lb.classifier();
            if (!new HashSet<>(ca.labels()).equals(new HashSet<>(cb.labels()))) {
                throw new IllegalArgumentException("the models predict different labels: A " + ca.labels() + ", B " + cb.labels());
            }
            String field = labelField != null ? labelField : la.manifest().path("label_field").asText("label");
            List<Article> articles = LabelledSplit.read(data, field).forScoring(ca.labels());
            Terminal.info("scoring %,d records with both models", articles.size());
            a = ModelPredictions.of(ca, articles, field);
            b = aligned(a, ModelPredictions.of(cb, articles, field), models.get(1).toString());
            nameA = models.get(0).getFileName().toString();
            nameB = models.get(1).getFileName().toString();
        }
        ModelComparison c = ModelComparison.compare(nameA, a, nameB, b, bootstrap, seed, alpha);
        boolean jsonToStdout = output != null && output.toString().equals("-");
        PrintWriter summary = jsonToStdout ? err() : out();
        summary.printf(Locale.ROOT, "%,d records%n", c.n());
        summary.printf(Locale.ROOT, "A %-38s accuracy %.4f  macro-F1 %.4f%n", nameA, c.accuracyA(), c.bootstrap().macroF1A());
        summary.printf(Locale.ROOT, "B %-38s accuracy %.4f  macro-F1 %.4f%n", nameB, c.accuracyB(), c.bootstrap().macroF1B());
        summary.printf(Locale.ROOT, "McNemar (%s): only A right %d, only B right %d, p %s%n", c.mcnemar().method(),
                c.mcnemar().onlyA(), c.mcnemar().onlyB(), ModelComparison.formatP(c.mcnemar().pValue(), 0, alpha));
        summary.printf(Locale.ROOT, "paired bootstrap (%d resamples, seed %d): macro-F1 B-A %+.4f, %s%% CI [%+.4f, %+.4f], p %s%n",
                bootstrap, seed, c.bootstrap().difference(), ModelComparison.percent(1 - alpha), c.bootstrap().interval().low(), c.bootstrap().interval().high(),
                ModelComparison.formatP(c.bootstrap().pValue(), bootstrap, alpha));
        summary.println("verdict: " + c.verdict());
        summary.flush();
        if (output != null) {
            ObjectNode o = c.toJson();
            ObjectNode prov = o.putObject("provenance");
            prov.put("command", "stancekit " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs()));
            prov.put("bootstrap_seed", seed);
            prov.put("bootstrap_resamples", bootstrap);
            ObjectNode hashes = prov.putObject("sha256");
            List<Path> files = new ArrayList<>();
            if (models != null) files.addAll(models);
            if (predictions != null) files.addAll(predictions);
            if (data != null) files.add(data);
            for (Path f : files) hashes.put(f.toString(), FileHashes.sha256(f));
            String json = Jsonl.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o) + "\n";
            if (jsonToStdout) out().print(json);
            else Files.writeString(output, json);
        }
        return 0;
    }

    /** B's predictions reordered to A's records and label order; the records and gold labels must match. */
    static PredictionSet aligned(PredictionSet a, PredictionSet b, String sourceB) {
        if (a.size() != b.size()) throw new IllegalArgumentException(sourceB + ": " + b.size() + " records, but A has " + a.size());
        int k = a.numClasses();
        int[] map = new int[b.numClasses()];
        for (int j = 0; j < map.length; j++) {
            map[j] = a.labelIndex(b.labels().get(j));
            if (map[j] < 0) throw new IllegalArgumentException(sourceB + ": label '" + b.labels().get(j) + "' is not predicted by A " + a.labels());
        }
        if (b.numClasses() != k) throw new IllegalArgumentException(sourceB + ": " + b.numClasses() + " labels, A has " + k);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            if (pos.put(b.id(i), i) != null) throw new IllegalArgumentException(sourceB + ": duplicate record id '" + b.id(i) + "'");
        }
        int[] gold = new int[a.size()], pred = new int[a.size()];
        double[][] probs = b.hasProbabilities() ? new double[a.size()][] : null;
        for (int i = 0; i < a.size(); i++) {
            Integer j = pos.get(a.id(i));
            if (j == null) throw new IllegalArgumentException(sourceB + ": no prediction for record '" + a.id(i) + "'");
            gold[i] = map[b.gold()[j]];
            pred[i] = map[b.pred()[j]];
            if (gold[i] != a.gold()[i]) throw new IllegalArgumentException(sourceB + ": record '" + a.id(i) + "' has a different gold label than in A");
            if (probs != null) {
                probs[i] = new double[k];
                for (int c = 0; c < k; c++) probs[i][map[c]] = b.probs()[j][c];
            }
        }
        return new PredictionSet(a.labels(), gold, pred, probs, a.ids(), a.snippets());
    }
}
