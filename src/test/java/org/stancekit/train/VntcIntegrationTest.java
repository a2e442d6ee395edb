package org.stancekit.train;

import org.junit.jupiter.api.Test;
import org.stancekit.TestData;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Corpora;
import org.stancekit.eval.Confusion;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.BatchPredictions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains the shipped topic recipe on a VNTC subset (needs ../shared/data; skipped with a message otherwise). */
class VntcIntegrationTest {

    @Test
    void topicRecipeOnAVntcSubsetReachesAFloorAndIsDeterministic() {
        Path train = TestData.shared("vntc/train.jsonl.gz");
        Path test = TestData.shared("vntc/test.jsonl.gz");
        TrainConfig cfg = TrainConfig.load(Path.of("training/topic-vntc.yaml"));
        List<Article> tr = every(Corpora.readJsonl(train, "label").articles(), 6);   // ~5,600 docs
        List<Article> te = every(Corpora.readJsonl(test, "label").articles(), 25);   // ~2,000 docs
        ClassifierTrainer trainer = new ClassifierTrainer(2, s -> { });
        TextClassifier c = trainer.train(tr, cfg, cfg.seed()).classifier();
        int[] gold = te.stream().mapToInt(a -> c.labels().indexOf(a.label("label"))).toArray();
        Confusion conf = Confusion.of(c.labels(), gold, BatchPredictions.of(c, te).pred());
        assertTrue(conf.accuracy() >= 0.88, "accuracy " + conf.accuracy());
        assertTrue(conf.macroF1() >= 0.85, "macro-F1 " + conf.macroF1());
        TextClassifier again = trainer.train(tr, cfg, cfg.seed()).classifier();
        assertArrayEquals(c.model().toBytes(), again.model().toBytes(), "same data, config and seed must give identical weights");
    }

    private static List<Article> every(List<Article> all, int k) {
        return java.util.stream.IntStream.range(0, all.size()).filter(i -> i % k == 0).mapToObj(all::get).toList();
    }
}
