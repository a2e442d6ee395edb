package org.stancekit.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.stancekit.features.SparseVector;
import org.stancekit.model.LinearModel;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Trains a {@link LinearModel} with liblinear, one-vs-rest: one binary problem per class, solved in
 * parallel, each with its own seeded random generator, so results do not depend on thread timing.
 */
public final class LinearTrainer {

    private final int threads;

    public LinearTrainer(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** A trainer using every available core. */
    public LinearTrainer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Trains on vectors {@code x} with label indices {@code y} (into {@code labels}) over {@code dim} features;
     * the same inputs, config and seed always give the same weights.
     */
    public LinearModel train(List<SparseVector> x, int[] y, List<String> labels, int dim, LinearConfig cfg, long seed) {
        if (x.size() != y.length) throw new IllegalArgumentException("x and y differ in length");
        if (x.isEmpty()) throw new IllegalArgumentException("no training examples");
        int k = labels.size();
        if (k < 2) throw new IllegalArgumentException("need at least two classes, got " + labels);
        int[] counts = new int[k];
        for (int yi : y) counts[yi]++;
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) throw new IllegalArgumentException("class '" + labels.get(c) + "' has no training examples");
        }
        Linear.disableDebugOutput();
        boolean bias = cfg.bias() >= 0;
        Feature[][] rows = new Feature[x.size()][];
        for (int i = 0; i < rows.length; i++) {
            SparseVector v = x.get(i);
            Feature[] r = new Feature[v.size() + (bias ? 1 : 0)];
            for (int j = 0; j < v.size(); j++) r[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
            if (bias) r[v.size()] = new FeatureNode(dim + 1, cfg.bias());
            rows[i] = r;
        }
        if (cfg.solver().equals("mcsvm")) return trainCrammerSinger(rows, y, labels, dim, bias, cfg, counts, seed);
        float[] w = new float[k * (dim + 1)];
        int problems = k == 2 ? 1 : k;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, problems));
        try {
            Future<?>[] futures = new Future<?>[problems];
            for (int c = 0; c < problems; c++) {
                int cls = c;
                futures[c] = pool.submit(() -> {
                    double[] wc = trainBinary(rows, y, cls, dim, bias, cfg, weightFor(cfg, counts, cls), seed + cls);
                    int off = cls * (dim + 1);
                    for (int f = 0; f <= dim; f++) w[off + f] = (float) wc[f];
                });
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (k == 2) { // one problem: class 0 vs class 1; split the margin so softmax equals the binary sigmoid
            for (int f = 0; f <= dim; f++) {
                w[f] /= 2;
                w[(dim + 1) + f] = -w[f];
            }
        }
        LinearModel.Link link = cfg.solver().equals("logreg") && k > 2 ? LinearModel.Link.OVR_SIGMOID : LinearModel.Link.SOFTMAX;
        return new LinearModel(labels, dim, w, bias ? cfg.bias().floatValue() : 0f, link, 1.0);
    }

    /** Crammer–Singer multi-class SVM: one joint problem, so it runs on one thread. */
    private static LinearModel trainCrammerSinger(Feature[][] rows, int[] y, List<String> labels, int dim, boolean bias,
                                                  LinearConfig cfg, int[] counts, long seed) {
        int k = labels.size();
        double[] target = new double[rows.length];
        for (int i = 0; i < rows.length; i++) target[i] = y[i];
        Problem p = problem(rows, target, dim, bias, cfg);
        Parameter param = parameter(SolverType.MCSVM_CS, cfg, seed);
        double[] cw = new double[k];
        int[] cl = new int[k];
        for (int c = 0; c < k; c++) {
            cw[c] = weightFor(cfg, counts, c);
            cl[c] = c;
        }
        param.setWeights(cw, cl);
        Model m = Linear.train(p, param);
        double[] fw = m.getFeatureWeights();
        int[] mlabels = m.getLabels();
        int nf = dim + (bias ? 1 : 0);
        float[] w = new float[k * (dim + 1)];
        for (int j = 0; j < k; j++) { // liblinear stores weights feature-major: fw[f * k + j] for its j-th label
            int cls = mlabels[j];
            int off = cls * (dim + 1);
            for (int f = 0; f < nf; f++) w[off + f] = (float) fw[f * k + j];
        }
        return new LinearModel(labels, dim, w, bias ? cfg.bias().floatValue() : 0f, LinearModel.Link.SOFTMAX, 1.0);
    }

    private static Problem problem(Feature[][] rows, double[] target, int dim, boolean bias, LinearConfig cfg) {
        Problem p = new Problem();
        p.l = rows.length;
        p.n = dim + (bias ? 1 : 0);
        p.x = rows;
        p.bias = bias ? cfg.bias() : -1;
        p.y = target;
        return p;
    }

    /** Solver parameters with this call's own seeded generator (liblinear's default is a shared static one). */
    private static Parameter parameter(SolverType solver, LinearConfig cfg, long seed) {
        Parameter param = new Parameter(solver, cfg.c(), cfg.epsilon());
        param.setMaxIters(cfg.maxIterations());
        param.setRandom(new Random(seed));
        return param;
    }

    private static double weightFor(LinearConfig cfg, int[] counts, int cls) {
        if (!cfg.classWeight().equals("balanced")) return 1.0;
        int n = IntStream.of(counts).sum();
        return (double) n / (counts.length * counts[cls]);
    }

    private static double[] trainBinary(Feature[][] rows, int[] y, int cls, int dim, boolean bias, LinearConfig cfg,
                                        double positiveWeight, long seed) {
        double[] target = new double[rows.length];
        for (int i = 0; i < rows.length; i++) target[i] = y[i] == cls ? 1 : -1;
        Problem p = problem(rows, target, dim, bias, cfg);
        SolverType solver = cfg.solver().equals("logreg") ? SolverType.L2R_LR_DUAL : SolverType.L2R_L2LOSS_SVC_DUAL;
        Parameter param = parameter(solver, cfg, seed);
        param.setWeights(new double[]{positiveWeight, 1.0}, new int[]{1, -1});
        Model m = Linear.train(p, param);
        double[] fw = m.getFeatureWeights();
        int[] mlabels = m.getLabels();
        double sign = mlabels[0] == 1 ? 1 : -1; // liblinear orders labels by first appearance
        double[] out = new double[dim + 1];
        for (int f = 0; f < dim; f++) out[f] = sign * fw[f];
        if (bias) out[dim] = sign * fw[dim];
        return out;
    }
}
