package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.util.List;
import java.util.Map;

/**
 * Every metric of one evaluation with its bootstrap interval: the object behind metrics.json and the
 * reports. Probability-based metrics (log loss, Brier, ECE, reliability) are NaN/empty without probabilities;
 * {@code sidedF1} is NaN unless two sided classes were named.
 */
public record Evaluation(long n, List<String> labels, Confusion confusion, List<ClassMetrics> perClass,
                         double accuracy, double macroF1, double microF1, double weightedF1, double mcc, double kappa,
                         List<String> sidedLabels, double sidedF1,
                         double logLoss, double brier, double ece, List<ReliabilityBin> reliability,
                         Map<String, Interval> ci, EvalOptions options) {

    public Evaluation {
        labels = List.copyOf(labels);
        perClass = List.copyOf(perClass);
        sidedLabels = List.copyOf(sidedLabels);
        reliability = List.copyOf(reliability);
        ci = Map.copyOf(ci);
        if (confusion.n() != n) throw new IllegalArgumentException("confusion matrix holds " + confusion.n() + " records, not " + n);
    }

    /** Headline metric values by their metrics.json name (only those that are defined for this evaluation). */
    public Map<String, Double> headline() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put(Bootstrap.ACCURACY, accuracy);
        m.put(Bootstrap.MACRO_F1, macroF1);
        m.put(Bootstrap.MICRO_F1, microF1);
        m.put(Bootstrap.WEIGHTED_F1, weightedF1);
        m.put(Bootstrap.MCC, mcc);
        m.put(Bootstrap.KAPPA, kappa);
        if (!sidedLabels.isEmpty()) m.put(Bootstrap.SIDED_F1, sidedF1);
        if (!reliability.isEmpty()) {
            m.put(Bootstrap.LOG_LOSS, logLoss);
            m.put(Bootstrap.BRIER, brier);
            m.put(Bootstrap.ECE, ece);
        }
        return m;
    }

    /** The metrics.json object. Keys are stable: scripts and other tools read them. NaN is written as null. */
    public ObjectNode toJson() {
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("n", n);
        headline().forEach((k, v) -> num(o, k, v));
        if (!sidedLabels.isEmpty()) {
            ArrayNode s = o.putArray("sided_labels");
            sidedLabels.forEach(s::add);
        }
        ObjectNode pc = o.putObject("per_class");
        for (ClassMetrics c : perClass) {
            ObjectNode e = pc.putObject(c.label());
            num(e, "precision", c.precision());
            num(e, "recall", c.recall());
            num(e, "f1", c.f1());
            e.put("support", c.support());
            e.put("predicted", c.predicted());
        }
        ObjectNode conf = o.putObject("confusion");
        ArrayNode cl = conf.putArray("labels");
        labels.forEach(cl::add);
        ArrayNode rows = conf.putArray("matrix");
        for (long[] row : confusion.matrix()) {
            ArrayNode r = rows.addArray();
            for (long v : row) r.add(v);
        }
        ObjectNode cn = o.putObject("confusion_normalized");
        ArrayNode cnl = cn.putArray("labels");
        labels.forEach(cnl::add);
        ArrayNode nrows = cn.putArray("matrix");
        for (double[] row : confusion.rowNormalized()) {
            ArrayNode r = nrows.addArray();
            for (double v : row) r.add(v);
        }
        if (!reliability.isEmpty()) {
            ArrayNode rel = o.putArray("reliability");
            for (ReliabilityBin b : reliability) {
                ObjectNode e = rel.addObject();
                e.put("lower", b.lower());
                e.put("upper", b.upper());
                e.put("count", b.count());
                num(e, "mean_confidence", b.meanConfidence());
                num(e, "accuracy", b.accuracy());
            }
        }
        ObjectNode ciNode = o.putObject("ci");
        for (String k : headline().keySet()) {
            Interval iv = ci.get(k);
            if (iv == null) continue;
            ObjectNode e = ciNode.putObject(k);
            num(e, "low", iv.low());
            num(e, "high", iv.high());
            e.put("resamples", iv.resamples());
            e.put("level", iv.level());
        }
        ObjectNode op = o.putObject("options");
        op.put("bootstrap_resamples", options.resamples());
        op.put("bootstrap_seed", options.seed());
        op.put("level", options.level());
        op.put("calibration_bins", options.calibrationBins());
        return o;
    }

    static void num(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) o.putNull(key);
        else o.put(key, v);
    }
}
