package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.eval.PredictionsFile;
import org.stancekit.train.stance.StanceConfig;
import org.stancekit.train.stance.StanceEvaluation;
import org.stancekit.train.stance.StanceRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code stancekit bench stance}: evaluates a stance config (CV with the shared fold file, or the cross-outlet
 * split) and runs the scikit-learn peer on the same split in the same run, printing both.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Stance benchmark: stancekit vs scikit-learn TF-IDF + logistic regression (class_weight=balanced)",
                "on the same folds (stance-vi) or the same cross-outlet split (RUWA). Prints macro-F1 and per-class F1."})
public final class BenchStanceCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-c", "--config"}, required = true, description = "stance config, e.g. training/stance-vi.yaml")
    Path config;

    @Option(names = "--peer-python", defaultValue = "/usr/bin/python3", description = "python with scikit-learn (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--no-peer", description = "skip the scikit-learn peer")
    boolean noPeer;

    @Option(names = "--json", description = "also write all figures to this JSON file")
    Path json;

    @Option(names = "--predictions", description = "also write stancekit's held-out predictions ({id, gold, pred, scores} per article; "
            + "`stancekit evaluate --predictions FILE` reads it) to this file")
    Path predictionsFile;

    @Option(names = "--folds", paramLabel = "FILE", description = "fold file (the format of training/stance-vi-folds.tsv) in place of the config's data.folds_file, "
            + "for both systems; write one with training/peers/stance_sklearn.py stance-vi --write-folds --seed S --folds FILE")
    Path folds;

    @Option(names = "--threads", description = "threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int t = threads(threads);
        long t0 = System.nanoTime();
        StanceRun run = StanceRun.load(config, t, s -> err().println("stancekit: " + s));
        StanceEvaluation.Result r = run.evaluate(folds, s -> err().println("stancekit: " + s));
        double secs = (System.nanoTime() - t0) / 1e9;
        ObjectNode out = Configs.JSON.createObjectNode();
        out.put("config", config.toString());
        ObjectNode mine = r.toJson();
        mine.put("system", "stancekit");
        mine.put("seconds", secs);
        out.set("stancekit", mine);
        ArrayNode peers = out.putArray("peers");
        if (!noPeer) peers.addAll(peer(run));
        print(run.config(), mine, peers);
        if (json != null) Files.writeString(json, Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        if (predictionsFile != null) {
            PredictionsFile.write(predictionsFile, r.predictions());
            err().println("stancekit: wrote " + r.predictions().size() + " held-out predictions to " + predictionsFile);
        }
        out().flush();
        return 0;
    }

    private List<JsonNode> peer(StanceRun run) throws Exception {
        StanceConfig c = run.config();
        Path script = Path.of(System.getProperty("stancekit.home", ".")).resolve("training/peers/stance_sklearn.py");
        if (!Files.exists(script)) script = StanceConfig.resolve(config, "peers/stance_sklearn.py");
        Path data = StanceConfig.resolve(config, c.data().train());
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        if (c.data().format().equals("outlet_csv")) {
            cmd.addAll(List.of("ruwa", "--ruwa", data.toString(), "--train-outlets", String.join(",", c.data().trainOutlets()),
                    "--test-outlets", String.join(",", c.data().testOutlets())));
        } else {
            cmd.addAll(List.of("stance-vi", "--annotated", data.toString(), "--folds", run.foldsFile(folds).toString()));
        }
        err().println("stancekit: running peer: " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<JsonNode> res = new ArrayList<>();
        long t0 = System.nanoTime();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                res.add(Configs.JSON.readTree(line));
            }
        }
        int rc = p.waitFor();
        if (rc != 0) throw new IllegalStateException("the scikit-learn peer failed (exit " + rc + "): " + String.join(" ", cmd));
        double secs = (System.nanoTime() - t0) / 1e9;
        for (JsonNode n : res) ((ObjectNode) n).put("seconds_all_variants", secs);
        return res;
    }

    private void print(StanceConfig c, ObjectNode mine, ArrayNode peers) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s, %d train / %d test articles%n", c.task(), mine.get("protocol").asText(),
                mine.get("train_articles").asInt(), mine.get("test_articles").asInt()));
        sb.append(String.format(Locale.ROOT, "%-48s %9s", "system", "macro-F1"));
        for (String l : c.labels()) sb.append(String.format(Locale.ROOT, " %16s", "F1 " + l));
        sb.append('\n');
        sb.append(row("stancekit", mine.get("macro_f1").asDouble(), c.labels(), l -> mine.get("per_class").get(l).get("f1").asDouble()));
        double best = Double.NaN;
        for (JsonNode p : peers) {
            double m = p.get("macro_f1").asDouble();
            best = Double.isNaN(best) ? m : Math.max(best, m);
            sb.append(row(p.get("system").asText(), m, c.labels(), l -> p.get("per_class_f1").path(l).asDouble(Double.NaN)));
        }
        if (!Double.isNaN(best)) {
            sb.append(String.format(Locale.ROOT, "stancekit - best peer: %+.3f macro-F1%n", mine.get("macro_f1").asDouble() - best));
        }
        sb.append("stancekit confusion (rows: gold, columns: predicted)\n").append(String.format(Locale.ROOT, "%-18s", ""));
        for (String l : c.labels()) sb.append(String.format(Locale.ROOT, " %15s", l));
        sb.append('\n');
        JsonNode m = mine.get("confusion").get("matrix");
        for (int g = 0; g < c.labels().size(); g++) {
            sb.append(String.format(Locale.ROOT, "%-18s", c.labels().get(g)));
            for (int q = 0; q < c.labels().size(); q++) sb.append(String.format(Locale.ROOT, " %15d", m.get(g).get(q).asLong()));
            sb.append('\n');
        }
        out().print(sb);
    }

    private static String row(String name, double macro, List<String> labels, java.util.function.ToDoubleFunction<String> f1) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-48s %9.3f", name, macro));
        for (String l : labels) sb.append(String.format(Locale.ROOT, " %16.3f", f1.applyAsDouble(l)));
        return sb.append('\n').toString();
    }
}
