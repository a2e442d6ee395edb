package org.stancekit.train.stance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.eval.Confusion;
import org.stancekit.eval.PredictionSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Honest evaluation of a stance config: k-fold cross-validation with a fixed fold file (the same folds the
 * scikit-learn peer uses) for {@code jsonl} data, or a train-outlets / test-outlets split for
 * {@code outlet_csv} data. Every model is trained only on its training part; the pool never holds labelled
 * articles.
 */
public final class StanceEvaluation {

    /** The held-out predictions (id, gold, probabilities per article) and how they were obtained. */
    public record Result(String protocol, PredictionSet predictions, int trainArticles, int testArticles) {

        /** Confusion over all held-out articles. */
        public Confusion confusion() {
            return Confusion.of(predictions);
        }

        /** Stable JSON: macro-F1, per-class F1, precision, recall, support, and the confusion matrix (rows gold, columns predicted). */
        public ObjectNode toJson() {
            Confusion confusion = confusion();
            ObjectNode o = Configs.JSON.createObjectNode();
            o.put("protocol", protocol);
            o.put("train_articles", trainArticles);
            o.put("test_articles", testArticles);
            o.put("macro_f1", confusion.macroF1());
            o.put("accuracy", confusion.accuracy());
            ObjectNode per = o.putObject("per_class");
            for (int k = 0; k < confusion.labels().size(); k++) {
                ObjectNode c = per.putObject(confusion.labels().get(k));
                c.put("f1", confusion.f1(k));
                c.put("precision", confusion.precision(k));
                c.put("recall", confusion.recall(k));
                c.put("support", confusion.support(k));
            }
            ObjectNode cm = o.putObject("confusion");
            cm.set("labels", Configs.JSON.valueToTree(confusion.labels()));
            cm.set("matrix", Configs.JSON.valueToTree(confusion.matrix()));
            return o;
        }
    }

    private StanceEvaluation() {
    }

    /** Reads a fold file ({@code id<TAB>fold}, header line first). */
    public static Map<String, Integer> readFolds(Path file) throws IOException {
        Map<String, Integer> m = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'id<TAB>fold'");
            try {
                m.put(f[0], Integer.parseInt(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": fold '" + f[1] + "' is not an integer");
            }
        }
        return m;
    }

    /** Cross-validation over the fold file's folds. */
    public static Result crossValidate(StanceTrainer trainer, List<String> labels, List<Prepared> labelled, List<Prepared> pool,
                                       Map<String, Integer> folds, Path foldsFile, Consumer<String> log) {
        int[] fold = new int[labelled.size()];
        int maxFold = -1;
        for (int i = 0; i < fold.length; i++) {
            Integer f = folds.get(labelled.get(i).id());
            if (f == null) throw new IllegalArgumentException(foldsFile + ": no fold for article " + labelled.get(i).id());
            fold[i] = f;
            maxFold = Math.max(maxFold, f);
        }
        int[] gold = new int[fold.length];
        double[][] probs = new double[fold.length][];
        for (int k = 0; k <= maxFold; k++) {
            List<Prepared> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) te.add(i);
                else tr.add(labelled.get(i));
            }
            if (te.isEmpty()) continue;
            StanceTrainer.Fit fit = trainer.fit(tr, pool);
            for (int i : te) {
                gold[i] = labelled.get(i).gold();
                probs[i] = fit.classifier().probabilities(trainer.vector(fit.classifier(), labelled.get(i)));
            }
            log.accept("fold " + (k + 1) + "/" + (maxFold + 1) + " done (train " + tr.size() + ", test " + te.size()
                    + (fit.weakAdded().isEmpty() ? "" : ", weak " + fit.weakAdded())
                    + (fit.selfAdded().isEmpty() ? "" : ", self " + fit.selfAdded()) + ")");
        }
        return new Result((maxFold + 1) + "-fold CV (" + foldsFile.getFileName() + ")", predictions(labels, gold, probs, labelled),
                labelled.size(), labelled.size());
    }

    /** Train on the training outlets, test on the held-out outlets. */
    public static Result outletSplit(StanceTrainer trainer, List<String> labels, List<Prepared> train, List<Prepared> test,
                                     List<Prepared> pool) {
        StanceTrainer.Fit fit = trainer.fit(train, pool);
        int[] gold = new int[test.size()];
        double[][] probs = new double[test.size()][];
        for (int i = 0; i < test.size(); i++) {
            gold[i] = test.get(i).gold();
            probs[i] = fit.classifier().probabilities(trainer.vector(fit.classifier(), test.get(i)));
        }
        return new Result("train outlets -> held-out outlets", predictions(labels, gold, probs, test), train.size(), test.size());
    }

    private static PredictionSet predictions(List<String> labels, int[] gold, double[][] probs, List<Prepared> articles) {
        String[] ids = articles.stream().map(Prepared::id).toArray(String[]::new);
        return PredictionSet.fromProbabilities(labels, gold, probs, ids, null);
    }
}
