package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every metric recomputed by scikit-learn (Debian's /usr/bin/python3) from the same predictions.jsonl must
 * agree to 1e-9. Skipped with a message when python3 or scikit-learn is absent.
 */
class SklearnComparisonTest {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Real predictions of a stancekit model, committed without any corpus text (ids, labels, scores only). */

    static boolean sklearnAvailable() throws Exception {
        if (!Files.isExecutable(PYTHON)) return false;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import sklearn, numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Five classes: "rare" is never predicted, "empty" never occurs at all; arg-max ties are present. */
    static PredictionSet awkward(int n, long seed) {
        List<String> labels = List.of("a", "b", "c", "rare", "empty");
        SplittableRandom r = new SplittableRandom(seed);
        int[] gold = new int[n];
        double[][] probs = new double[n][];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            gold[i] = r.nextInt(20) == 0 ? 3 : r.nextInt(3);
            double[] row = new double[5];
            if (i % 50 == 0) {
                row[0] = row[1] = 0.4;   // a tie, resolved to the first class
                row[3] = 0.2;
            } else {
                double s = 0;
                for (int j = 0; j < 3; j++) {
                    row[j] = r.nextDouble() + (j == gold[i] ? 0.7 : 0);
                    s += row[j];
                }
                row[3] = 0.01 * s;
                s += row[3];
                for (int j = 0; j < 4; j++) row[j] /= s;
            }
            probs[i] = row;
            ids[i] = "r" + i;
        }
        return PredictionSet.fromProbabilities(labels, gold, probs, ids, null);
    }

    @Test
    void awkwardFixtureMatchesSklearn(@TempDir Path dir) throws Exception {
        assumeTrue(sklearnAvailable(), "/usr/bin/python3 with scikit-learn absent: skipping the scikit-learn comparison");
        Path f = dir.resolve("predictions.jsonl");
        PredictionsFile.write(f, awkward(3000, 9));
        compare(f);
    }

    /** Real predictions: the shipped topic model on the first 3,000 VNTC test articles (made at test time, nothing committed). */
    @Test
    void realPredictionFileMatchesSklearn(@TempDir Path dir) throws Exception {
        assumeTrue(sklearnAvailable(), "/usr/bin/python3 with scikit-learn absent: skipping the scikit-learn comparison");
        Path test = org.stancekit.TestData.shared("vntc/test.jsonl.gz");
        org.stancekit.model.TextClassifier c = org.stancekit.model.ModelFile.load(Path.of("models", "topic-vi.zip")).classifier();
        java.util.List<org.stancekit.corpus.Article> arts = org.stancekit.corpus.Corpora.readJsonl(test, "label").articles().subList(0, 3000);
        double[][] probs = arts.parallelStream().map(c::probabilities).toArray(double[][]::new);
        int[] gold = arts.stream().mapToInt(a -> c.labels().indexOf(a.label("label"))).toArray();
        String[] ids = arts.stream().map(org.stancekit.corpus.Article::id).toArray(String[]::new);
        Path f = dir.resolve("predictions.jsonl");
        PredictionsFile.write(f, PredictionSet.fromProbabilities(c.labels(), gold, probs, ids, null));
        compare(f);
    }

    private static void compare(Path predictions) throws Exception {
        PredictionSet p = PredictionsFile.read(predictions);
        Evaluation e = Evaluator.evaluate(p, EvalOptions.DEFAULTS.withResamples(0));
        Process proc = new ProcessBuilder(PYTHON.toString(), "src/test/resources/eval/sklearn_metrics.py", predictions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(proc.getInputStream().readAllBytes());
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), "python failed: " + out);
        JsonNode sk = Jsonl.MAPPER.readTree(out);
        assertEquals(sk.get("n").asLong(), e.n());
        Map<String, Double> mine = e.headline();
        for (String m : List.of("accuracy", "macro_f1", "micro_f1", "weighted_f1", "mcc", "kappa", "log_loss", "brier")) {
            assertEquals(sk.get(m).asDouble(), mine.get(m), 1e-9, m);
        }
        long[][] cm = e.confusion().matrix();
        for (int g = 0; g < cm.length; g++) {
            for (int q = 0; q < cm.length; q++) assertEquals(sk.get("confusion").get(g).get(q).asLong(), cm[g][q], "confusion " + g + "," + q);
        }
        Iterator<Map.Entry<String, JsonNode>> it = sk.get("per_class").fields();
        int present = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            ClassMetrics cm1 = e.perClass().get(p.labelIndex(c.getKey()));
            assertEquals(c.getValue().get("precision").asDouble(), cm1.precision(), 1e-9, c.getKey());
            assertEquals(c.getValue().get("recall").asDouble(), cm1.recall(), 1e-9, c.getKey());
            assertEquals(c.getValue().get("f1").asDouble(), cm1.f1(), 1e-9, c.getKey());
            assertEquals(c.getValue().get("support").asLong(), cm1.support(), c.getKey());
            present++;
        }
        assertEquals(e.perClass().stream().filter(ClassMetrics::present).count(), present);
        System.out.printf("scikit-learn agrees on %s: %d records, macro-F1 %.6f%n", predictions.getFileName(), e.n(), e.macroF1());
    }
}
