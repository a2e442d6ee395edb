package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.eval.Confusion;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.BatchPredictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code stancekit evaluate}: scores a labelled corpus and writes metrics.json and predictions.jsonl to a report folder. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on labelled data: prints a summary and writes DIR/metrics.json and DIR/predictions.jsonl.")
public final class EvaluateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Option(names = {"-m", "--model"}, required = true, description = "Model file (.zip).")
    Path model;

    @Option(names = {"-d", "--data"}, required = true, description = "Labelled JSONL corpus (plain or .gz).")
    Path data;

    @Option(names = "--label-field", description = "Field holding the gold label (default: the model's label field).")
    String labelField;

    @Option(names = "--report", defaultValue = "report", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Override
    public Integer call() throws Exception {
        ModelFile.Loaded loaded = ModelFile.load(model);
        TextClassifier c = loaded.classifier();
        String field = labelField != null ? labelField : loaded.manifest().path("label_field").asText("label");
        List<Article> articles = LabelledSplit.read(data, field).knownLabels(c.labels());
        BatchPredictions p = BatchPredictions.of(c, articles);
        int[] gold = articles.stream().mapToInt(a -> c.labels().indexOf(a.label(field))).toArray();
        Confusion conf = Confusion.of(c.labels(), gold, p.pred());
        Files.createDirectories(report);
        ObjectNode metrics = conf.toJson();
        Configs.JSON.writerWithDefaultPrettyPrinter().writeValue(report.resolve("metrics.json").toFile(), metrics);
        try (JsonlWriter out = new JsonlWriter(report.resolve("predictions.jsonl"))) {
            for (int i = 0; i < articles.size(); i++) {
                ObjectNode o = Jsonl.MAPPER.createObjectNode();
                o.put("id", articles.get(i).id());
                o.put("gold", c.labels().get(gold[i]));
                o.put("pred", c.labels().get(p.pred()[i]));
                ObjectNode s = o.putObject("scores");
                for (int k = 0; k < c.labels().size(); k++) s.put(c.labels().get(k), p.probs()[i][k]);
                out.write(o);
            }
        }
        out().printf("n=%,d  accuracy=%.4f  macro-F1=%.4f  weighted-F1=%.4f%n", conf.n(), conf.accuracy(), conf.macroF1(), conf.weightedF1());
        out().printf("%-24s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
        for (int k = 0; k < c.labels().size(); k++) {
            out().printf("%-24s %9.4f %9.4f %9.4f %8d%n", c.labels().get(k), conf.precision(k), conf.recall(k), conf.f1(k), conf.support(k));
        }
        out().printf("wrote %s and %s%n", report.resolve("metrics.json"), report.resolve("predictions.jsonl"));
        return 0;
    }
}
