package org.stancekit.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stancekit.TestData;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Corpora;
import org.stancekit.features.SparseVector;
import org.stancekit.model.NeuralModel;
import org.stancekit.model.TextClassifier;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class NeuralTrainerTest {

    private static TextClassifier trainTiny(long seed) {
        TrainConfig cfg = TrainConfig.load(ClassifierTrainerTest.CONFIG)
                .withNeural(new NeuralConfig(50, 16, 40, 8, 0.01, 0.0, 0.5, null));
        List<Article> train = Corpora.readJsonl(TrainConfig.resolve(ClassifierTrainerTest.CONFIG, cfg.data().train()), "label").articles();
        return new ClassifierTrainer(2, s -> { }).train(train, cfg, seed).classifier();
    }

    @Test
    void ensembleLearnsTheTinyTopicsAndTheNetworkAloneDoesToo() {
        TextClassifier c = trainTiny(5);
        assertNotNull(c.neural());
        assertEquals(50, c.neural().inputs());
        for (Article a : Corpora.readJsonl(TestData.resource("topic/test.jsonl"), "label").articles()) {
            assertEquals(a.label("label"), c.predict(a, 0).label(), a.id());
            double[] nn = c.neural().probabilities(c.vectorize(a));
            int best = 0;
            for (int k = 1; k < nn.length; k++) if (nn[k] > nn[best]) best = k;
            assertEquals(a.label("label"), c.labels().get(best), "network alone on " + a.id());
        }
    }

    @Test
    void sameSeedGivesIdenticalNetworkBytes() {
        assertArrayEquals(trainTiny(9).neural().toBytes(), trainTiny(9).neural().toBytes());
    }

    @Test
    void exportedNetworkScoresExactlyAsDl4jDoes() {
        NeuralConfig cfg = new NeuralConfig(6, 4, 1, 2, 0.01, 0.0, 1.0, null);
        MultiLayerNetwork net = NeuralTrainer.network(3, 2, cfg, 3);
        int[] columns = {2, 4, 9};
        NeuralModel m = NeuralTrainer.export(net, columns, 4, 2, 1.0);
        SparseVector x = new SparseVector(new int[]{1, 2, 9}, new float[]{5f, 0.6f, 0.8f});
        INDArray dense = Nd4j.create(new float[]{0.6f, 0f, 0.8f}, new long[]{1, 3}, 'c');
        double[] expected = net.output(dense).toDoubleVector();
        assertArrayEquals(expected, m.probabilities(x), 1e-6);
    }
}
