package org.stancekit.eval;

import java.util.List;
import java.util.Map;

/** Computes an {@link Evaluation} from a prediction set: point metrics, calibration and bootstrap intervals. */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(PredictionSet p, EvalOptions opt) {
        if (p.size() == 0) throw new IllegalArgumentException("nothing to evaluate: the prediction set is empty");
        Confusion conf = Confusion.of(p);
        long[] c = conf.counts();
        int k = conf.k();
        int[] sided = sidedIndices(p.labels(), opt.sidedLabels());
        double sidedF1 = sided == null ? Double.NaN : Metrics.sidedAverageF1(c, k, sided[0], sided[1]);
        List<ReliabilityBin> rel = List.of();
        double logLoss = Double.NaN, brier = Double.NaN, ece = Double.NaN;
        if (p.hasProbabilities()) {
            rel = Calibration.reliability(p, opt.calibrationBins());
            ece = Calibration.ece(rel, p.size());
            logLoss = Metrics.logLoss(p.probs(), p.gold());
            brier = Metrics.brier(p.probs(), p.gold());
        }
        Map<String, Interval> ci = opt.resamples() == 0 ? Map.of() : Bootstrap.intervals(p, opt, sided);
        return new Evaluation(p.size(), p.labels(), conf, Metrics.perClass(conf),
                Metrics.accuracy(c, k), Metrics.macroF1(c, k), Metrics.microF1(c, k), Metrics.weightedF1(c, k),
                Metrics.mcc(c, k), Metrics.kappa(c, k), opt.sidedLabels(), sidedF1, logLoss, brier, ece, rel, ci, opt);
    }

    /** The evaluation of a bare confusion matrix: no probability metrics, no intervals. */
    static Evaluation fromConfusion(Confusion conf, EvalOptions opt) {
        long[] c = conf.counts();
        int k = conf.k();
        int[] sided = sidedIndices(conf.labels(), opt.sidedLabels());
        double sidedF1 = sided == null ? Double.NaN : Metrics.sidedAverageF1(c, k, sided[0], sided[1]);
        return new Evaluation(conf.n(), conf.labels(), conf, Metrics.perClass(conf),
                Metrics.accuracy(c, k), Metrics.macroF1(c, k), Metrics.microF1(c, k), Metrics.weightedF1(c, k),
                Metrics.mcc(c, k), Metrics.kappa(c, k), opt.sidedLabels(), sidedF1, Double.NaN, Double.NaN, Double.NaN,
                List.of(), Map.of(), opt);
    }

    /** Class indices of the two sided labels, or null when none were named. */
    static int[] sidedIndices(List<String> labels, List<String> sided) {
        if (sided.isEmpty()) return null;
        int a = labels.indexOf(sided.get(0)), b = labels.indexOf(sided.get(1));
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("sided class '" + (a < 0 ? sided.get(0) : sided.get(1)) + "' is not a label (labels: " + String.join(", ", labels) + ")");
        }
        return new int[]{a, b};
    }
}
