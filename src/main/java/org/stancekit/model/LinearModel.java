package org.stancekit.model;

import org.stancekit.features.SparseVector;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A linear multi-class model: one weight row (plus bias) per label. Scores are decision values;
 * probabilities come from a softmax over them, or normalised one-vs-rest sigmoids for logistic
 * regression, divided first by a temperature (1 unless calibrated).
 */
public final class LinearModel {

    /** How decision values become probabilities. */
    public enum Link { SOFTMAX, OVR_SIGMOID }

    private static final int MAGIC = 0x534b4c4d; // "SKLM"
    private final List<String> labels;
    private final int dim;
    private final float[] weights; // labels.size() rows of (dim + 1): weights then bias
    private final float biasValue;
    private final Link link;
    private final double temperature;

    public LinearModel(List<String> labels, int dim, float[] weights, float biasValue, Link link, double temperature) {
        if (weights.length != labels.size() * (dim + 1)) throw new IllegalArgumentException("weights do not match labels x (dim + 1)");
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be > 0");
        this.labels = List.copyOf(labels);
        this.dim = dim;
        this.weights = weights;
        this.biasValue = biasValue;
        this.link = link;
        this.temperature = temperature;
    }

    public List<String> labels() {
        return labels;
    }

    public int dimension() {
        return dim;
    }

    public Link link() {
        return link;
    }

    public double temperature() {
        return temperature;
    }

    /** The same model with another temperature (for calibration). */
    public LinearModel withTemperature(double t) {
        return new LinearModel(labels, dim, weights, biasValue, link, t);
    }

    /** Weight of feature {@code f} for label index {@code k}. */
    public float weight(int k, int f) {
        return weights[k * (dim + 1) + f];
    }

    /** Decision value per label. */
    public double[] decision(SparseVector x) {
        double[] d = new double[labels.size()];
        for (int k = 0; k < d.length; k++) {
            int off = k * (dim + 1);
            d[k] = x.dot(weights, off) + weights[off + dim] * biasValue;
        }
        return d;
    }

    /** Probability per label (sums to 1). */
    public double[] probabilities(SparseVector x) {
        return toProbabilities(decision(x), link, temperature);
    }

    /** Turns decision values into probabilities with the given link and temperature. */
    public static double[] toProbabilities(double[] d, Link link, double temperature) {
        double[] p = new double[d.length];
        double sum = 0;
        if (link == Link.OVR_SIGMOID) {
            for (int k = 0; k < d.length; k++) {
                p[k] = 1 / (1 + Math.exp(-d[k] / temperature));
                sum += p[k];
            }
        } else {
            double max = Arrays.stream(d).max().orElse(0);
            for (int k = 0; k < d.length; k++) {
                p[k] = Math.exp((d[k] - max) / temperature);
                sum += p[k];
            }
        }
        for (int k = 0; k < p.length; k++) p[k] /= sum;
        return p;
    }

    /** The weights in a compact, deterministic binary form (big-endian floats). */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream(weights.length * 4 + 64);
            DataOutputStream out = new DataOutputStream(bos);
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(labels.size());
            out.writeInt(dim);
            out.writeFloat(biasValue);
            out.writeUTF(link.name());
            out.writeDouble(temperature);
            for (float w : weights) out.writeFloat(w);
            out.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads weights written by {@link #toBytes()}; labels come from the manifest. */
    public static LinearModel fromBytes(InputStream in, List<String> labels) throws IOException {
        DataInputStream din = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (din.readInt() != MAGIC) throw new IOException("weights.bin is not a stancekit linear model");
        int version = din.readInt();
        if (version != 1) throw new IOException("weights.bin has format version " + version + "; this stancekit reads version 1");
        int k = din.readInt();
        int dim = din.readInt();
        if (k != labels.size()) throw new IOException("weights.bin has " + k + " classes but the manifest lists " + labels.size());
        float bias = din.readFloat();
        Link link = Link.valueOf(din.readUTF());
        double t = din.readDouble();
        float[] w = new float[k * (dim + 1)];
        for (int i = 0; i < w.length; i++) w[i] = din.readFloat();
        return new LinearModel(labels, dim, w, bias, link, t);
    }
}
