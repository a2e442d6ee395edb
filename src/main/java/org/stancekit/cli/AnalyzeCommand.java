package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.clean.Cleaner;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.corpus.ReadError;
import org.stancekit.eval.Markdown;
import org.stancekit.eval.TextColumns;
import org.stancekit.features.framing.FramingExtension;
import org.stancekit.features.framing.SentenceModel;
import org.stancekit.model.ModelFile;
import org.stancekit.model.Prediction;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.StreamingScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.Locale;

/**
 * {@code stancekit analyze}: the main job. Reads articles, scores them with every shipped model (topic, stance),
 * prints one row per article and writes a report folder.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"The main job: clean articles, score them with every shipped model (or the models given with -m), print one row per article.",
                "Writes a report folder (results.jsonl, summary.json, report.md); bad records go to its errors.jsonl."})
public final class AnalyzeCommand extends Verb implements Callable<Integer> {


    @Mixin
    InputArgs in = new InputArgs();

    @Option(names = "--models", description = "Folder of model files to apply (default: the models/ folder shipped with stancekit, "
            + "unless -m is given).")
    Path models;

    @Option(names = {"-m", "--model"}, paramLabel = "<model.zip>",
            description = "A model file to apply, e.g. one you trained (repeatable); replaces the shipped models unless --models is also given.")
    List<Path> modelFiles = new ArrayList<>();

    @Option(names = {"-r", "--report"}, defaultValue = "analysis", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--threads", description = "Scoring threads (default: all cores).")
    Integer threads;

    @Mixin
    CleanOption clean = new CleanOption();

    /** Articles listed in report.md's table (all are in results.jsonl); bounds the report and the memory it takes. */
    static final int ROWS_IN_REPORT = 1000;

    /** Articles whose evidence sentences are quoted in report.md (all are in results.jsonl). */
    static final int EVIDENCE_IN_REPORT = 200;

    /** One article's results across models. */
    record Row(Article article, Map<String, Prediction> byTask, Map<String, List<SentenceModel.Evidence>> evidence) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        List<ModelFile.Loaded> loaded = new ArrayList<>(models != null || modelFiles.isEmpty() ? loadModels(modelsDir()) : List.of());
        for (Path f : modelFiles) loaded.add(ModelFile.load(f));
        List<String> tasks = columnNames(loaded);
        Files.createDirectories(report);
        int t = threads(threads);
        StreamingScorer<Row> scorer = new StreamingScorer<>(raw -> {
            Article a = clean.apply(raw);
            Map<String, Prediction> m = new LinkedHashMap<>();
            Map<String, List<SentenceModel.Evidence>> ev = new LinkedHashMap<>();
            for (int i = 0; i < loaded.size(); i++) {
                TextClassifier c = loaded.get(i).classifier();
                String name = tasks.get(i);
                if (c.extension() instanceof FramingExtension fe && fe.sentences() != null) {
                    // score the sentences once: for the article's features and for its evidence sentences
                    String text = a.fullText();
                    List<SentenceModel.Prepared> ss = SentenceModel.prepare(text, fe);
                    double[][] sp = fe.sentences().probabilities(ss);
                    Prediction p = c.predict(a.id(), fe.vectorize(text, c.vectorizer(), sp), 5);
                    m.put(name, p);
                    if (fe.sentences().labels().contains(p.label())) ev.put(name, fe.sentences().strongest(ss, sp, p.label(), 2));
                } else {
                    m.put(name, c.predict(a, 5));
                }
            }
            return new Row(a, m, ev);
        }, t, 128);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        tasks.forEach(task -> counts.put(task, new TreeMap<>()));
        Map<String, Map<String, Map<String, Integer>>> byOutlet = new LinkedHashMap<>();
        tasks.forEach(task -> byOutlet.put(task, new TreeMap<>()));
        List<String> mdRows = new ArrayList<>();
        List<String> mdEvidence = new ArrayList<>();
        StringBuilder header = new StringBuilder(cell("id", 28) + " " + cell("title", 44));
        for (String task : tasks) header.append(' ').append(cell(task, 22));
        boolean[] headerPrinted = {false}; // printed with the first row, so an input error is not preceded by an empty table
        for (String f : List.of("errors.jsonl", "results.jsonl", "summary.json", "report.md")) {
            OutputGuard.requireNotAnInput(report.resolve(f), in.inputs, "report file");
        }
        ErrorFile errors = ErrorFile.open(report.resolve("errors.jsonl"), err);
        List<DriftWatch> drifts = loaded.stream().map(l -> new DriftWatch(l.classifier().pipeline(), l.path().toString())).toList();
        StreamingScorer.Counts c;
        try (JsonlWriter results = new JsonlWriter(report.resolve("results.jsonl"))) {
            c = scorer.run(in.reader(), o -> {
                if (o.problem() != null) {
                    errors.accept(o.asError("cannot analyze"));
                    return;
                }
                Row r = o.result();
                if (!headerPrinted[0]) {
                    out.println(header);
                    headerPrinted[0] = true;
                }
                drifts.forEach(d -> d.accept(r.article()));
                StringBuilder line = new StringBuilder(cell(r.article().id(), 28) + " " + cell(title(r.article()), 44));
                StringBuilder md = new StringBuilder("| " + md(r.article().id()) + " | " + md(title(r.article())) + " |");
                ObjectNode j = Jsonl.MAPPER.createObjectNode();
                j.put("id", r.article().id());
                j.put("title", title(r.article()));
                Article art = r.article();
                if (art.outlet() != null) j.put("outlet", art.outlet());
                if (art.date() != null) j.put("date", art.date());
                if (art.url() != null) j.put("url", art.url());
                for (String key : List.of(Cleaner.BYLINE, Cleaner.CITED_SOURCES)) {
                    if (art.metadata().containsKey(key)) j.set(key, Jsonl.MAPPER.valueToTree(art.metadata().get(key)));
                }
                j.put("words", art.text().split("\\s+").length);
                for (String task : tasks) {
                    Prediction p = r.byTask().get(task);
                    line.append(' ').append(cell(TextColumns.clip(p.label(), 15) + String.format(" %.2f", p.probability()), 22));
                    md.append(String.format(" %s (%.2f) |", md(p.label()), p.probability()));
                    counts.get(task).merge(p.label(), 1, Integer::sum);
                    byOutlet.get(task).computeIfAbsent(outletName(art), k -> new TreeMap<>()).merge(p.label(), 1, Integer::sum);
                    ObjectNode tj = j.putObject(task);
                    tj.put("label", p.label());
                    ObjectNode s = tj.putObject("scores");
                    p.scores().forEach((k, v) -> s.put(k, Math.round(v * 1e4) / 1e4));
                    var feats = tj.putArray("top_features");
                    p.contributions().forEach(f -> feats.add(f.feature()));
                    if (r.evidence().containsKey(task)) {
                        var ev = tj.putArray("evidence_sentences");
                        for (SentenceModel.Evidence e : r.evidence().get(task)) {
                            ev.addObject().put("sentence", e.text()).put("region", e.region()).put("probability", Math.round(e.probability() * 1e4) / 1e4);
                        }
                    }
                }
                out.println(line);
                if (mdRows.size() < ROWS_IN_REPORT) mdRows.add(md.toString());
                if (!r.evidence().isEmpty() && mdEvidence.size() < EVIDENCE_IN_REPORT) mdEvidence.add(evidenceMarkdown(r));
                results.write(j);
            }, errors::accept);
        } finally {
            errors.close();
        }
        drifts.forEach(DriftWatch::finish);
        writeSummary(tasks, counts, byOutlet, mdRows, mdEvidence, loaded, c);
        err.printf("analyzed %,d of %,d records (%,d unreadable, %,d failed); report in %s%n", c.scored(), c.read() + c.unreadable(),
                c.unreadable(), c.failed(), report);
        return c.scored() == 0 ? NOTHING_PROCESSED : 0;
    }

    private Path modelsDir() {
        return modelsDir(models);
    }

    /** The models folder: {@code override} when given, else the {@code models/} folder shipped with stancekit. */
    static Path modelsDir(Path override) {
        if (override != null) return override;
        String home = System.getProperty("stancekit.home");
        return home != null ? Path.of(home, "models") : Path.of("models");
    }

    static List<ModelFile.Loaded> loadModels(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no models folder (give --models DIR)");
        List<ModelFile.Loaded> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) out.add(ModelFile.load(p));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(dir + ": no model files (*.zip)");
        out.sort((a, b) -> Integer.compare(rank(a.classifier().task()), rank(b.classifier().task())));
        return out;
    }

    /**
     * Each model's column (and key in results.jsonl): its task, or its file name without {@code .zip} when two models
     * share a task (the shipped topic model and one of your own).
     */
    static List<String> columnNames(List<ModelFile.Loaded> loaded) {
        Map<String, Integer> perTask = new TreeMap<>();
        loaded.forEach(l -> perTask.merge(l.classifier().task(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (ModelFile.Loaded l : loaded) {
            String task = l.classifier().task();
            String name = perTask.get(task) == 1 ? task : l.path().getFileName().toString().replaceFirst("(?i)\\.zip$", "");
            if (names.contains(name)) throw new IllegalArgumentException("two models would both be reported as '" + name + "' (" + l.path() + "); rename one file");
            names.add(name);
        }
        return names;
    }

    private static int rank(String task) {
        return task.equals("topic") ? 0 : task.startsWith("stance") ? 1 : 2;
    }

    private void writeSummary(List<String> tasks, Map<String, Map<String, Integer>> counts,
                              Map<String, Map<String, Map<String, Integer>>> byOutlet, List<String> mdRows,
                              List<String> mdEvidence, List<ModelFile.Loaded> loaded, StreamingScorer.Counts c) throws IOException {
        ObjectNode summary = Configs.JSON.createObjectNode();
        summary.put("records_read", c.read() + c.unreadable());
        summary.put("analyzed", c.scored());
        summary.put("unreadable", c.unreadable());
        summary.put("failed", c.failed());
        ObjectNode ms = summary.putObject("models");
        for (int i = 0; i < loaded.size(); i++) ms.put(tasks.get(i), loaded.get(i).path().toString());
        summary.set("label_counts", Configs.JSON.valueToTree(counts));
        summary.set("label_counts_by_outlet", Configs.JSON.valueToTree(byOutlet));
        Configs.JSON.writerWithDefaultPrettyPrinter().writeValue(report.resolve("summary.json").toFile(), summary);
        StringBuilder md = new StringBuilder("# stancekit analysis\n\n");
        md.append(String.format("%d of %d records analyzed (%d unreadable, %d failed).%n%n", c.scored(), c.read() + c.unreadable(), c.unreadable(), c.failed()));
        if (c.scored() > mdRows.size()) {
            md.append(String.format("The first %,d articles; every article's results are in `results.jsonl`.%n%n", mdRows.size()));
        }
        md.append("| id | title |");
        tasks.forEach(task -> md.append(' ').append(task).append(" |"));
        md.append("\n|---|---|");
        tasks.forEach(task -> md.append("---|"));
        md.append('\n');
        mdRows.forEach(r -> md.append(r).append('\n'));
        for (String task : tasks) {
            md.append("\n## ").append(task).append("\n\n| label | articles |\n|---|---:|\n");
            counts.get(task).forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            md.append(outletTable(byOutlet.get(task), loaded.get(tasks.indexOf(task)).classifier().labels()));
        }
        if (!mdEvidence.isEmpty()) {
            md.append("\n## Evidence sentences\n\nThe sentences each stance model reads as the strongest evidence for the label it gave");
            md.append(c.scored() > mdEvidence.size()
                    ? String.format(" (the first %,d articles; every article's are in `results.jsonl`).%n", mdEvidence.size())
                    : ".\n");
            mdEvidence.forEach(md::append);
        }
        md.append("\nModels: ");
        loaded.forEach(l -> md.append('`').append(l.path().getFileName()).append("` "));
        md.append('\n');
        Files.writeString(report.resolve("report.md"), md, StandardCharsets.UTF_8);
    }

    /** The report's evidence section for one article: each stance model's label and its strongest sentences. */
    static String evidenceMarkdown(Row r) {
        StringBuilder md = new StringBuilder("\n**").append(md(r.article().id())).append("** ").append(md(title(r.article()))).append('\n');
        r.evidence().forEach((task, sentences) -> {
            Prediction p = r.byTask().get(task);
            md.append(String.format(Locale.ROOT, "%n%s: %s (%.2f)%n%n", md(task), md(p.label()), p.probability()));
            for (SentenceModel.Evidence e : sentences) {
                md.append(String.format(Locale.ROOT, "> %s *(%s, %.2f)*%n>%n", md(e.text()), e.region(), e.probability()));
            }
            if (!sentences.isEmpty()) md.setLength(md.length() - 2); // the last quote's trailing ">" line
        });
        return md.toString();
    }

    /** Articles per outlet and label (rows: outlets, most articles first), so outlets' framing can be compared. */
    static String outletTable(Map<String, Map<String, Integer>> byOutlet, List<String> labels) {
        if (byOutlet.size() < 2) return "";
        StringBuilder md = new StringBuilder("\nBy outlet (articles; share of the outlet's articles):\n\n| outlet | articles |");
        labels.forEach(l -> md.append(' ').append(md(l)).append(" |"));
        md.append("\n|---|---:|");
        labels.forEach(l -> md.append("---:|"));
        md.append('\n');
        Map<String, Integer> totals = new TreeMap<>();
        byOutlet.forEach((o, m) -> totals.put(o, m.values().stream().mapToInt(Integer::intValue).sum()));
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    md.append("| ").append(md(e.getKey())).append(" | ").append(e.getValue()).append(" |");
                    for (String l : labels) {
                        int k = byOutlet.get(e.getKey()).getOrDefault(l, 0);
                        md.append(String.format(Locale.ROOT, " %d (%.0f%%) |", k, 100.0 * k / e.getValue()));
                    }
                    md.append('\n');
                });
        md.append("\nIntervals, a test of whether outlets differ, error-corrected shares and distinctive terms: `stancekit compare --by outlet <inputs>`.\n");
        return md.toString();
    }

    private static String outletName(Article a) {
        return a.outlet() == null || a.outlet().isBlank() ? "(unknown)" : a.outlet().strip();
    }

    private static String title(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title().strip();
        String t = a.text().strip();
        int nl = t.indexOf('\n');
        return nl > 0 ? t.substring(0, nl).strip() : t;
    }

    /** A console table cell: {@code s} on one line (a title may hold line breaks or tabs), cut and padded to {@code columns} terminal columns. */
    static String cell(String s, int columns) {
        return TextColumns.padRight(TextColumns.clip(s.replaceAll("\\s+", " "), columns), columns);
    }

    private static String md(String s) {
        return Markdown.cell(s);
    }
}
