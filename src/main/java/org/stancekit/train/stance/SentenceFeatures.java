package org.stancekit.train.stance;

import org.stancekit.eval.Folds;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.features.TfidfVectorizer;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.features.framing.SentenceModel;
import org.stancekit.model.LinearModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the sentence model of a stance model and gives every training article its sentence features. Articles
 * with evidence quotes train the sentence model; their own features come out of fold (an inner stratified
 * split), so the article model learns how much to trust the sentence model on articles it has not seen.
 */
final class SentenceFeatures {

    /** The sentence model fitted on every article with evidence, and each training article's features. */
    record Result(SentenceModel model, double[][] features) {
    }

    private final SentenceModelConfig cfg;
    private final List<String> labels;
    private final VectorizerConfig vectorizer;
    private final int maxIterations;
    private final long seed;

    SentenceFeatures(SentenceModelConfig cfg, List<String> labels, VectorizerConfig vectorizer, int maxIterations, long seed) {
        this.cfg = cfg;
        this.labels = labels;
        this.vectorizer = vectorizer;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    Result fit(List<Prepared> train, int[] y) {
        List<Integer> withEvidence = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) if (train.get(i).evidence() != null) withEvidence.add(i);
        if (withEvidence.isEmpty()) throw new IllegalArgumentException("text.sentence_model needs labelled articles with evidence quotes under '" + cfg.evidenceField() + "'");
        double[][] features = new double[train.size()][];
        int[] gold = withEvidence.stream().mapToInt(i -> y[i]).toArray();
        int[] fold = Folds.stratified(gold, labels.size(), cfg.innerFolds(), seed);
        for (int f = 0; f < cfg.innerFolds(); f++) {
            List<Prepared> fitOn = new ArrayList<>();
            List<Integer> fitY = new ArrayList<>();
            for (int j = 0; j < fold.length; j++) {
                if (fold[j] != f) {
                    fitOn.add(train.get(withEvidence.get(j)));
                    fitY.add(gold[j]);
                }
            }
            SentenceModel m = fitModel(fitOn, fitY);
            for (int j = 0; j < fold.length; j++) {
                if (fold[j] == f) features[withEvidence.get(j)] = m.articleFeatures(train.get(withEvidence.get(j)).sentences());
            }
        }
        List<Prepared> all = new ArrayList<>();
        for (int i : withEvidence) all.add(train.get(i));
        SentenceModel full = fitModel(all, java.util.Arrays.stream(gold).boxed().toList());
        for (int i = 0; i < train.size(); i++) if (features[i] == null) features[i] = full.articleFeatures(train.get(i).sentences());
        return new Result(full, features);
    }

    /** Sentence classes: the article's label for its evidence sentences, {@code none} (index k) for the others. */
    private SentenceModel fitModel(List<Prepared> articles, List<Integer> gold) {
        int k = labels.size();
        List<List<String>> tokens = new ArrayList<>();
        List<double[]> framing = new ArrayList<>();
        List<Integer> cls = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Prepared p = articles.get(a);
            for (int s = 0; s < p.sentences().size(); s++) {
                tokens.add(p.sentences().get(s).tokens());
                framing.add(p.sentences().get(s).framing());
                cls.add(p.evidence()[s] ? gold.get(a) : k);
            }
        }
        List<String> keys = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) keys.add(Integer.toString(i));
        TfidfVectorizer.Fit vf = TfidfVectorizer.fit(vectorizer, keys, key -> tokens.get(Integer.parseInt(key)));
        FittedVectorizer v = vf.vectorizer();
        List<SparseVector> x = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            x.add(SentenceModel.withFraming(vf.vectors().get(i), v.dimension(), framing.get(i), cfg.framingWeight()));
        }
        for (int l = 0; l < k; l++) {
            if (!cls.contains(l)) {
                throw new IllegalArgumentException("text.sentence_model: no sentence of a '" + labels.get(l) + "' article matches an evidence quote (field '"
                        + cfg.evidenceField() + "'); give quotes for every label or remove sentence_model");
            }
        }
        List<String> classes = new ArrayList<>(labels);
        classes.add(SentenceModel.NONE);
        int dim = v.dimension() + framing.get(0).length;
        LinearModel m = new SoftmaxTrainer(cfg.c(), true, maxIterations, 1e-6).train(x, cls.stream().mapToInt(Integer::intValue).toArray(), classes, dim);
        return new SentenceModel(v, m, cfg.framingWeight(), cfg.weight());
    }
}
