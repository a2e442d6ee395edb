package org.stancekit.train;

import org.stancekit.corpus.Article;
import org.stancekit.features.TfidfVectorizer;
import org.stancekit.model.LinearModel;
import org.stancekit.model.NeuralModel;
import org.stancekit.model.TextClassifier;
import org.stancekit.text.TextPipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains a {@link TextClassifier} from labelled articles: fits the text pipeline, the TF-IDF vectorizer,
 * the liblinear model and, when configured, the neural member in turn. Pure: the result depends only on the
 * articles, the config and the seed.
 */
public final class ClassifierTrainer {

    /** Held-out records below which the fitted temperature is flagged as unreliable in the training log. */
    static final int MIN_CALIBRATION_RECORDS = 30;

    private final LinearTrainer linear;
    private final Consumer<String> log;

    /** @param threads threads for the one-vs-rest solvers; @param log receives one line per stage */
    public ClassifierTrainer(int threads, Consumer<String> log) {
        this.linear = new LinearTrainer(threads);
        this.log = log;
    }

    public ClassifierTrainer() {
        this(Runtime.getRuntime().availableProcessors(), s -> { });
    }

    /** The trained classifier and the wall time of each stage in seconds. */
    public record Result(TextClassifier classifier, int examples, Map<String, Double> timings) {
    }

    /** The label set: the config's fixed list, or every label seen in the data, sorted. */
    public static List<String> labelSet(List<Article> articles, String labelField, List<String> fixed) {
        if (!fixed.isEmpty()) return fixed;
        TreeSet<String> seen = new TreeSet<>();
        for (Article a : articles) {
            String l = a.label(labelField);
            if (l != null) seen.add(l);
        }
        return new ArrayList<>(seen);
    }

    /** Trains on every article carrying a label in {@code cfg.data().labelField()}; unlabelled ones must be filtered first. */
    public Result train(List<Article> articles, TrainConfig cfg, long seed) {
        String field = cfg.data().labelField();
        List<String> labels = labelSet(articles, field, cfg.data().labels());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) index.put(labels.get(i), i);
        int[] y = new int[articles.size()];
        List<String> texts = new ArrayList<>(articles.size());
        for (int i = 0; i < y.length; i++) {
            Article a = articles.get(i);
            String l = a.label(field);
            if (l == null) throw new IllegalArgumentException("article '" + a.id() + "' has no label in field '" + field + "'");
            Integer k = index.get(l);
            if (k == null) throw new IllegalArgumentException("article '" + a.id() + "' has label '" + l + "', not in the label set " + labels);
            y[i] = k;
            texts.add(a.fullText());
        }
        Map<String, Double> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        TextPipeline pipeline = TextPipeline.fit(cfg.pipeline(), texts);
        long t1 = System.nanoTime();
        timings.put("fit_pipeline_s", (t1 - t0) / 1e9);
        log.accept(String.format("pipeline fitted in %.1f s", (t1 - t0) / 1e9));
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(cfg.features(), texts, pipeline::tokens);
        long t2 = System.nanoTime();
        timings.put("fit_vectorizer_s", (t2 - t1) / 1e9);
        log.accept(String.format("vectorizer fitted in %.1f s: %,d features", (t2 - t1) / 1e9, fit.vectorizer().dimension()));
        LinearModel model = linear.train(fit.vectors(), y, labels, fit.vectorizer().dimension(), cfg.model(), seed);
        long t3 = System.nanoTime();
        timings.put("train_s", (t3 - t2) / 1e9);
        log.accept(String.format("%s trained in %.1f s (%d classes, C=%s)", cfg.model().solver(), (t3 - t2) / 1e9, labels.size(), cfg.model().c()));
        if (cfg.model().calibrationHoldout() > 0) {
            Calibrator.Fit cal = Calibrator.temperature(linear, fit.vectors(), y, labels, fit.vectorizer().dimension(), cfg.model(), seed);
            model = model.withTemperature(cal.temperature());
            long t4 = System.nanoTime();
            timings.put("calibrate_s", (t4 - t3) / 1e9);
            log.accept(String.format("calibrated in %.1f s: temperature %.4f fitted on a %.0f%% holdout (%,d records)%s", (t4 - t3) / 1e9,
                    cal.temperature(), 100 * cfg.model().calibrationHoldout(), cal.heldOut(),
                    cal.heldOut() < MIN_CALIBRATION_RECORDS ? "; under " + MIN_CALIBRATION_RECORDS + " records, the temperature is unreliable (a small holdout that is all right makes scores overconfident)" : ""));
        }
        NeuralModel neural = null;
        if (cfg.neural() != null) {
            long t5 = System.nanoTime();
            neural = new NeuralTrainer(log).train(fit.vectors(), y, labels.size(), fit.vectorizer().dimension(), cfg.neural(), seed);
            long t6 = System.nanoTime();
            timings.put("train_neural_s", (t6 - t5) / 1e9);
            log.accept(String.format("neural member (%d inputs, %d hidden) trained in %.1f s", neural.inputs(), neural.hidden(), (t6 - t5) / 1e9));
        }
        return new Result(new TextClassifier(cfg.task(), pipeline, fit.vectorizer(), model, null, neural), articles.size(), timings);
    }
}
