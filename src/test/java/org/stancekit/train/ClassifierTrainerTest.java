package org.stancekit.train;

import org.junit.jupiter.api.Test;
import org.stancekit.TestData;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Corpora;
import org.stancekit.model.Prediction;
import org.stancekit.model.TextClassifier;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifierTrainerTest {

    static final Path CONFIG = TestData.resource("topic/tiny.yaml");

    static TextClassifier trainTiny(long seed, String solver) {
        TrainConfig cfg = TrainConfig.load(CONFIG);
        cfg = cfg.withModel(new LinearConfig(solver, 10.0, "none", null, null, null));
        List<Article> train = Corpora.readJsonl(TrainConfig.resolve(CONFIG, cfg.data().train()), "label").articles();
        return new ClassifierTrainer(2, s -> { }).train(train, cfg, seed).classifier();
    }

    @Test
    void learnsTheTinyTopicsAndPredictsHeldOutSentences() {
        for (String solver : LinearConfig.SOLVERS) {
            TextClassifier c = trainTiny(7, solver);
            assertEquals(List.of("kinh_doanh", "suc_khoe", "the_thao"), c.labels());
            List<Article> test = Corpora.readJsonl(TestData.resource("topic/test.jsonl"), "label").articles();
            for (Article a : test) {
                Prediction p = c.predict(a, 3);
                assertEquals(a.label("label"), p.label(), solver + " on " + a.id());
                double sum = p.scores().values().stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(1.0, sum, 1e-9);
                assertEquals(3, p.contributions().size());
                assertTrue(p.contributions().get(0).contribution() >= p.contributions().get(1).contribution());
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        byte[] a = trainTiny(11, "svm").model().toBytes();
        byte[] b = trainTiny(11, "svm").model().toBytes();
        assertArrayEquals(a, b);
    }

    @Test
    void unknownLabelIsRejectedWithTheArticleId() {
        TrainConfig cfg = TrainConfig.load(CONFIG);
        TrainConfig fixed = cfg.withData(new DataConfig("x", null, "label", List.of("a", "b")));
        List<Article> arts = List.of(Article.of("d1", "x y").withLabel("label", "a"), Article.of("d2", "y z").withLabel("label", "c"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClassifierTrainer().train(arts, fixed, 1));
        assertEquals("article 'd2' has label 'c', not in the label set [a, b]", e.getMessage());
    }

    @Test
    void calibrationFitsATemperatureOnAHoldout() {
        TrainConfig cfg = TrainConfig.load(CONFIG).withModel(new LinearConfig("svm", 1.0, null, null, null, null, 0.25));
        List<Article> train = Corpora.readJsonl(TrainConfig.resolve(CONFIG, cfg.data().train()), "label").articles();
        ClassifierTrainer.Result r = new ClassifierTrainer(2, s -> { }).train(train, cfg, 5);
        double t = r.classifier().model().temperature();
        assertTrue(t > 0 && t != 1.0, "temperature " + t);
        assertTrue(r.timings().containsKey("calibrate_s"));
        assertArrayEquals(r.classifier().model().toBytes(), new ClassifierTrainer(2, s -> { }).train(train, cfg, 5).classifier().model().toBytes());
    }
}
