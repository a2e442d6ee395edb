package org.stancekit.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.eval.Charts;
import org.stancekit.eval.Markdown;
import org.stancekit.eval.ModelComparison;
import org.stancekit.eval.TextColumns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a comparison as a report folder: {@code comparison.json} (stable keys), {@code report.md} (tables,
 * test, distinctive terms, caveats) and {@code shares.png}; also renders the console summary.
 *
 * @param by          what the groups are (e.g. {@code outlet}, {@code outlet year})
 * @param labelSource where the labels came from, in words (a model file, or an input field)
 */
public record ComparisonReport(Comparison c, String by, String labelSource) {

    /** Writes the three files into {@code dir} (created when missing). */
    public void write(Path dir, Map<String, Long> recordCounts) throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = json(recordCounts);
        Configs.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("comparison.json").toFile(), root);
        Files.writeString(dir.resolve("report.md"), markdown(recordCounts), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        double[][] shares = new double[c.groups().size()][];
        for (int g = 0; g < c.groups().size(); g++) {
            Comparison.GroupShares gs = c.groups().get(g);
            names.add(gs.group() + " (" + gs.articles() + ")");
            shares[g] = gs.shares().stream().mapToDouble(Comparison.Share::share).toArray();
        }
        Files.write(dir.resolve("shares.png"), Charts.stackedShares("Label shares by " + by, names, c.labels(), shares));
    }

    /** The machine-readable comparison. */
    public ObjectNode json(Map<String, Long> recordCounts) {
        ObjectNode root = Configs.JSON.createObjectNode();
        root.put("by", by);
        root.put("label_source", labelSource);
        root.set("labels", Configs.JSON.valueToTree(c.labels()));
        root.put("articles", c.articles());
        root.set("records", Configs.JSON.valueToTree(recordCounts));
        root.put("confidence", c.confidence());
        ArrayNode groups = root.putArray("groups");
        for (Comparison.GroupShares g : c.groups()) {
            ObjectNode o = groups.addObject();
            o.put("group", g.group());
            o.put("articles", g.articles());
            o.put("tested", g.tested());
            if (g.correctionConsistent() != null) o.put("correction_consistent", g.correctionConsistent());
            ObjectNode sh = o.putObject("shares");
            for (Comparison.Share s : g.shares()) {
                ObjectNode x = sh.putObject(s.label());
                x.put("count", s.count());
                x.put("share", round(s.share()));
                x.put("low", round(s.low()));
                x.put("high", round(s.high()));
                if (c.correction() != null) {
                    x.put("corrected_share", round(s.adjusted()));
                    x.put("corrected_low", round(s.adjustedLow()));
                    x.put("corrected_high", round(s.adjustedHigh()));
                }
                if (c.probabilities()) {
                    x.put("mean_probability", round(s.meanProbability()));
                    x.put("mean_probability_low", round(s.meanLow()));
                    x.put("mean_probability_high", round(s.meanHigh()));
                }
            }
        }
        if (c.correction() != null) {
            ObjectNode o = root.putObject("correction");
            o.put("method", "adjusted classify and count: least squares on the simplex of q = M^T p, M = P(predicted | true)");
            o.put("source", c.correction().source());
            o.set("confusion", Configs.JSON.valueToTree(c.correction().confusion()));
        } else {
            root.putNull("correction");
        }
        if (c.test() != null) {
            Comparison.Test t = c.test();
            ObjectNode o = root.putObject("test");
            o.put("method", "chi-squared test of independence (group x label)");
            o.put("groups", t.groups());
            o.put("labels", t.labels());
            o.put("articles", t.articles());
            o.put("chi_square", round(t.chiSquare()));
            o.put("df", t.df());
            o.put("p_value", t.pValue());
            if (t.permutationP() != null) o.put("permutation_p_value", t.permutationP());
            o.put("permutations", t.permutationP() == null ? 0 : t.permutations());
            o.put("cramers_v", round(t.cramersV()));
            o.put("small_expected_share", round(t.smallExpectedShare()));
        } else {
            root.putNull("test");
        }
        ArrayNode pairs = root.putArray("pairs");
        for (Comparison.Pair p : c.pairs()) {
            pairs.addObject().put("a", p.a()).put("b", p.b()).put("chi_square", round(p.chiSquare())).put("p_value", p.pValue())
                    .put("p_holm", p.pHolm()).put("p_method", p.permutation() ? "permutation" : "chi-squared");
        }
        ObjectNode terms = root.putObject("distinctive_terms");
        c.terms().forEach((g, list) -> {
            ArrayNode a = terms.putArray(g);
            for (DistinctiveTerms.Term t : list) {
                a.addObject().put("term", t.term()).put("z", round(t.z())).put("log_odds", round(t.logOdds()))
                        .put("count", t.inGroup()).put("count_elsewhere", t.inRest());
            }
        });
        root.set("notes", Configs.JSON.valueToTree(c.notes()));
        return root;
    }

    /** The console summary: one row per group with each label's share and interval, then the test. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        console(sb, by, g -> g.tested() ? "" : "*", s -> new double[]{s.share(), s.low(), s.high()});
        sb.append(String.format(Locale.ROOT, "(share of each group's articles with its %s%% Wilson interval; * = not tested)%n", level()));
        if (c.correction() != null) {
            sb.append('\n');
            console(sb, "corrected", g -> Boolean.FALSE.equals(g.correctionConsistent()) ? "!" : "", s -> new double[]{s.adjusted(), s.adjustedLow(), s.adjustedHigh()});
            sb.append(String.format(Locale.ROOT, "(shares corrected for the model's errors in %s; %s%% posterior interval; ! = unreliable, see notes)%n",
                    c.correction().source(), level()));
        }
        sb.append(testLine()).append('\n');
        for (String n : c.notes()) sb.append("note: ").append(n).append('\n');
        return sb.toString();
    }

    /** A console table: a header row, then per group its name plus {@code mark}, size and each label's {share, low, high} in percent. */
    private void console(StringBuilder sb, String title, java.util.function.Function<Comparison.GroupShares, String> mark,
                         java.util.function.Function<Comparison.Share, double[]> value) {
        int w = Math.max(12, c.groups().stream().mapToInt(g -> TextColumns.width(g.group())).max().orElse(0) + 1);
        sb.append(TextColumns.padRight(title, w)).append(String.format(Locale.ROOT, " %8s", "articles"));
        for (String l : c.labels()) sb.append(' ').append(TextColumns.padLeft(TextColumns.clip(l, 22), 22));
        sb.append('\n');
        for (Comparison.GroupShares g : c.groups()) {
            sb.append(TextColumns.padRight(g.group() + mark.apply(g), w)).append(String.format(Locale.ROOT, " %8d", g.articles()));
            for (Comparison.Share s : g.shares()) {
                double[] v = value.apply(s);
                sb.append(String.format(Locale.ROOT, " %22s", String.format(Locale.ROOT, "%4.1f%% [%4.1f, %4.1f]", 100 * v[0], 100 * v[1], 100 * v[2])));
            }
            sb.append('\n');
        }
    }


    private String testLine() {
        Comparison.Test t = c.test();
        if (t == null) return "no test (see notes)";
        String perm = t.permutationP() == null ? "" : String.format(Locale.ROOT, ", permutation p %s (%,d shuffles)", pIs(t.permutationP()), t.permutations());
        return String.format(Locale.ROOT, "label mix differs by %s? chi2 = %.2f, df = %d, p %s%s; Cramér's V = %.3f (%d groups, %,d articles)",
                by, t.chiSquare(), t.df(), pIs(t.pValue()), perm, t.cramersV(), t.groups(), t.articles());
    }

    /** The Markdown report. */
    public String markdown(Map<String, Long> recordCounts) {
        StringBuilder md = new StringBuilder("# Framing comparison by ").append(by).append("\n\n");
        md.append("Labels from ").append(labelSource).append("; ").append(String.format(Locale.ROOT, "%,d", c.articles())).append(" articles");
        recordCounts.forEach((k, v) -> md.append(String.format(Locale.ROOT, "; %s %,d", k.replace('_', ' '), v)));
        md.append(".\n\n![label shares](shares.png)\n\n");
        md.append(String.format(Locale.ROOT, "## Label shares (%% of the group's articles, %s%% Wilson interval)%n%n", level()));
        table(md, g -> g.tested() ? "" : " \\*",
                s -> String.format(Locale.ROOT, "%d (%.1f%%, %.1f–%.1f)", s.count(), 100 * s.share(), 100 * s.low(), 100 * s.high()));
        md.append("\n\\* not tested (too few articles, or no group value).\n");
        if (c.probabilities()) {
            md.append(String.format(Locale.ROOT, "%n## Mean model probability per label (%s%% normal interval)%n%n", level()));
            md.append("The model's average probability for each label: an estimate of the label's prevalence that does not round each article to one label.\n\n");
            table(md, g -> "", s -> String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * s.meanProbability(), 100 * s.meanLow(), 100 * s.meanHigh()));
        }
        if (c.correction() != null) {
            md.append(String.format(Locale.ROOT, "%n## Shares corrected for the model's errors (%s%% posterior interval)%n%n", level()));
            md.append("A classifier that misses part of a label's articles under-counts that label. These shares undo"
                    + " the model's measured confusion (").append(c.correction().source()).append(": P(predicted | true) per label) by least squares"
                    + " on the simplex (adjusted classify-and-count); the interval draws both the group's predicted shares and the confusion rows"
                    + " from their posteriors (Dirichlet, Jeffreys' prior), so a small validation set shows up as width. It assumes the model errs on these articles as it did in validation.\n\n");
            table(md, g -> Boolean.FALSE.equals(g.correctionConsistent()) ? " ⚠" : "",
                    s -> String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * s.adjusted(), 100 * s.adjustedLow(), 100 * s.adjustedHigh()));
            if (c.groups().stream().anyMatch(g -> Boolean.FALSE.equals(g.correctionConsistent()))) {
                md.append("\n⚠ unreliable: the model's predictions in this group are very unlikely under its validation error rates (see notes).\n");
            }
        }
        md.append("\n## Does the label mix differ between groups?\n\n").append(testLine()).append(".\n");
        if (c.test() != null) {
            md.append("\nThe chi-squared test compares each group's label counts with what independence of group and label would give;"
                    + " the permutation p-value shuffles the labels across articles and needs no large-sample approximation."
                    + " Cramér's V is the effect size (0: same mix everywhere); " + benchmarks(c.test()) + "\n");
        }
        if (!c.pairs().isEmpty()) {
            md.append("\n### Pairwise (chi-squared on the two groups' label counts, Holm-adjusted)\n\n| group | group | chi2 | p | p (Holm) |\n|---|---|---:|---:|---:|\n");
            for (Comparison.Pair p : c.pairs()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s%s | %s |%n", md(p.a()), md(p.b()), p.chiSquare(), p(p.pValue()),
                        p.permutation() ? " †" : "", p(p.pHolm())));
            }
            if (c.pairs().stream().anyMatch(Comparison.Pair::permutation)) {
                md.append("\n† permutation p-value: more than 20% of that pair's cells expect fewer than 5 articles.\n");
            }
        }
        if (!c.terms().isEmpty()) {
            md.append("\n## Distinctive terms\n\nTerms (syllables or words, and bigrams) used more in one group than in all others: log-odds ratio"
                    + " with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); z-scores above the interval's critical value only."
                    + " Every term seen often enough is screened, with no correction for multiple testing, so read the lists as description, not as tests.\n\n");
            c.terms().forEach((g, list) -> {
                md.append("- **").append(md(g)).append("**: ");
                if (list.isEmpty()) md.append("none above the critical value");
                List<String> parts = new ArrayList<>();
                for (DistinctiveTerms.Term t : list) parts.add(String.format(Locale.ROOT, "%s (z %.1f, %d)", md(t.term()), t.z(), t.inGroup()));
                md.append(String.join(", ", parts)).append('\n');
            });
        }
        List<String> notes = new ArrayList<>(c.notes());
        if (labelSource.startsWith("model")) {
            notes.add("labels are a model's predictions: shares inherit its errors (see the model card for its per-class F1),"
                    + " and the intervals cover sampling noise only");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** A Markdown table: one row per group (name plus {@code mark}), one cell per label rendered by {@code cell}. */
    private void table(StringBuilder md, java.util.function.Function<Comparison.GroupShares, String> mark,
                       java.util.function.Function<Comparison.Share, String> cell) {
        md.append("| ").append(md(by)).append(" | articles |");
        c.labels().forEach(l -> md.append(' ').append(md(l)).append(" |"));
        md.append("\n|---|---:|");
        c.labels().forEach(l -> md.append("---:|"));
        md.append('\n');
        for (Comparison.GroupShares g : c.groups()) {
            md.append("| ").append(md(g.group())).append(mark.apply(g)).append(" | ").append(g.articles()).append(" |");
            for (Comparison.Share s : g.shares()) md.append(' ').append(cell.apply(s)).append(" |");
            md.append('\n');
        }
    }

    /** The interval coverage as a percentage: "95", "97.5" (never rounded to "98"). */
    private String level() {
        return ModelComparison.percent(c.confidence());
    }

    /** A p-value to four decimals, or "< 0.0001" (never "0.0000" nor an underflowed "0.0e+00"); the JSON keeps the exact value. */
    static String p(double p) {
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** "= 0.1234" or "< 0.0001", to follow "p". */
    static String pIs(double p) {
        String s = p(p);
        return s.startsWith("<") ? s : "= " + s;
    }

    /**
     * Cohen's (1988) small, medium and large effects (w = 0.1, 0.3, 0.5) as Cramér's V for this table: V = w / sqrt(min(rows, cols) - 1),
     * so the thresholds shrink as the table grows beyond two labels or two groups.
     */
    static String benchmarks(Comparison.Test t) {
        int m = Math.min(t.groups(), t.labels()) - 1;
        double r = Math.sqrt(m);
        return String.format(Locale.ROOT, "for a table of this shape (min(groups, labels) - 1 = %d) Cohen's benchmarks are %.2f small, %.2f medium, %.2f large.",
                m, 0.1 / r, 0.3 / r, 0.5 / r);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1e4) / 1e4;
    }

    private static String md(String s) {
        return Markdown.cell(s);
    }
}
