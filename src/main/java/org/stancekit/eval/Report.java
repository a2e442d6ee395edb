package org.stancekit.eval;

import java.util.List;

/**
 * Everything a report folder shows: the evaluation and the predictions behind it, provenance, and the
 * optional parts — leakage scan with the evaluation on the de-duplicated test set, fitted temperature
 * (NaN when none) and learning curve (empty when not asked for).
 */
public record Report(Evaluation evaluation, PredictionSet predictions, ReportContext context,
                     LeakageReport leakage, Evaluation deduplicated, double temperature, List<LearningPoint> learningCurve,
                     List<Table> tables) {

    /** An extra table shown after the headline metrics (e.g. the per-fold figures of a cross-validation). */
    public record Table(String title, String note, List<String> head, List<List<String>> rows) {
        public Table {
            head = List.copyOf(head);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != head.size()) throw new IllegalArgumentException("table '" + title + "': row has " + r.size() + " cells, header " + head.size());
            }
        }
    }

    public Report {
        java.util.Objects.requireNonNull(evaluation, "evaluation");
        java.util.Objects.requireNonNull(predictions, "predictions");
        java.util.Objects.requireNonNull(context, "context");
        learningCurve = learningCurve == null ? List.of() : List.copyOf(learningCurve);
        tables = tables == null ? List.of() : List.copyOf(tables);
        if (evaluation.n() != predictions.size()) throw new IllegalArgumentException("evaluation covers " + evaluation.n() + " records but there are " + predictions.size() + " predictions");
        if (deduplicated != null && leakage == null) throw new IllegalArgumentException("a de-duplicated evaluation needs the leakage scan behind it");
    }

    /** A report with only the evaluation, predictions and provenance. */
    public static Report basic(Evaluation e, PredictionSet p, ReportContext c) {
        return new Report(e, p, c, null, null, Double.NaN, List.of(), List.of());
    }

    public Report withLeakage(LeakageReport l, Evaluation dedup) {
        return new Report(evaluation, predictions, context, l, dedup, temperature, learningCurve, tables);
    }

    public Report withTemperature(double t) {
        return new Report(evaluation, predictions, context, leakage, deduplicated, t, learningCurve, tables);
    }

    public Report withLearningCurve(List<LearningPoint> points) {
        return new Report(evaluation, predictions, context, leakage, deduplicated, temperature, points, tables);
    }

    public Report withTables(List<Table> extra) {
        return new Report(evaluation, predictions, context, leakage, deduplicated, temperature, learningCurve, extra);
    }
}
