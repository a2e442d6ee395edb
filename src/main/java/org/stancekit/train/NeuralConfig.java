package org.stancekit.train;

import org.stancekit.config.Configs;

/**
 * Options of the optional neural member of a topic model: a one-hidden-layer network (DL4J) over the
 * {@code features} TF-IDF columns with the highest chi-squared score, whose probabilities are averaged with
 * the linear model's ({@code weight} is the network's share). The defaults are the recipe measured in
 * {@code training/topic-vntc-net.yaml} (12,000 columns, 64 hidden units, 4 epochs: about 22 s on VNTC, 2 cores).
 *
 * @param features     TF-IDF columns fed to the network (chosen by chi-squared against the labels)
 * @param hidden       ReLU units in the hidden layer
 * @param epochs       passes over the training data (Adam, shuffled mini-batches)
 * @param batchSize    articles per mini-batch
 * @param learningRate Adam step size
 * @param l2           L2 penalty on the weights
 * @param weight       the network's share of the averaged probabilities, in (0, 1]
 * @param dropout      share of the input columns zeroed at random in each training step (0 = none), in [0, 1)
 */
public record NeuralConfig(Integer features, Integer hidden, Integer epochs, Integer batchSize, Double learningRate,
                           Double l2, Double weight, Double dropout) {

    public NeuralConfig {
        features = features == null ? 12_000 : features;
        hidden = hidden == null ? 64 : hidden;
        epochs = epochs == null ? 4 : epochs;
        batchSize = batchSize == null ? 256 : batchSize;
        learningRate = learningRate == null ? 1e-3 : learningRate;
        l2 = l2 == null ? 1e-6 : l2;
        weight = weight == null ? 0.5 : weight;
        dropout = dropout == null ? 0.0 : dropout;
        if (!(dropout >= 0 && dropout < 1)) throw Configs.invalid("neural.dropout", dropout, "a number in [0, 1); 0 = none");
        if (features < 1) throw Configs.invalid("neural.features", features, "an integer >= 1");
        if (hidden < 1) throw Configs.invalid("neural.hidden", hidden, "an integer >= 1");
        if (epochs < 1) throw Configs.invalid("neural.epochs", epochs, "an integer >= 1");
        if (batchSize < 1) throw Configs.invalid("neural.batch_size", batchSize, "an integer >= 1");
        if (!(learningRate > 0)) throw Configs.invalid("neural.learning_rate", learningRate, "a number > 0");
        if (!(l2 >= 0)) throw Configs.invalid("neural.l2", l2, "a number >= 0");
        if (!(weight > 0 && weight <= 1)) throw Configs.invalid("neural.weight", weight, "a number in (0, 1]");
    }
}
