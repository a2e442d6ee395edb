package org.stancekit.train.stance;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.ReadError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything a stance command needs from one config: the trainer, the prepared labelled articles (train
 * and, for outlet splits, test) and the prepared pool, with counts of what was read and skipped.
 */
public record StanceRun(StanceConfig config, Path configFile, StanceTrainer trainer, List<Prepared> train,
                        List<Prepared> test, List<Prepared> pool, List<ReadError> errors, int otherOutlets) {

    /** Loads the config's data and prepares it (framing, tokens, votes) once. */
    public static StanceRun load(Path configFile, int threads, Consumer<String> log) {
        StanceConfig cfg = StanceConfig.load(configFile);
        StanceTrainer trainer = new StanceTrainer(cfg, configFile, threads, log);
        List<ReadError> errors = new ArrayList<>();
        StanceCorpus.Labelled l = StanceCorpus.labelled(cfg, configFile, errors::add);
        if (l.train().isEmpty()) throw new IllegalArgumentException(configFile + ": no labelled training articles in " + cfg.data().train());
        List<Article> all = new ArrayList<>(l.train());
        all.addAll(l.test());
        List<Article> pool = StanceCorpus.pool(cfg, configFile, all, errors::add);
        if (cfg.unlabelled() != null) {
            int read = pool.size();
            double min = cfg.unlabelled().minSideMentions() / 10.0 - 1e-9;
            var ext = trainer.extension();
            pool = pool.parallelStream().filter(a -> {
                var f = ext.features().analyse(ext.prepare(a.fullText()));
                return f.get("mention_ru") >= min && f.get("mention_we") >= min;
            }).toList();
            log.accept("pool: " + pool.size() + " of " + read + " unlabelled articles name both sides at least "
                    + cfg.unlabelled().minSideMentions() + " times");
        }
        log.accept("read " + l.train().size() + " training and " + l.test().size() + " test articles, " + pool.size()
                + " unlabelled pool articles, " + errors.size() + " unreadable records"
                + (l.otherOutlets() > 0 ? ", " + l.otherOutlets() + " rows of other outlets" : ""));
        String field = cfg.data().labelField();
        List<Prepared> tr = trainer.prepare(l.train(), field);
        List<Prepared> te = trainer.prepare(l.test(), field);
        List<Prepared> pp = trainer.prepare(pool, null);
        log.accept("prepared framing features and tokens");
        return new StanceRun(cfg, configFile, trainer, tr, te, pp, errors, l.otherOutlets());
    }

    /** Evaluates the config: CV with its fold file, or the outlet split. */
    public StanceEvaluation.Result evaluate(Consumer<String> log) throws java.io.IOException {
        return evaluate(null, log);
    }

    /** As {@link #evaluate(Consumer)}, with {@code folds} (when not null) in place of the config's fold file. */
    public StanceEvaluation.Result evaluate(Path folds, Consumer<String> log) throws java.io.IOException {
        if (config.data().format().equals("outlet_csv")) {
            if (folds != null) throw new IllegalArgumentException(configFile + ": splits by outlet (format outlet_csv); a fold file applies to cross-validated jsonl data");
            return StanceEvaluation.outletSplit(trainer, config.labels(), train, test, pool);
        }
        Path file = foldsFile(folds);
        return StanceEvaluation.crossValidate(trainer, config.labels(), train, pool, StanceEvaluation.readFolds(file), file, log);
    }

    /** The fold file a CV uses: {@code override} when given, else the config's {@code data.folds_file}. */
    public Path foldsFile(Path override) {
        if (override != null) return override;
        if (config.data().foldsFile() == null) {
            throw new IllegalArgumentException(configFile + ": data.folds_file is needed to cross-validate jsonl data");
        }
        return StanceConfig.resolve(configFile, config.data().foldsFile());
    }
}
