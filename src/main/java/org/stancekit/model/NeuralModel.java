package org.stancekit.model;

import org.stancekit.features.ChiSquareSelector;
import org.stancekit.features.SparseVector;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The neural member of a topic model: a one-hidden-layer ReLU network with a softmax output over chosen TF-IDF
 * columns (re-normalised to unit length), and its share {@code weight} of the averaged probabilities. Trained
 * with DL4J; scoring runs the same two layers over the sparse input directly, which is exact and touches only
 * the article's non-zero columns. Immutable and thread-safe.
 */
public final class NeuralModel {

    private static final int MAGIC = 0x534b4e4e; // "SKNN"
    private final int[] columns;
    private final int hidden;
    private final int classes;
    private final float[] w1; // columns.length rows of hidden
    private final float[] b1;
    private final float[] w2; // hidden rows of classes
    private final float[] b2;
    private final double weight;

    /**
     * @param columns the TF-IDF columns the network reads, strictly increasing
     * @param w1      input-to-hidden weights, row-major {@code [columns.length][hidden]}
     * @param w2      hidden-to-output weights, row-major {@code [hidden][classes]}
     * @param weight  the network's share of the averaged probabilities, in (0, 1]
     */
    public NeuralModel(int[] columns, int hidden, int classes, float[] w1, float[] b1, float[] w2, float[] b2, double weight) {
        for (int i = 1; i < columns.length; i++) {
            if (columns[i] <= columns[i - 1]) throw new IllegalArgumentException("columns must be strictly increasing");
        }
        if (w1.length != columns.length * hidden || b1.length != hidden || w2.length != hidden * classes || b2.length != classes) {
            throw new IllegalArgumentException("layer sizes do not match " + columns.length + " inputs, " + hidden + " hidden, " + classes + " classes");
        }
        if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("weight must be in (0, 1]");
        this.columns = columns;
        this.hidden = hidden;
        this.classes = classes;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.weight = weight;
    }

    public int inputs() {
        return columns.length;
    }

    public int hidden() {
        return hidden;
    }

    public int classes() {
        return classes;
    }

    public double weight() {
        return weight;
    }

    /** Highest TF-IDF column read (for checking against the vectorizer); -1 without inputs. */
    public int maxColumn() {
        return columns.length == 0 ? -1 : columns[columns.length - 1];
    }

    /** Class probabilities of the network alone. */
    public double[] probabilities(SparseVector x) {
        float[] h = b1.clone();
        SparseVector in = ChiSquareSelector.restrict(x, columns);
        for (int j = 0; j < in.size(); j++) {
            float v = in.values()[j];
            int off = in.indices()[j] * hidden;
            for (int u = 0; u < hidden; u++) h[u] += v * w1[off + u];
        }
        double[] z = new double[classes];
        for (int c = 0; c < classes; c++) z[c] = b2[c];
        for (int u = 0; u < hidden; u++) {
            if (h[u] <= 0) continue;
            int off = u * classes;
            for (int c = 0; c < classes; c++) z[c] += h[u] * w2[off + c];
        }
        return LinearModel.toProbabilities(z, LinearModel.Link.SOFTMAX, 1.0);
    }

    /** Averages linear and network probabilities by the network's weight. */
    public double[] mix(double[] linear, SparseVector x) {
        double[] p = probabilities(x);
        double[] out = new double[p.length];
        for (int c = 0; c < p.length; c++) out[c] = (1 - weight) * linear[c] + weight * p[c];
        return out;
    }

    /** The network in a compact, deterministic binary form (big-endian). */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream((w1.length + w2.length + columns.length) * 4 + 64);
            DataOutputStream out = new DataOutputStream(bos);
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(columns.length);
            out.writeInt(hidden);
            out.writeInt(classes);
            out.writeDouble(weight);
            for (int c : columns) out.writeInt(c);
            for (float[] a : new float[][]{w1, b1, w2, b2}) for (float f : a) out.writeFloat(f);
            out.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a network written by {@link #toBytes()}. */
    public static NeuralModel fromBytes(InputStream in) throws IOException {
        DataInputStream din = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (din.readInt() != MAGIC) throw new IOException("not a stancekit neural model");
        int version = din.readInt();
        if (version != 1) throw new IOException("neural model format version " + version + "; this stancekit reads version 1");
        int n = din.readInt(), hidden = din.readInt(), classes = din.readInt();
        if (n < 0 || hidden < 1 || classes < 2 || (long) n * hidden > Integer.MAX_VALUE) throw new IOException("implausible layer sizes " + n + " x " + hidden + " x " + classes);
        double weight = din.readDouble();
        int[] columns = new int[n];
        for (int i = 0; i < n; i++) columns[i] = din.readInt();
        float[] w1 = read(din, n * hidden), b1 = read(din, hidden), w2 = read(din, hidden * classes), b2 = read(din, classes);
        try {
            return new NeuralModel(columns, hidden, classes, w1, b1, w2, b2, weight);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static float[] read(DataInputStream in, int n) throws IOException {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = in.readFloat();
        return a;
    }
}
