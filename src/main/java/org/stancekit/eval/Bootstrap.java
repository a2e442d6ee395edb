package org.stancekit.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stratified bootstrap intervals for every headline metric: each resample draws, within every gold class,
 * as many records as the class has, with replacement, so class proportions stay those of the test set.
 * Percentile intervals (linear interpolation between order statistics). Works on precomputed per-record
 * cells and losses, so 1,000 resamples of 50,000 records take well under a second of sampling.
 */
public final class Bootstrap {

    /** Metric names, as in metrics.json. */
    public static final String ACCURACY = "accuracy", MACRO_F1 = "macro_f1", MICRO_F1 = "micro_f1",
            WEIGHTED_F1 = "weighted_f1", MCC = "mcc", KAPPA = "kappa", SIDED_F1 = "f1_sided_avg",
            LOG_LOSS = "log_loss", BRIER = "brier", ECE = "ece";

    private Bootstrap() {
    }

    /**
     * Intervals for accuracy, the F1 averages, MCC, kappa, the sided F1 when {@code sided} is given
     * (two class indices) and, with probabilities, log loss, Brier score and ECE.
     */
    public static Map<String, Interval> intervals(PredictionSet p, EvalOptions opt, int[] sided) {
        int resamples = opt.resamples();
        if (resamples < 1) throw new IllegalArgumentException("bootstrap needs at least one resample, got " + resamples);
        if (p.size() == 0) throw new IllegalArgumentException("cannot bootstrap an empty prediction set");
        int k = p.numClasses(), n = p.size();
        int[][] byClass = byClass(p.gold(), k);
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) cell[i] = p.gold()[i] * k + p.pred()[i];
        boolean probs = p.hasProbabilities();
        int bins = opt.calibrationBins();
        double[] ll = null, br = null, conf = null;
        int[] bin = null;
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) correct[i] = p.gold()[i] == p.pred()[i];
        if (probs) {
            ll = new double[n];
            br = new double[n];
            conf = new double[n];
            bin = new int[n];
            for (int i = 0; i < n; i++) {
                double[] row = p.probs()[i];
                ll[i] = Metrics.recordLogLoss(row, p.gold()[i]);
                br[i] = Metrics.recordBrier(row, p.gold()[i]);
                conf[i] = row[p.pred()[i]];
                bin[i] = Calibration.bin(conf[i], bins);
            }
        }
        Map<String, double[]> stats = new LinkedHashMap<>();
        for (String m : List.of(ACCURACY, MACRO_F1, MICRO_F1, WEIGHTED_F1, MCC, KAPPA)) stats.put(m, new double[resamples]);
        if (sided != null) stats.put(SIDED_F1, new double[resamples]);
        if (probs) for (String m : List.of(LOG_LOSS, BRIER, ECE)) stats.put(m, new double[resamples]);
        double[] acc = stats.get(ACCURACY), macro = stats.get(MACRO_F1), micro = stats.get(MICRO_F1),
                weighted = stats.get(WEIGHTED_F1), mcc = stats.get(MCC), kappa = stats.get(KAPPA),
                sidedF1 = stats.get(SIDED_F1), logLoss = stats.get(LOG_LOSS), brier = stats.get(BRIER), ece = stats.get(ECE);

        SplittableRandom rng = new SplittableRandom(opt.seed());
        long[] counts = new long[k * k];
        long[] binCount = new long[bins];
        double[] binConf = new double[bins], binCorrect = new double[bins];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(counts, 0);
            double llSum = 0, brSum = 0;
            if (probs) {
                Arrays.fill(binCount, 0);
                Arrays.fill(binConf, 0);
                Arrays.fill(binCorrect, 0);
            }
            for (int[] members : byClass) {
                int m = members.length;
                for (int j = 0; j < m; j++) {
                    int i = members[rng.nextInt(m)];
                    counts[cell[i]]++;
                    if (probs) {
                        llSum += ll[i];
                        brSum += br[i];
                        int b = bin[i];
                        binCount[b]++;
                        binConf[b] += conf[i];
                        if (correct[i]) binCorrect[b]++;
                    }
                }
            }
            acc[r] = Metrics.accuracy(counts, k);
            macro[r] = Metrics.macroF1(counts, k);
            micro[r] = Metrics.microF1(counts, k);
            weighted[r] = Metrics.weightedF1(counts, k);
            mcc[r] = Metrics.mcc(counts, k);
            kappa[r] = Metrics.kappa(counts, k);
            if (sidedF1 != null) sidedF1[r] = Metrics.sidedAverageF1(counts, k, sided[0], sided[1]);
            if (probs) {
                logLoss[r] = llSum / n;
                brier[r] = brSum / n;
                ece[r] = Calibration.ece(binCount, binConf, binCorrect, n);
            }
        }
        Map<String, Interval> out = new LinkedHashMap<>();
        stats.forEach((name, values) -> out.put(name, percentile(values, opt.level())));
        return out;
    }

    /** Percentile interval of bootstrap values, ignoring NaN (undefined) values. */
    public static Interval percentile(double[] values, double level) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) return new Interval(Double.NaN, Double.NaN, values.length, level);
        double alpha = (1 - level) / 2;
        return new Interval(quantile(v, alpha), quantile(v, 1 - alpha), values.length, level);
    }

    /** Quantile of sorted values with linear interpolation (numpy's default). */
    public static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Record positions grouped by gold class; classes without records get an empty array. */
    static int[][] byClass(int[] gold, int k) {
        int[] size = new int[k];
        for (int g : gold) size[g]++;
        int[][] out = new int[k][];
        for (int c = 0; c < k; c++) out[c] = new int[size[c]];
        int[] fill = new int[k];
        for (int i = 0; i < gold.length; i++) out[gold[i]][fill[gold[i]]++] = i;
        return out;
    }
}
