package org.stancekit.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.stancekit.features.ChiSquareSelector;
import org.stancekit.features.SparseVector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Mini-batches for DL4J from sparse TF-IDF vectors: each batch is a dense matrix over the chosen columns
 * (rows L2-normalised again) with one-hot labels, built off-heap only when asked for, in an order reshuffled by a
 * seeded generator on every {@link #reset()}, so DL4J can prefetch batches while it trains on the previous one.
 */
final class SparseBatches implements DataSetIterator {

    private final List<SparseVector> x;
    private final int[] y;
    private final int[] columns;
    private final int classes;
    private final int batch;
    private final Random rnd;
    private final List<Integer> order;
    private int cursor;
    private DataSetPreProcessor pre;

    SparseBatches(List<SparseVector> x, int[] y, int[] columns, int classes, int batch, long seed) {
        this.x = x;
        this.y = y;
        this.columns = columns;
        this.classes = classes;
        this.batch = batch;
        this.rnd = new Random(seed);
        this.order = new ArrayList<>(x.size());
        for (int i = 0; i < x.size(); i++) order.add(i);
        shuffle();
    }

    private void shuffle() {
        Collections.shuffle(order, rnd);
        cursor = 0;
    }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) throw new NoSuchElementException();
        int b = Math.min(num, order.size() - cursor);
        INDArray f = Nd4j.zeros(DataType.FLOAT, b, columns.length);
        INDArray l = Nd4j.zeros(DataType.FLOAT, b, classes);
        for (int r = 0; r < b; r++) {
            int i = order.get(cursor + r);
            SparseVector v = ChiSquareSelector.restrict(x.get(i), columns);
            for (int j = 0; j < v.size(); j++) f.putScalar(r, v.indices()[j], v.values()[j]);
            l.putScalar(r, y[i], 1f);
        }
        cursor += b;
        DataSet ds = new DataSet(f, l);
        if (pre != null) pre.preProcess(ds);
        return ds;
    }

    @Override
    public DataSet next() {
        return next(batch);
    }

    @Override
    public boolean hasNext() {
        return cursor < order.size();
    }

    @Override
    public int inputColumns() {
        return columns.length;
    }

    @Override
    public int totalOutcomes() {
        return classes;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return true;
    }

    /** Starts the next epoch in a new seeded order. */
    @Override
    public void reset() {
        shuffle();
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.pre = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return pre;
    }

    @Override
    public List<String> getLabels() {
        return null;
    }
}
