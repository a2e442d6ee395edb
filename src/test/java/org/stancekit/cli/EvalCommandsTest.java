package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.stancekit.model.ModelFile;

import static org.junit.jupiter.api.Assertions.*;

/** The evaluation verbs end to end on a tiny hand-made corpus: evaluate, cv, compare-models, tune. */
class EvalCommandsTest {

    @TempDir
    Path tmp;

    static final String[][] WORDS = {
            {"bóng", "đá", "cầu", "thủ", "bàn", "thắng", "trận", "đấu", "giải", "vô", "địch"},
            {"giá", "thị", "trường", "cổ", "phiếu", "lãi", "suất", "ngân", "hàng", "đầu", "tư"},
            {"bệnh", "viện", "bác", "sĩ", "thuốc", "điều", "trị", "sức", "khỏe", "vắc", "xin"},
    };
    static final String[] LABELS = {"the_thao", "kinh_doanh", "suc_khoe"};
    static final String[] OUTLETS = {"A", "B", "C"};
    static final String[] COMMON = {"hôm", "nay", "theo", "cho", "biết", "người", "của", "và", "đã", "sẽ"};

    record Run(int code, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    static String doc(SplittableRandom r, int label, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String[] pool = r.nextInt(10) < 6 ? WORDS[label] : r.nextInt(4) == 0 ? WORDS[r.nextInt(3)] : COMMON;
            b.append(pool[r.nextInt(pool.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    static void corpus(Path file, int n, long seed, List<String> extraLines) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int label = i % 3;
            var o = Jsonl.MAPPER.createObjectNode();
            o.put("id", file.getFileName() + "-" + i);
            o.put("outlet", OUTLETS[(i / 3) % 3]);
            o.put("label", LABELS[label]);
            o.put("text", doc(r, label, 30 + r.nextInt(20)));
            b.append(Jsonl.MAPPER.writeValueAsString(o)).append('\n');
        }
        extraLines.forEach(l -> b.append(l).append('\n'));
        Files.writeString(file, b.toString());
    }

    Path config(String name, String model, String extra) throws Exception {
        Path c = tmp.resolve(name);
        Files.writeString(c, "task: topic\ndata:\n  train: train.jsonl\n  label_field: label\nfeatures:\n  min_df: 1\nmodel:\n  solver: " + model
                + "\n  c: 1\nseed: 7\noutput: " + name.replace(".yaml", ".zip") + "\n" + extra);
        return c;
    }

    @BeforeEach
    void data() throws Exception {
        corpus(tmp.resolve("train.jsonl"), 90, 1, List.of());
        // the test set repeats two training texts: the leakage scan must find them
        List<String> trainLines = Files.readAllLines(tmp.resolve("train.jsonl"));
        JsonNode t0 = Jsonl.MAPPER.readTree(trainLines.get(0)), t1 = Jsonl.MAPPER.readTree(trainLines.get(1));
        var dup0 = ((com.fasterxml.jackson.databind.node.ObjectNode) t0.deepCopy()).put("id", "dup-0");
        var dup1 = ((com.fasterxml.jackson.databind.node.ObjectNode) t1.deepCopy()).put("id", "dup-1").put("text", t1.get("text").asText().toUpperCase() + "  ");
        corpus(tmp.resolve("test.jsonl"), 60, 2, List.of(Jsonl.MAPPER.writeValueAsString(dup0), Jsonl.MAPPER.writeValueAsString(dup1)));
    }

    @Test
    void evaluateWritesTheFullReport() throws Exception {
        Path cfg = config("svm.yaml", "svm", "");
        assertEquals(0, run("train", "--config", cfg.toString(), "--threads", "1").code());
        Path rep = tmp.resolve("report");
        Run r = run("evaluate", "--model", tmp.resolve("svm.zip").toString(), "--data", tmp.resolve("test.jsonl").toString(),
                "--report", rep.toString(), "--bootstrap", "200", "--seed", "3", "--learning-curve", "0.5,1");
        assertEquals(0, r.code(), r.err());
        JsonNode m = Jsonl.MAPPER.readTree(rep.resolve("metrics.json").toFile());
        assertEquals(62, m.get("n").asInt());
        for (String k : List.of("accuracy", "macro_f1", "weighted_f1", "micro_f1", "mcc", "kappa", "log_loss", "brier", "ece", "per_class", "confusion", "ci")) {
            assertTrue(m.has(k), k);
        }
        assertEquals(200, m.get("ci").get("macro_f1").get("resamples").asInt());
        assertEquals(2, m.get("leakage").get("exact_test_records").asInt(), "both copied training texts are found");
        assertEquals(60, m.get("deduplicated").get("n").asInt());
        assertEquals(2, m.get("learning_curve").size());
        assertTrue(m.get("provenance").get("command").asText().startsWith("stancekit evaluate --model "));
        assertEquals(64, m.get("provenance").get("model_sha256").asText().length());
        assertEquals(62, Files.readAllLines(rep.resolve("predictions.jsonl")).size());
        assertTrue(Files.readString(rep.resolve("report.html")).contains("data:image/png;base64,"));
        assertTrue(Files.exists(rep.resolve("charts/learning_curve.png")));

        // the written predictions evaluate to the same figures without the model
        Path again = tmp.resolve("again");
        r = run("evaluate", "--predictions", rep.resolve("predictions.jsonl").toString(), "--report", again.toString(), "--bootstrap", "200", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode m2 = Jsonl.MAPPER.readTree(again.resolve("metrics.json").toFile());
        for (String k : List.of("accuracy", "macro_f1", "mcc", "log_loss", "ece", "per_class", "confusion", "ci")) assertEquals(m.get(k), m2.get(k), k);
        assertEquals(2, run("evaluate", "--predictions", "p.jsonl", "--model", "m.zip").code(), "conflicting options are a usage error");
    }

    @Test
    void calibrationIsStoredInTheModel() throws Exception {
        Path cfg = config("lr.yaml", "logreg", "");
        assertEquals(0, run("train", "--config", cfg.toString(), "--threads", "1").code());
        Path cal = tmp.resolve("lr-cal.zip");
        Run r = run("evaluate", "--model", tmp.resolve("lr.zip").toString(), "--data", tmp.resolve("test.jsonl").toString(),
                "--report", tmp.resolve("rep").toString(), "--bootstrap", "0", "--calibrate-on", tmp.resolve("test.jsonl").toString(),
                "--save-calibrated", cal.toString(), "--no-leakage");
        assertEquals(0, r.code(), r.err());
        var loaded = ModelFile.load(cal);
        double t = loaded.manifest().get("calibration").get("temperature").asDouble();
        assertEquals(t, loaded.classifier().model().temperature(), 1e-12);
        assertNotEquals(1.0, t);
    }

    @Test
    void crossValidationStratifiedAndGrouped() throws Exception {
        Path cfg = config("svm.yaml", "svm", "");
        Path rep = tmp.resolve("cv");
        Run r = run("cv", "--config", cfg.toString(), "--folds", "3", "--bootstrap", "50", "--report", rep.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode cv = Jsonl.MAPPER.readTree(rep.resolve("cv.json").toFile());
        assertEquals(3, cv.get("per_fold").size());
        assertEquals(90, cv.get("pooled").get("n").asInt());
        assertTrue(cv.get("summary").get("macro_f1").get("sd").isNumber());

        Path rep2 = tmp.resolve("cv-outlet");
        r = run("cv", "--config", cfg.toString(), "--folds", "3", "--group-by", "outlet", "--bootstrap", "0", "--report", rep2.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode g = Jsonl.MAPPER.readTree(rep2.resolve("cv.json").toFile());
        for (JsonNode f : g.get("per_fold")) assertEquals(1, f.get("held_out_groups").size(), "one outlet held out per fold");
        assertTrue(Files.readString(rep2.resolve("cv.md")).contains("grouped 3-fold by outlet"));
        assertTrue(Files.readString(rep2.resolve("report.html")).contains("Cross-validation: mean ± sd over folds"));

        r = run("cv", "--config", cfg.toString(), "--folds", "4", "--group-by", "outlet", "--report", rep2.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("only 3 distinct groups"), r.err());
    }

    @Test
    void crossValidationNamesAClassTooSmallForTheFolds() throws Exception {
        Files.writeString(tmp.resolve("train.jsonl"), "{\"id\": \"x\", \"label\": \"giao_duc\", \"text\": \"học sinh thi đại học\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Run r = run("cv", "--config", config("svm.yaml", "svm", "").toString(), "-k", "5", "--bootstrap", "0", "--threads", "1",
                "--report", tmp.resolve("cv").toString());
        assertEquals(1, r.code());
        assertEquals("stancekit cv: class 'giao_duc' (1 record) is too small for 5-fold cross-validation: the fold that tests it would train "
                + "without it; merge or remove the class (cross-validation needs at least 2 distinct texts per class)", r.err().strip());
        Files.writeString(tmp.resolve("train.jsonl"), "{\"id\": \"y\", \"label\": \"thoi_tiet\", \"text\": \"mưa bão lũ lụt\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        r = run("cv", "--config", config("svm.yaml", "svm", "").toString(), "-k", "5", "--bootstrap", "0", "--threads", "1",
                "--report", tmp.resolve("cv").toString());
        assertEquals("stancekit cv: classes 'giao_duc' (1 record), 'thoi_tiet' (1 record) are too small for 5-fold cross-validation: the fold "
                + "that tests each would train without it; merge or remove them (cross-validation needs at least 2 distinct texts per class)", r.err().strip());
    }

    @Test
    void crossValidationIsReproducible() throws Exception {
        Path cfg = config("svm.yaml", "svm", "");
        for (String dir : List.of("r1", "r2")) {
            assertEquals(0, run("cv", "--config", cfg.toString(), "--folds", "3", "--bootstrap", "100", "--seed", "5",
                    "--report", tmp.resolve(dir).toString(), "--threads", "2").code());
        }
        assertEquals(Files.readString(tmp.resolve("r1/cv.json")), Files.readString(tmp.resolve("r2/cv.json")), "same seed, same figures");
        assertEquals(Files.readString(tmp.resolve("r1/predictions.jsonl")), Files.readString(tmp.resolve("r2/predictions.jsonl")));
    }

    @Test
    void compareModelsGivesAVerdict() throws Exception {
        assertEquals(0, run("train", "--config", config("a.yaml", "svm", "").toString(), "--threads", "1").code());
        assertEquals(0, run("train", "--config", config("b.yaml", "logreg", "").toString(), "--threads", "1").code());
        Path out = tmp.resolve("cmp.json");
        Run r = run("compare-models", "--data", tmp.resolve("test.jsonl").toString(), "--model", tmp.resolve("a.zip").toString(),
                "--model", tmp.resolve("b.zip").toString(), "--bootstrap", "300", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode c = Jsonl.MAPPER.readTree(out.toFile());
        assertEquals(62, c.get("n").asInt());
        assertTrue(c.get("verdict").asText().startsWith("Model "), c.get("verdict").asText());
        assertTrue(c.get("mcnemar").get("p").asDouble() <= 1);
        assertEquals(3, c.get("provenance").get("sha256").size(), "both models and the data are hashed");
        assertTrue(c.get("provenance").get("command").asText().startsWith("stancekit compare-models --data "));
        assertEquals(2, run("compare-models", "--data", "x", "--model", "a.zip").code(), "one model is a usage error");
    }

    @Test
    void tuneWritesABestConfigThatTrains() throws Exception {
        Path cfg = config("tune.yaml", "svm", "search:\n  strategy: grid\n  folds: 3\n  params:\n    model.c: [0.1, 1]\n    model.solver: [svm, logreg]\n");
        Path best = tmp.resolve("out").resolve("best.yaml");
        Run r = run("tune", "--config", cfg.toString(), "--budget", "2m", "-o", best.toString(), "--report", tmp.resolve("tune").toString(), "--threads", "1",
                "--max-trials", "5", "--train-best", "--model-output", tmp.resolve("tuned.zip").toString(), "--holdout", "0.2");
        assertEquals(0, r.code(), r.err());
        var tuned = ModelFile.load(tmp.resolve("tuned.zip"));
        assertEquals("macro_f1", tuned.manifest().get("tuning").get("metric").asText());
        assertEquals(3, tuned.classifier().labels().size());
        JsonNode t = Jsonl.MAPPER.readTree(tmp.resolve("tune").resolve("tune.json").toFile());
        assertEquals("grid exhausted", t.get("stopped_because").asText());
        assertEquals(4, t.get("leaderboard").size());
        assertTrue(t.get("command").asText().contains(" --max-trials 5 "), t.get("command").asText());
        assertTrue(Files.readString(tmp.resolve("tune").resolve("leaderboard.md")).contains(" --max-trials 5 "));
        assertEquals(18, t.get("holdout").get("n").asInt(), "20% of 90 records, stratified");
        TrainConfig bestCfg = TrainConfig.load(best);
        assertEquals(tmp.resolve("train.jsonl").toAbsolutePath().normalize(), TrainConfig.resolve(best, bestCfg.data().train()).normalize(),
                "data path still points at the same file from the new folder");
        assertEquals(0, run("train", "--config", best.toString(), "--threads", "1", "-o", tmp.resolve("best.zip").toString()).code());

        Path bad = config("bad.yaml", "svm", "search:\n  params:\n    data.train: [x]\n");
        r = run("tune", "--config", bad.toString(), "--budget", "10s");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot be tuned"), r.err());
    }

    @Test
    void tuneChecksTheMetricAndEverySearchValueBeforeTheFirstTrial() throws Exception {
        Path ok = config("ok.yaml", "svm", "search:\n  params:\n    model.c: {log_uniform: [0.1, 10]}\n");
        Path report = tmp.resolve("tune");
        Run r = run("tune", "--config", ok.toString(), "--budget", "10s", "--metric", "f1", "--report", report.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit tune: bad metric 'f1' to optimise (allowed: accuracy, macro_f1, micro_f1, "
                + "weighted_f1, mcc, kappa, log_loss, brier, ece)", r.err().strip());

        Path key = config("key.yaml", "svm", "search:\n  params:\n    model.cc: [1, 10]\n");
        r = run("tune", "--config", key.toString(), "--budget", "10s", "--report", report.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(key + " (search.params): unknown key 'model.cc' (allowed: "), r.err());

        Path value = config("value.yaml", "svm", "search:\n  params:\n    model.c: [1, 10]\n    model.solver: [svm, svn]\n");
        r = run("tune", "--config", value.toString(), "--budget", "10s", "--report", report.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad value 'svn' for key 'model.solver' (allowed: "), r.err());

        Path range = config("range.yaml", "svm", "search:\n  params:\n    model.c: {uniform: [-1, 10]}\n");
        r = run("tune", "--config", range.toString(), "--budget", "10s", "--report", report.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'model.c'") && r.err().contains("-1.0"), r.err());
        assertFalse(Files.exists(report), "no trial ran");
    }
}
