package org.stancekit.eval;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report folder: {@code metrics.json} (stable keys plus provenance), {@code predictions.jsonl},
 * {@code leakage.jsonl} (every leaked pair, when scanned), {@code charts/*.png}, {@code report.md} and a
 * self-contained {@code report.html} with the charts embedded as base64 PNG.
 */
public final class ReportWriter {

    /** How many of the most confident errors the report lists. */
    public static final int CONFIDENT_ERRORS = 20;
    /** How many characters of text a snippet shows. */
    public static final int SNIPPET_CHARS = 220;

    private ReportWriter() {
    }

    /** Writes every file of the report into {@code dir} (created if needed) and returns the files written. */
    public static List<Path> write(Path dir, Report r) {
        try {
            Files.createDirectories(dir.resolve("charts"));
            List<Path> out = new ArrayList<>();
            Map<String, byte[]> charts = charts(r);
            for (Map.Entry<String, byte[]> c : charts.entrySet()) {
                Path f = dir.resolve("charts").resolve(c.getKey() + ".png");
                Files.write(f, c.getValue());
                out.add(f);
            }
            Path metrics = dir.resolve("metrics.json");
            Files.writeString(metrics, Jsonl.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(metricsJson(r)) + "\n");
            out.add(metrics);
            Path preds = dir.resolve("predictions.jsonl");
            PredictionsFile.write(preds, r.predictions());
            out.add(preds);
            if (r.leakage() != null) {
                Path leak = dir.resolve("leakage.jsonl");
                try (var w = Files.newBufferedWriter(leak, StandardCharsets.UTF_8)) {
                    for (LeakPair p : r.leakage().pairs()) {
                        ObjectNode o = Jsonl.MAPPER.createObjectNode();
                        o.put("test_id", p.testId());
                        o.put("train_id", p.trainId());
                        o.put("kind", p.kind());
                        o.put("similarity", p.similarity());
                        w.write(Jsonl.MAPPER.writeValueAsString(o));
                        w.write('\n');
                    }
                }
                out.add(leak);
            }
            Path md = dir.resolve("report.md");
            Files.writeString(md, markdown(r, charts.keySet()), StandardCharsets.UTF_8);
            out.add(md);
            Path html = dir.resolve("report.html");
            Files.writeString(html, html(r, charts), StandardCharsets.UTF_8);
            out.add(html);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write report: " + e.getMessage(), e);
        }
    }

    /** metrics.json: the evaluation's stable keys, then provenance, calibration and leakage sections. */
    public static ObjectNode metricsJson(Report r) {
        ObjectNode o = r.evaluation().toJson();
        ObjectNode prov = o.putObject("provenance");
        ReportContext c = r.context();
        prov.put("command", c.command());
        ObjectNode seeds = prov.putObject("seeds");
        c.seeds().forEach(seeds::put);
        ObjectNode data = prov.putObject("data_sha256");
        c.dataHashes().forEach(data::put);
        if (c.modelHash() != null) prov.put("model_sha256", c.modelHash());
        if (c.createdAt() != null) prov.put("created", c.createdAt());
        if (!Double.isNaN(r.temperature())) o.put("temperature", r.temperature());
        if (r.leakage() != null) o.set("leakage", r.leakage().toJson(0));
        if (r.deduplicated() != null) o.set("deduplicated", r.deduplicated().toJson());
        if (!r.learningCurve().isEmpty()) {
            ArrayNode lc = o.putArray("learning_curve");
            for (LearningPoint p : r.learningCurve()) {
                ObjectNode e = lc.addObject();
                e.put("train_size", p.trainSize());
                Evaluation.num(e, "macro_f1", p.macroF1());
                Evaluation.num(e, "low", p.low());
                Evaluation.num(e, "high", p.high());
            }
        }
        return o;
    }

    static Map<String, byte[]> charts(Report r) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("confusion", Charts.confusion(r.evaluation()));
        m.put("per_class", Charts.perClass(r.evaluation()));
        if (!r.evaluation().reliability().isEmpty()) m.put("reliability", Charts.reliability(r.evaluation()));
        if (!r.learningCurve().isEmpty()) m.put("learning_curve", Charts.learningCurve(r.learningCurve()));
        return m;
    }

    /** A confidently wrong prediction: position, confidence in the predicted class (NaN without probabilities). */
    record ErrorRow(int index, double confidence) {
    }

    /** The most confident errors (highest probability on a wrong class; ties by position). */
    static List<ErrorRow> confidentErrors(PredictionSet p, int max) {
        List<ErrorRow> rows = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.gold()[i] == p.pred()[i]) continue;
            rows.add(new ErrorRow(i, p.hasProbabilities() ? p.probs()[i][p.pred()[i]] : Double.NaN));
        }
        if (p.hasProbabilities()) rows.sort(Comparator.comparingDouble(ErrorRow::confidence).reversed().thenComparingInt(ErrorRow::index));
        return rows.subList(0, Math.min(max, rows.size()));
    }

    static String snippet(String text) {
        if (text == null) return "";
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= SNIPPET_CHARS ? s : s.substring(0, SNIPPET_CHARS) + "…";
    }

    // ---------- shared table content ----------

    private static List<String[]> headlineRows(Evaluation e) {
        List<String[]> rows = new ArrayList<>();
        e.headline().forEach((k, v) -> {
            Interval iv = e.ci().get(k);
            rows.add(new String[]{k, f4(v), iv == null ? "" : "[" + f4(iv.low()) + ", " + f4(iv.high()) + "]"});
        });
        return rows;
    }

    private static List<String[]> perClassRows(Evaluation e) {
        List<String[]> rows = new ArrayList<>();
        for (ClassMetrics c : e.perClass()) {
            rows.add(new String[]{c.label(), f4(c.precision()), f4(c.recall()), f4(c.f1()), Long.toString(c.support()), Long.toString(c.predicted())});
        }
        return rows;
    }

    private static List<String[]> confusionRows(Evaluation e) {
        List<String[]> rows = new ArrayList<>();
        long[][] m = e.confusion().matrix();
        for (int g = 0; g < m.length; g++) {
            String[] row = new String[m.length + 1];
            row[0] = e.labels().get(g);
            for (int p = 0; p < m.length; p++) row[p + 1] = Long.toString(m[g][p]);
            rows.add(row);
        }
        return rows;
    }

    private static List<String[]> provenanceRows(Report r) {
        ReportContext c = r.context();
        List<String[]> rows = new ArrayList<>();
        if (c.modelHash() != null) rows.add(new String[]{"model SHA-256", c.modelHash()});
        c.dataHashes().forEach((f, h) -> rows.add(new String[]{"data SHA-256: " + f, h}));
        c.seeds().forEach((k, v) -> rows.add(new String[]{"seed: " + k, Long.toString(v)}));
        EvalOptions o = r.evaluation().options();
        rows.add(new String[]{"bootstrap", o.resamples() + " stratified resamples, seed " + o.seed() + ", " + pct(o.level()) + " percentile intervals"});
        if (c.createdAt() != null) rows.add(new String[]{"created", c.createdAt()});
        return rows;
    }

    private static List<String[]> errorRows(Report r) {
        List<String[]> rows = new ArrayList<>();
        PredictionSet p = r.predictions();
        for (ErrorRow e : confidentErrors(p, CONFIDENT_ERRORS)) {
            int i = e.index();
            rows.add(new String[]{p.id(i), p.labels().get(p.gold()[i]), p.labels().get(p.pred()[i]),
                    Double.isNaN(e.confidence()) ? "" : f3(e.confidence()), p.snippets() == null ? "" : snippet(p.snippets()[i])});
        }
        return rows;
    }

    private static List<String[]> dedupRows(Report r) {
        List<String[]> rows = new ArrayList<>();
        Map<String, Double> full = r.evaluation().headline(), dd = r.deduplicated().headline();
        for (String k : full.keySet()) {
            Interval iv = r.deduplicated().ci().get(k);
            Double d = dd.get(k);
            rows.add(new String[]{k, f4(full.get(k)), d == null ? "" : f4(d), iv == null ? "" : "[" + f4(iv.low()) + ", " + f4(iv.high()) + "]",
                    d == null ? "" : String.format(Locale.ROOT, "%+.4f", d - full.get(k))});
        }
        return rows;
    }

    private static String leakageSummary(LeakageReport l) {
        return String.format(Locale.ROOT, "%,d of %,d test records also occur in the %,d training records: %,d exact duplicates "
                        + "(%,d distinct texts, after NFC, lower-casing and whitespace collapsing) and %,d near-duplicates "
                        + "(estimated Jaccard ≥ %.2f over word %d-shingles, MinHash with %d bins and LSH). Every pair is listed in leakage.jsonl.",
                l.leakedTestRecords(), l.testRecords(), l.trainRecords(), l.exactTestRecords(), l.uniqueSharedTexts(),
                l.nearTestRecords(), l.options().threshold(), l.options().shingleSize(), l.options().numHashes());
    }

    private static List<String[]> leakRows(LeakageReport l) {
        List<String[]> rows = new ArrayList<>();
        for (LeakPair p : l.pairs().subList(0, Math.min(CONFIDENT_ERRORS, l.pairs().size()))) {
            rows.add(new String[]{p.testId(), p.trainId(), p.kind(), f3(p.similarity())});
        }
        return rows;
    }

    private static String manifest(Report r) {
        try {
            return Jsonl.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r.context().modelManifest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------- Markdown ----------

    static String markdown(Report r, java.util.Set<String> charts) {
        Evaluation e = r.evaluation();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.context().title()).append("\n\n");
        b.append(String.format(Locale.ROOT, "%,d records, %d classes. Reproduce with:\n\n```\n%s\n```\n\n", e.n(), e.labels().size(), r.context().command()));
        mdTable(b, new String[]{"provenance", "value"}, provenanceRows(r));
        b.append("\n## Headline metrics\n\n");
        mdTable(b, new String[]{"metric", "value", pct(e.options().level()) + " CI"}, headlineRows(e));
        if (!e.sidedLabels().isEmpty()) {
            b.append("\n`f1_sided_avg` is the mean F1 of the two sided classes ").append(String.join(" and ", e.sidedLabels())).append(" (SemEval-2016 style).\n");
        }
        for (Report.Table t : r.tables()) {
            b.append("\n## ").append(t.title()).append("\n\n");
            if (t.note() != null && !t.note().isBlank()) b.append(t.note()).append("\n\n");
            mdTable(b, t.head().toArray(String[]::new), t.rows().stream().map(x -> x.toArray(String[]::new)).toList());
        }
        b.append("\n## Per class\n\n");
        mdTable(b, new String[]{"class", "precision", "recall", "F1", "support", "predicted"}, perClassRows(e));
        b.append("\nMacro averages cover the classes present in gold or predictions; undefined ratios count as 0, as scikit-learn.\n");
        b.append("\n## Confusion matrix (rows gold, columns predicted)\n\n");
        String[] head = new String[e.labels().size() + 1];
        head[0] = "gold \\ pred";
        for (int i = 0; i < e.labels().size(); i++) head[i + 1] = e.labels().get(i);
        mdTable(b, head, confusionRows(e));
        for (String c : charts) b.append("\n![").append(c).append("](charts/").append(c).append(".png)\n");
        if (!e.reliability().isEmpty()) {
            b.append("\n## Calibration\n\n");
            b.append(String.format(Locale.ROOT, "Expected calibration error %.4f over %d equal-width confidence bins", e.ece(), e.options().calibrationBins()));
            if (!Double.isNaN(r.temperature())) b.append(String.format(Locale.ROOT, "; probabilities temperature-scaled with T = %.4f (fitted on a validation split)", r.temperature()));
            b.append(".\n");
        }
        if (r.leakage() != null) {
            b.append("\n## Train/test leakage\n\n").append(leakageSummary(r.leakage())).append("\n\n");
            if (!r.leakage().pairs().isEmpty()) {
                mdTable(b, new String[]{"test id", "train id", "kind", "similarity"}, leakRows(r.leakage()));
                b.append('\n');
            }
            if (r.deduplicated() != null) {
                b.append(String.format(Locale.ROOT, "Evaluation on the de-duplicated test set (%,d records):\n\n", r.deduplicated().n()));
                mdTable(b, new String[]{"metric", "full test", "de-duplicated", pct(e.options().level()) + " CI", "change"}, dedupRows(r));
            }
        }
        b.append("\n## The ").append(CONFIDENT_ERRORS).append(" most confident errors\n\n");
        List<String[]> errs = errorRows(r);
        if (errs.isEmpty()) b.append("No errors.\n");
        else mdTable(b, new String[]{"id", "gold", "predicted", "confidence", "text"}, errs);
        if (r.context().modelManifest() != null) {
            b.append("\n## Model manifest\n\n```json\n").append(manifest(r)).append("\n```\n");
        }
        return b.toString();
    }

    private static void mdTable(StringBuilder b, String[] head, List<String[]> rows) {
        b.append('|');
        for (String h : head) b.append(' ').append(mdCell(h)).append(" |");
        b.append("\n|");
        for (int i = 0; i < head.length; i++) b.append(i > 0 && numeric(rows, i) ? "---:|" : "---|");
        b.append('\n');
        for (String[] r : rows) {
            b.append('|');
            for (String c : r) b.append(' ').append(mdCell(c)).append(" |");
            b.append('\n');
        }
    }

    /** A column is right-aligned when every cell is a number, an interval or empty. */
    private static boolean numeric(List<String[]> rows, int col) {
        for (String[] r : rows) if (col < r.length && !r[col].matches("[-+0-9.,\\[\\] ]*|n/a")) return false;
        return true;
    }

    private static String mdCell(String s) {
        return Markdown.cell(s);
    }

    // ---------- HTML ----------

    static String html(Report r, Map<String, byte[]> charts) {
        Evaluation e = r.evaluation();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(r.context().title())).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.4}\n")
                .append("table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right;vertical-align:top}\n")
                .append("td.l,th.l{text-align:left}td.text{text-align:left;max-width:520px;font-size:90%}\n")
                .append("pre{background:#f5f5f5;padding:.6em;white-space:pre-wrap;word-break:break-all}img{max-width:100%;border:1px solid #eee;margin:.4em .4em 0 0}\n")
                .append(".charts{display:flex;flex-wrap:wrap;align-items:flex-start}\n</style></head><body>\n");
        b.append("<h1>").append(esc(r.context().title())).append("</h1>\n");
        b.append(String.format(Locale.ROOT, "<p>%,d records, %d classes. Reproduce with:</p>\n<pre>%s</pre>\n", e.n(), e.labels().size(), esc(r.context().command())));
        htmlTable(b, new String[]{"provenance", "value"}, provenanceRows(r), -1);
        b.append("<h2>Headline metrics</h2>\n");
        htmlTable(b, new String[]{"metric", "value", pct(e.options().level()) + " CI"}, headlineRows(e), -1);
        if (!e.sidedLabels().isEmpty()) {
            b.append("<p><code>f1_sided_avg</code> is the mean F1 of the two sided classes ").append(esc(String.join(" and ", e.sidedLabels()))).append(" (SemEval-2016 style).</p>\n");
        }
        for (Report.Table t : r.tables()) {
            b.append("<h2>").append(esc(t.title())).append("</h2>\n");
            if (t.note() != null && !t.note().isBlank()) b.append("<p>").append(esc(t.note())).append("</p>\n");
            htmlTable(b, t.head().toArray(String[]::new), t.rows().stream().map(x -> x.toArray(String[]::new)).toList(), -1);
        }
        b.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        charts.forEach((name, png) -> b.append("<img alt=\"").append(name).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n"));
        b.append("</div>\n<h2>Per class</h2>\n");
        htmlTable(b, new String[]{"class", "precision", "recall", "F1", "support", "predicted"}, perClassRows(e), -1);
        b.append("<p>Macro averages cover the classes present in gold or predictions; undefined ratios count as 0, as scikit-learn.</p>\n");
        b.append("<h2>Confusion matrix (rows gold, columns predicted)</h2>\n");
        String[] head = new String[e.labels().size() + 1];
        head[0] = "gold \\ pred";
        for (int i = 0; i < e.labels().size(); i++) head[i + 1] = e.labels().get(i);
        htmlTable(b, head, confusionRows(e), -1);
        if (!e.reliability().isEmpty()) {
            b.append("<h2>Calibration</h2>\n<p>").append(String.format(Locale.ROOT, "Expected calibration error %.4f over %d equal-width confidence bins", e.ece(), e.options().calibrationBins()));
            if (!Double.isNaN(r.temperature())) b.append(String.format(Locale.ROOT, "; probabilities temperature-scaled with T = %.4f (fitted on a validation split)", r.temperature()));
            b.append(".</p>\n");
        }
        if (r.leakage() != null) {
            b.append("<h2>Train/test leakage</h2>\n<p>").append(esc(leakageSummary(r.leakage()))).append("</p>\n");
            if (!r.leakage().pairs().isEmpty()) htmlTable(b, new String[]{"test id", "train id", "kind", "similarity"}, leakRows(r.leakage()), -1);
            if (r.deduplicated() != null) {
                b.append(String.format(Locale.ROOT, "<p>Evaluation on the de-duplicated test set (%,d records):</p>\n", r.deduplicated().n()));
                htmlTable(b, new String[]{"metric", "full test", "de-duplicated", pct(e.options().level()) + " CI", "change"}, dedupRows(r), -1);
            }
        }
        b.append("<h2>The ").append(CONFIDENT_ERRORS).append(" most confident errors</h2>\n");
        List<String[]> errs = errorRows(r);
        if (errs.isEmpty()) b.append("<p>No errors.</p>\n");
        else htmlTable(b, new String[]{"id", "gold", "predicted", "confidence", "text"}, errs, 4);
        if (r.context().modelManifest() != null) b.append("<h2>Model manifest</h2>\n<pre>").append(esc(manifest(r))).append("</pre>\n");
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void htmlTable(StringBuilder b, String[] head, List<String[]> rows, int textColumn) {
        boolean[] left = new boolean[head.length];
        for (int i = 0; i < head.length; i++) left[i] = i == 0 || !numeric(rows, i);
        b.append("<table><tr>");
        for (int i = 0; i < head.length; i++) b.append(left[i] ? "<th class=\"l\">" : "<th>").append(esc(head[i])).append("</th>");
        b.append("</tr>\n");
        for (String[] r : rows) {
            b.append("<tr>");
            for (int i = 0; i < r.length; i++) {
                b.append(i == textColumn ? "<td class=\"text\">" : left[i] ? "<td class=\"l\">" : "<td>").append(esc(r[i])).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String f4(Double v) {
        return v == null || Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }
}
