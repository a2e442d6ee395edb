package org.stancekit.train;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.stancekit.features.ChiSquareSelector;
import org.stancekit.features.SparseVector;
import org.stancekit.model.NeuralModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the neural member of a topic model with DL4J: picks the TF-IDF columns with the highest chi-squared
 * score, then fits a one-hidden-layer ReLU network with a softmax output by Adam on seeded, shuffled
 * mini-batches. The same seed and data give the same weights.
 */
public final class NeuralTrainer {

    private final Consumer<String> log;

    public NeuralTrainer(Consumer<String> log) {
        this.log = log;
    }

    /** Trains on TF-IDF vectors {@code x} of dimension {@code dim} with label indices {@code y} in [0, classes). */
    public NeuralModel train(List<SparseVector> x, int[] y, int classes, int dim, NeuralConfig cfg, long seed) {
        int[] columns = ChiSquareSelector.select(ChiSquareSelector.scores(x, y, classes, dim), cfg.features());
        int n = columns.length;
        MultiLayerNetwork net = network(n, classes, cfg, seed);
        SparseBatches batches = new SparseBatches(x, y, columns, classes, cfg.batchSize(), seed);
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            long t0 = System.nanoTime();
            if (epoch > 1) batches.reset();
            net.fit(batches);
            log.accept(String.format("neural epoch %d/%d in %.1f s, loss %.4f", epoch, cfg.epochs(), (System.nanoTime() - t0) / 1e9, net.score()));
        }
        return export(net, columns, cfg.hidden(), classes, cfg.weight());
    }

    /** The untrained network: {@code inputs} -> ReLU hidden layer -> softmax over {@code classes}, float32, seeded. */
    static MultiLayerNetwork network(int inputs, int classes, NeuralConfig cfg, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(cfg.learningRate()))
                .l2(cfg.l2())
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(dense(inputs, cfg))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(cfg.hidden()).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static DenseLayer dense(int inputs, NeuralConfig cfg) {
        DenseLayer.Builder b = new DenseLayer.Builder().nIn(inputs).nOut(cfg.hidden()).activation(Activation.RELU);
        if (cfg.dropout() > 0) b.dropOut(1 - cfg.dropout()); // DL4J takes the probability of keeping an input
        return b.build();
    }

    /** Copies a network built by {@link #network} into the scoring form. */
    static NeuralModel export(MultiLayerNetwork net, int[] columns, int hidden, int classes, double weight) {
        return new NeuralModel(columns, hidden, classes, rowMajor(net.getParam("0_W"), columns.length, hidden),
                net.getParam("0_b").toFloatVector(), rowMajor(net.getParam("1_W"), hidden, classes),
                net.getParam("1_b").toFloatVector(), weight);
    }

    /** A [rows, cols] parameter matrix as a row-major float array, whatever its storage order. */
    private static float[] rowMajor(INDArray w, int rows, int cols) {
        if (w.rows() != rows || w.columns() != cols) {
            throw new IllegalStateException("parameter shape " + java.util.Arrays.toString(w.shape()) + ", expected [" + rows + ", " + cols + "]");
        }
        float[][] m = w.toFloatMatrix();
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) System.arraycopy(m[r], 0, out, r * cols, cols);
        return out;
    }
}
