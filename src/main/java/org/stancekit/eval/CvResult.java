package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.stancekit.corpus.Jsonl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a k-fold cross-validation: one evaluation per fold (with the groups held out, for grouped
 * folds), mean and sample standard deviation of every headline metric across folds, and the evaluation of
 * all out-of-fold predictions pooled (kept, so a report can list them).
 */
public record CvResult(String scheme, List<Fold> folds, Evaluation pooled, PredictionSet pooledPredictions) {

    /** One fold: its index, training size, held-out groups (empty for stratified folds) and evaluation. */
    public record Fold(int index, long trainSize, List<String> heldOutGroups, Evaluation evaluation) {
        public Fold {
            heldOutGroups = List.copyOf(heldOutGroups);
        }
    }

    /** Mean and sample standard deviation of a metric over folds, with the per-fold values. */
    public record Summary(double mean, double sd, double[] perFold) {
    }

    public CvResult {
        folds = List.copyOf(folds);
        if (folds.size() < 2) throw new IllegalArgumentException("a cross-validation has at least 2 folds, got " + folds.size());
        if (pooledPredictions.size() != pooled.n()) throw new IllegalArgumentException("pooled evaluation and predictions differ in size");
    }

    /** Per-metric mean ± sd over folds, in headline order; metrics undefined in some fold are summarised over the others. */
    public Map<String, Summary> summary() {
        Map<String, Summary> out = new LinkedHashMap<>();
        for (String m : folds.get(0).evaluation().headline().keySet()) {
            double[] v = new double[folds.size()];
            SummaryStatistics s = new SummaryStatistics();
            for (int f = 0; f < v.length; f++) {
                Double x = folds.get(f).evaluation().headline().get(m);
                v[f] = x == null ? Double.NaN : x;
                if (!Double.isNaN(v[f])) s.addValue(v[f]);
            }
            out.put(m, new Summary(s.getN() == 0 ? Double.NaN : s.getMean(), s.getN() < 2 ? Double.NaN : s.getStandardDeviation(), v));
        }
        return out;
    }

    public ObjectNode toJson() {
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("scheme", scheme);
        o.put("folds", folds.size());
        ObjectNode sum = o.putObject("summary");
        summary().forEach((m, s) -> {
            ObjectNode e = sum.putObject(m);
            Evaluation.num(e, "mean", s.mean());
            Evaluation.num(e, "sd", s.sd());
            ArrayNode a = e.putArray("per_fold");
            for (double v : s.perFold()) {
                if (Double.isNaN(v)) a.addNull();
                else a.add(v);
            }
        });
        ArrayNode pf = o.putArray("per_fold");
        for (Fold f : folds) {
            ObjectNode e = pf.addObject();
            e.put("fold", f.index());
            e.put("train_n", f.trainSize());
            e.put("test_n", f.evaluation().n());
            ArrayNode g = e.putArray("held_out_groups");
            f.heldOutGroups().forEach(g::add);
            e.set("metrics", f.evaluation().toJson());
        }
        o.set("pooled", pooled.toJson());
        return o;
    }

    /** A Markdown summary: mean ± sd per metric, then one row per fold. */
    public String toMarkdown(String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Cross-validation: ").append(scheme).append("\n\nReproduce with:\n\n```\n").append(command).append("\n```\n\n");
        b.append("| metric | mean | sd |");
        for (Fold f : folds) b.append(" fold ").append(f.index()).append(" |");
        b.append("\n|---|---:|---:|");
        b.append("---:|".repeat(folds.size()));
        b.append('\n');
        summary().forEach((m, s) -> {
            b.append("| ").append(m).append(" | ").append(f4(s.mean())).append(" | ").append(f4(s.sd())).append(" |");
            for (double v : s.perFold()) b.append(' ').append(f4(v)).append(" |");
            b.append('\n');
        });
        b.append("\n| fold | train | test | held-out groups | macro-F1 95% CI |\n|---:|---:|---:|---|---|\n");
        for (Fold f : folds) {
            Interval iv = f.evaluation().ci().get(Bootstrap.MACRO_F1);
            b.append("| ").append(f.index()).append(" | ").append(f.trainSize()).append(" | ").append(f.evaluation().n()).append(" | ")
                    .append(String.join(", ", f.heldOutGroups())).append(" | ")
                    .append(iv == null ? "" : "[" + f4(iv.low()) + ", " + f4(iv.high()) + "]").append(" |\n");
        }
        b.append(String.format(java.util.Locale.ROOT, "%nPooled out-of-fold predictions (%,d records): accuracy %s, macro-F1 %s; full report in report.html.%n",
                pooled.n(), f4(pooled.accuracy()), f4(pooled.macroF1())));
        return b.toString();
    }

    private static String f4(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
