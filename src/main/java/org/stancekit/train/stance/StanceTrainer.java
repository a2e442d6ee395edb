package org.stancekit.train.stance;

import org.stancekit.config.ConfigException;
import org.stancekit.corpus.Article;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.features.TfidfVectorizer;
import org.stancekit.features.framing.FramingExtension;
import org.stancekit.features.framing.FramingLexicon;
import org.stancekit.features.framing.SentenceModel;
import org.stancekit.model.LinearModel;
import org.stancekit.model.TextClassifier;
import org.stancekit.text.TextConfig;
import org.stancekit.text.TextPipeline;
import org.stancekit.train.LinearTrainer;
import org.stancekit.train.weak.DawidSkene;
import org.stancekit.train.weak.LabelModelConfig;
import org.stancekit.train.weak.RuleSet;
import org.stancekit.train.weak.WeakLabeler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.stancekit.eval.PredictionSet;
import org.stancekit.features.framing.ArticleParts;

/**
 * Trains a stance classifier from a few labelled articles: TF-IDF over side-masked tokens plus framing
 * features (plus, when configured, the summaries of a sentence model trained on the evidence quotes, out of fold
 * for the training articles), linear with class weighting, optionally enlarged with weakly labelled pool articles (a
 * Dawid–Skene label model anchored on the labelled training articles only) and with self-training rounds on
 * the pool. Everything that depends on labels is computed from the articles passed to {@link #fit}, so
 * cross-validation that passes one fold's training part never sees that fold's test labels.
 */
public final class StanceTrainer {

    private final StanceConfig cfg;
    private final FramingExtension ext;
    private final WeakLabeler labeler;
    /** Fixed class prior of the label model from the rules file, or null for the labelled articles' shares. */
    private final double[] rulesPrior;
    private final LinearTrainer linear;
    private final Consumer<String> log;

    /** The trained classifier and what was added to the labelled articles. */
    public record Fit(TextClassifier classifier, int labelled, Map<String, Integer> weakAdded, Map<String, Integer> selfAdded) {
    }

    public StanceTrainer(StanceConfig cfg, Path configFile, int threads, Consumer<String> log) {
        this.cfg = cfg;
        StanceText t = cfg.text();
        FramingLexicon lx = t.lexicon() == null ? FramingLexicon.builtin(t.language())
                : FramingLexicon.load(StanceConfig.resolve(configFile, t.lexicon()));
        this.ext = new FramingExtension(lx, t.maskSides(), t.headlineCopies(), t.framingWeight(), t.stripPatterns(),
                t.framingFeatures(), t.charNgrams().isEmpty() ? 0 : t.charNgrams().get(0), t.charNgrams().isEmpty() ? 0 : t.charNgrams().get(1));
        if (cfg.weakSupervision() != null) {
            Path rulesFile = StanceConfig.resolve(configFile, cfg.weakSupervision().rules());
            RuleSet rs = RuleSet.load(rulesFile);
            if (!rs.labels().equals(cfg.labels())) {
                throw new ConfigException(configFile + ": the labels " + rs.labels() + " of the rules file " + rulesFile
                        + " (weak_supervision.rules) differ from the config's labels " + cfg.labels());
            }
            this.rulesPrior = rulesPrior(cfg.weakSupervision().classPrior(), rs, configFile, rulesFile);
            this.labeler = new WeakLabeler(rs, ext.features());
        } else {
            this.labeler = null;
            this.rulesPrior = null;
        }
        this.linear = new LinearTrainer(threads);
        this.log = log;
    }

    /**
     * The rules file's class prior when {@code weak_supervision.class_prior} is {@code rules}, null for the labelled
     * shares; a rules file with a {@code class_prior} needs the choice written, and {@code rules} needs the prior.
     */
    private static double[] rulesPrior(String choice, RuleSet rs, Path configFile, Path rulesFile) {
        if (choice == null && rs.classPrior() != null) {
            throw new ConfigException(configFile + ": key 'weak_supervision.class_prior' is needed: the rules file " + rulesFile
                    + " sets class_prior, which the stance trainer uses only with class_prior: rules (class_prior: labelled uses"
                    + " the label shares of the labelled training articles instead)");
        }
        if ("rules".equals(choice)) {
            if (rs.classPrior() == null) {
                throw new ConfigException(configFile + ": bad value 'rules' for key 'weak_supervision.class_prior' (allowed: labelled,"
                        + " since the rules file " + rulesFile + " has no class_prior)");
            }
            return rs.priorVector();
        }
        return null;
    }

    public FramingExtension extension() {
        return ext;
    }

    /** Computes tokens, framing values and rule votes of articles (in parallel); gold from the task's label field. */
    public List<Prepared> prepare(List<Article> articles, String labelField) {
        LongAdder quotes = new LongAdder();
        LongAdder byCoverage = new LongAdder();
        LongAdder unmatched = new LongAdder();
        List<Prepared> out = articles.parallelStream().map(a -> {
            String text = a.fullText();
            String g = labelField == null ? null : a.label(labelField);
            int gold = g == null ? -1 : cfg.labels().indexOf(g);
            if (g != null && gold < 0) {
                throw new IllegalArgumentException("article " + a.id() + ": label '" + g + "' is not one of " + cfg.labels());
            }
            int[] votes = labeler == null ? new int[0] : labeler.votes(ArticleParts.of(ext.prepare(text)),
                    ext.features().analyse(ext.prepare(text)));
            SentenceModelConfig sm = cfg.text().sentenceModel();
            List<SentenceModel.Prepared> sentences = sm == null ? null : SentenceModel.prepare(text, ext);
            List<String> articleQuotes = sm == null || gold < 0 ? null : quotes(a, sm.evidenceField());
            boolean[] evidence = null;
            if (articleQuotes != null) {
                EvidenceMatcher.Match m = EvidenceMatcher.match(sentences, articleQuotes, ext, sm.minCoverage());
                quotes.add(m.quotes());
                byCoverage.add(m.byCoverage());
                unmatched.add(m.unmatched());
                evidence = m.flags();
            }
            return new Prepared(a.id(), gold, ext.tokens(text), ext.framingValues(text), votes, sentences, evidence);
        }).toList();
        if (quotes.sum() > 0) {
            log.accept(String.format("evidence quotes: %,d, found in a sentence %,d (%,d of them by token coverage), in none %,d",
                    quotes.sum(), quotes.sum() - unmatched.sum(), byCoverage.sum(), unmatched.sum()));
        }
        return out;
    }

    /** The evidence quotes of an article (a list of strings under {@code field}; empty when absent). */
    private static List<String> quotes(Article a, String field) {
        Object v = a.metadata().get(field);
        List<String> out = new ArrayList<>();
        if (v instanceof com.fasterxml.jackson.databind.JsonNode n) {
            n.forEach(q -> out.add(q.asText()));
        } else if (v instanceof Collection<?> c) {
            c.forEach(q -> out.add(String.valueOf(q)));
        } else if (v != null) {
            throw new IllegalArgumentException("article " + a.id() + ": field '" + field + "' should be a list of evidence quotes, got " + v);
        }
        return out;
    }

    /** Trains on labelled prepared articles, using the (unlabelled) pool for weak supervision and self-training. */
    public Fit fit(List<Prepared> labelled, List<Prepared> pool) {
        List<Prepared> train = new ArrayList<>(labelled);
        List<Integer> y = new ArrayList<>();
        for (Prepared p : labelled) {
            if (p.gold() < 0) throw new IllegalArgumentException("article " + p.id() + " has no label");
            y.add(p.gold());
        }
        Map<String, Integer> weakAdded = new LinkedHashMap<>();
        if (cfg.weakSupervision() != null && !pool.isEmpty()) {
            addWeak(labelled, pool, train, y, weakAdded);
        }
        TextClassifier c = trainOnce(train, y);
        Map<String, Integer> selfAdded = new LinkedHashMap<>();
        SelfTrainingConfig st = cfg.selfTraining();
        if (st != null && !pool.isEmpty()) {
            for (int round = 0; round < st.rounds(); round++) {
                List<Prepared> t2 = new ArrayList<>(train);
                List<Integer> y2 = new ArrayList<>(y);
                double[][] probs = new double[pool.size()][];
                for (int i = 0; i < pool.size(); i++) probs[i] = c.probabilities(vector(c, pool.get(i)));
                selfAdded = select(pool, probs, st.minConfidence(), st.onlyLabels(), st.maxPerLabel(), t2, y2);
                log.accept("self-training round " + (round + 1) + ": added " + selfAdded);
                c = trainOnce(t2, y2);
            }
        }
        return new Fit(c, labelled.size(), weakAdded, selfAdded);
    }

    private void addWeak(List<Prepared> labelled, List<Prepared> pool, List<Prepared> train, List<Integer> y,
                         Map<String, Integer> added) {
        int k = cfg.labels().size();
        int n = labelled.size() + pool.size();
        int[][] votes = new int[n][];
        int[] anchors = new int[n];
        double[] prior = new double[k];
        Arrays.fill(prior, 1.0);
        for (int i = 0; i < labelled.size(); i++) {
            votes[i] = labelled.get(i).votes();
            anchors[i] = labelled.get(i).gold();
            prior[anchors[i]]++;
        }
        if (rulesPrior != null) prior = rulesPrior.clone();
        for (int i = 0; i < pool.size(); i++) {
            votes[labelled.size() + i] = pool.get(i).votes();
            anchors[labelled.size() + i] = -1;
        }
        DawidSkene ds = DawidSkene.fit(votes, k, new LabelModelConfig(200, 1e-6, 10.0, cfg.seed()), prior, anchors);
        double[][] probs = new double[pool.size()][];
        int voted = 0;
        int[] best = new int[k];
        for (int i = 0; i < pool.size(); i++) {
            boolean any = false;
            for (int v : pool.get(i).votes()) any |= v >= 0;
            probs[i] = any ? ds.predictProba(pool.get(i).votes()) : null;
            if (any) {
                voted++;
                best[PredictionSet.argmax(probs[i])]++;
            }
        }
        WeakConfig w = cfg.weakSupervision();
        added.putAll(select(pool, probs, w.minConfidence(), w.onlyLabels(), w.maxPerLabel(), train, y));
        StringBuilder acc = new StringBuilder();
        for (int j = 0; j < ds.rules(); j++) acc.append(String.format(Locale.ROOT, " %.2f", ds.accuracy(j)));
        log.accept("weak supervision: " + voted + " of " + pool.size() + " pool articles got a vote; most probable label counts "
                + Arrays.toString(best) + "; rule accuracies" + acc + "; added " + added);
    }

    /** Adds the most confident pool articles per allowed label (at most {@code max} each); returns counts per label. */
    private Map<String, Integer> select(List<Prepared> pool, double[][] probs, double minConf, List<String> only, int max,
                                        List<Prepared> train, List<Integer> y) {
        List<double[]> conf = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (probs[i] == null) continue;
            int b = 0;
            for (int c = 1; c < probs[i].length; c++) if (probs[i][c] > probs[i][b]) b = c;
            if (probs[i][b] < minConf) continue;
            if (!only.isEmpty() && !only.contains(cfg.labels().get(b))) continue;
            conf.add(new double[]{i, b, probs[i][b]});
        }
        conf.sort(Comparator.comparingDouble((double[] a) -> -a[2]).thenComparingDouble(a -> a[0]));
        Map<String, Integer> added = new LinkedHashMap<>();
        for (String l : cfg.labels()) added.put(l, 0);
        for (double[] c : conf) {
            String l = cfg.labels().get((int) c[1]);
            if (added.get(l) >= max) continue;
            added.merge(l, 1, Integer::sum);
            train.add(pool.get((int) c[0]));
            y.add((int) c[1]);
        }
        added.values().removeIf(v -> v == 0);
        return added;
    }

    private TextClassifier trainOnce(List<Prepared> train, List<Integer> y) {
        List<String> keys = new ArrayList<>(train.size());
        Map<String, List<String>> tokensByKey = new HashMap<>();
        for (int i = 0; i < train.size(); i++) {
            String key = Integer.toString(i);
            keys.add(key);
            tokensByKey.put(key, train.get(i).tokens());
        }
        TfidfVectorizer.Fit vf = TfidfVectorizer.fit(cfg.features(), keys, tokensByKey::get);
        FittedVectorizer v = vf.vectorizer();
        int[] ya = y.stream().mapToInt(Integer::intValue).toArray();
        SentenceModelConfig sm = cfg.text().sentenceModel();
        FramingExtension e = ext;
        double[][] sentenceFeatures = null;
        if (sm != null) {
            SentenceFeatures sf = new SentenceFeatures(sm, cfg.labels(), cfg.features(), cfg.model().maxIterations(), cfg.seed());
            SentenceFeatures.Result r = sf.fit(train, ya);
            e = ext.withSentences(r.model());
            sentenceFeatures = r.features();
        }
        List<SparseVector> x = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) {
            double[] extra = sentenceFeatures == null ? train.get(i).framing() : FramingExtension.concat(train.get(i).framing(), sentenceFeatures[i]);
            x.add(FramingExtension.append(vf.vectors().get(i), v.dimension(), extra));
        }
        int dim = v.dimension() + e.extraDimension();
        LinearModel m = cfg.trainer().equals("softmax")
                ? new SoftmaxTrainer(cfg.model().c(), cfg.model().classWeight().equals("balanced"), cfg.model().maxIterations(), 1e-6)
                        .train(x, ya, cfg.labels(), dim)
                : linear.train(x, ya, cfg.labels(), dim, cfg.model(), cfg.seed());
        TextPipeline pipeline = TextPipeline.fit(new TextConfig(cfg.text().language(), true, true), List.of());
        return new TextClassifier(cfg.task(), pipeline, v, m, e);
    }

    /** The feature vector of a prepared article under a trained classifier (its vectorizer, and its sentence model if any). */
    public SparseVector vector(TextClassifier c, Prepared p) {
        FittedVectorizer v = c.vectorizer();
        double[] extra = p.framing();
        if (c.extension() instanceof FramingExtension fe && fe.sentences() != null) {
            extra = FramingExtension.concat(extra, fe.sentences().articleFeatures(p.sentences()));
        }
        return FramingExtension.append(v.transform(p.tokens()), v.dimension(), extra);
    }
}
