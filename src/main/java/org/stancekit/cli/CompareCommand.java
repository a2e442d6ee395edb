package org.stancekit.cli;

import me.tongfei.progressbar.ProgressBar;
import org.stancekit.compare.CompareOptions;
import org.stancekit.compare.Comparison;
import org.stancekit.compare.ComparisonReport;
import org.stancekit.compare.GroupBy;
import org.stancekit.compare.LabelTally;
import org.stancekit.compare.TermCounts;
import org.stancekit.corpus.Article;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.StreamingScorer;
import org.stancekit.text.TextConfig;
import org.stancekit.text.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;

/**
 * {@code stancekit compare}: how groups of articles (outlets, periods) differ in framing: label shares with
 * intervals, a test of whether the mix differs, pairwise tests and distinctive terms, written as a report folder.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare framing across outlets or periods: each group's label shares with intervals (also corrected for the model's "
                + "errors), a chi-squared and a permutation test of whether the label mix differs, Holm-adjusted pairwise tests, "
                + "and each group's distinctive terms.",
                "Labels come from a model (default: the shipped stance model) or, with --use-labels, from the input's label field.",
                "Writes comparison.json, report.md and shares.png; bad records go to the report's errors.jsonl and are counted."},
        footer = {"%nExamples:",
                "  stancekit compare --by outlet articles.jsonl",
                "  stancekit compare --by outlet,year --date-format MM/dd/yyyy -m models/stance-vi.zip pages/",
                "  stancekit compare --use-labels --label-field stance coded.jsonl -r coded-comparison"})
public final class CompareCommand extends Verb implements Callable<Integer> {

    @Mixin
    InputArgs in = new InputArgs();

    @Mixin
    CleanOption clean = new CleanOption();

    @Option(names = "--by", defaultValue = "outlet",
            description = "Group key(s), comma-separated: outlet, year, quarter, month, field:NAME (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--date-format", paramLabel = "<pattern>",
            description = "Pattern of the input's non-ISO dates for year/quarter/month, e.g. d/M/yyyy (23/11/2026) or MM/dd/yyyy; "
                    + "a time may follow the date, and ISO 8601 dates (2026-11-23 08:15) are read too (default: ISO 8601 only).")
    String dateFormat;

    @Option(names = {"-m", "--model"}, description = "Model whose predictions are compared (default: the stance model in the shipped models/ folder).")
    Path model;

    @Option(names = "--use-labels", description = "Compare the labels stored in the input under --label-field instead of a model's predictions.")
    boolean useLabels;

    @Option(names = "--labels", split = ",", paramLabel = "<label>",
            description = "With --use-labels: the label set and its order (default: the labels found, sorted); other labels are errors.")
    List<String> labelSet;

    @Option(names = "--language", defaultValue = "vi", description = "Tokenisation of distinctive terms with --use-labels: vi or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = {"-r", "--report"}, defaultValue = "comparison", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Interval coverage (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--min-articles", defaultValue = "5", description = "Groups with fewer articles are shown but not tested (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--permutations", defaultValue = "2000", description = "Label shuffles for the permutation p-value; 0 skips it (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the shuffles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--terms", defaultValue = "15", description = "Distinctive terms per group; 0 skips them, about twice as fast on large inputs (default: ${DEFAULT-VALUE}).")
    int terms;

    @Option(names = "--min-term-count", defaultValue = "10", description = "A term must occur this often in the whole input (default: ${DEFAULT-VALUE}).")
    int minTermCount;

    @Option(names = "--no-correction", description = "Do not correct shares for the model's errors (by default they are, when the model file holds a validation confusion matrix).")
    boolean noCorrection;

    @Option(names = "--validation", paramLabel = "<jsonl>",
            description = "Labelled articles (under --label-field) drawn like the compared ones: their confusion matrix corrects the shares"
                    + " instead of the one stored in the model file. They must not be training articles of the model.")
    Path validation;

    @Option(names = "--resamples", defaultValue = "1000", description = "Posterior draws behind the corrected shares' intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--models", description = "Folder searched for the default stance model (default: the shipped models/ folder).")
    Path models;

    @Option(names = "--label-field", defaultValue = "label",
            description = "Field (JSONL) holding the gold label read by --use-labels and --validation (default: ${DEFAULT-VALUE}).")
    String labelField;

    @Mixin
    CsvLabelArgs csvLabels = new CsvLabelArgs();

    @Option(names = "--threads", description = "Scoring threads (default: all cores).")
    Integer threads;

    /** One article's contribution: its group, label, probabilities (null with --use-labels) and tokens (null without terms). */
    private record Item(String group, String label, double[] probs, List<String> tokens) {
    }

    @Override
    public Integer call() throws Exception {
        CompareOptions opts = new CompareOptions(confidence, minArticles, permutations, seed, terms, minTermCount, 12, resamples);
        GroupBy groupBy = GroupBy.parse(by, dateFormat);
        if (useLabels && model != null) throw new IllegalArgumentException("give either --model or --use-labels, not both");
        if (useLabels && validation != null) throw new IllegalArgumentException("--validation corrects a model's predictions; it does not go with --use-labels");
        if (!useLabels && csvLabels.labels != null) throw new IllegalArgumentException("--csv-label goes with --use-labels (a model brings its own labels)");
        if (!useLabels && labelSet != null) throw new IllegalArgumentException("--labels goes with --use-labels (a model brings its own labels)");
        Labels labels = labels();
        TextClassifier classifier = labels.classifier();
        String source = labels.source();
        Comparison.Correction correction = labels.correction();
        TextPipeline pipeline = classifier != null ? classifier.pipeline()
                : TextPipeline.fit(new TextConfig(language, true, true), List.of());
        TextClassifier c = classifier;
        Set<String> keysWithValue = ConcurrentHashMap.newKeySet();
        Set<String> fieldsSeen = ConcurrentHashMap.newKeySet();
        StreamingScorer<Item> scorer = new StreamingScorer<>(raw -> {
            Article a = clean.apply(raw);
            for (String k : groupBy.keys()) if (GroupBy.hasValue(k, a)) keysWithValue.add(k);
            if (fieldsSeen.size() < 30) fieldsSeen.addAll(a.metadata().keySet());
            String group = groupBy.groupOf(a);
            String label;
            double[] probs = null;
            if (c == null) {
                label = a.label(labelField);
                if (label == null || label.isBlank()) throw new IllegalArgumentException("no label under field '" + labelField + "'");
                if (labelSet != null && !labelSet.contains(label)) throw new IllegalArgumentException("label '" + label + "' is not one of --labels " + labelSet);
            } else {
                probs = c.probabilities(a);
                int best = 0;
                for (int j = 1; j < probs.length; j++) if (probs[j] > probs[best]) best = j;
                label = c.labels().get(best);
            }
            return new Item(group, label, probs, terms > 0 ? pipeline.tokens(a.fullText()) : null);
        }, threads(threads), 128);
        List<Item> buffered = new ArrayList<>();
        LabelTally tally = c == null ? null : new LabelTally(c.labels());
        TermCounts termCounts = terms > 0 ? new TermCounts() : null;
        for (String f : List.of("errors.jsonl", "comparison.json", "report.md", "shares.png")) {
            OutputGuard.requireNotAnInput(report.resolve(f), in.inputs, "report file");
        }
        ErrorFile errors = ErrorFile.open(report.resolve("errors.jsonl"), err());
        StreamingScorer.Counts counts;
        try (ProgressBar bar = Progress.bar("compare", -1, "articles")) {
            counts = scorer.run(useLabels ? in.reader(labelField, csvLabels) : in.reader(), o -> {
                if (bar != null) bar.step();
                if (o.problem() != null) {
                    errors.accept(o.asError("cannot compare"));
                    return;
                }
                Item it = o.result();
                if (termCounts != null) termCounts.add(it.group(), it.tokens());
                if (tally != null) tally.add(it.group(), it.label(), it.probs());
                else buffered.add(new Item(it.group(), it.label(), null, null));
            }, errors::accept);
        } finally {
            errors.close();
        }
        LabelTally t = tally != null ? tally : tallyOf(buffered);
        Map<String, Long> recordCounts = new LinkedHashMap<>();
        recordCounts.put("records_read", counts.read() + counts.unreadable());
        recordCounts.put("unreadable", counts.unreadable());
        recordCounts.put("failed", counts.failed());
        if (t == null || t.size() == 0) {
            err().printf("compared 0 of %,d records (%,d unreadable, %,d failed)%s%n", counts.read() + counts.unreadable(), counts.unreadable(),
                    counts.failed(), errors.written() ? "; see " + errors.path() : "");
            return NOTHING_PROCESSED;
        }
        for (String k : groupBy.keys()) {
            if (!keysWithValue.contains(k)) err().println("warning: " + GroupBy.missingHint(k, fieldsSeen));
        }
        Comparison cmp = Comparison.of(t, termCounts, opts, groupBy.byPeriod(), correction);
        ComparisonReport rep = new ComparisonReport(cmp, groupBy.label(), source);
        rep.write(report, recordCounts);
        out().print(rep.text());
        out().flush();
        err().printf("compared %,d of %,d records (%,d unreadable, %,d failed); report in %s%n", t.size(), counts.read() + counts.unreadable(),
                counts.unreadable(), counts.failed(), report);
        return 0;
    }

    /** Where labels come from: a model (with the confusion matrix that corrects its shares, or null) or the input's field (classifier null). */
    private record Labels(TextClassifier classifier, String source, Comparison.Correction correction) {
    }

    private Labels labels() throws IOException {
        if (useLabels) return new Labels(null, "the input's '" + labelField + "' field", null);
        if (noCorrection && validation != null) throw new IllegalArgumentException("--validation and --no-correction exclude each other");
        ModelFile.Loaded m = model != null ? ModelFile.load(model) : stanceModel();
        Comparison.Correction correction = null;
        if (validation != null) {
            correction = ValidationConfusion.fromData(m.classifier(), validation, labelField);
        } else if (!noCorrection) {
            correction = ValidationConfusion.of(m).orElse(null);
            if (correction == null) err().println("note: " + m.path() + " holds no validation confusion matrix covering every label: shares are not corrected for its errors");
        }
        return new Labels(m.classifier(), "model " + m.path(), correction);
    }

    /** The tally of labels read from the input: label order from --labels, else sorted; null when nothing was read. */
    private LabelTally tallyOf(List<Item> items) {
        if (items.isEmpty()) return null;
        List<String> labels = labelSet != null ? labelSet : new ArrayList<>(new TreeSet<>(items.stream().map(Item::label).toList()));
        if (labels.size() < 2) throw new IllegalArgumentException("every article has the label '" + labels.get(0) + "': nothing to compare");
        LabelTally t = new LabelTally(labels);
        for (Item it : items) t.add(it.group(), it.label(), null);
        return t;
    }

    private ModelFile.Loaded stanceModel() throws IOException {
        Path dir = AnalyzeCommand.modelsDir(models);
        List<ModelFile.Loaded> stance = AnalyzeCommand.loadModels(dir).stream().filter(l -> l.classifier().task().startsWith("stance")).toList();
        if (stance.size() != 1) {
            throw new IllegalArgumentException(dir + ": " + (stance.isEmpty() ? "no stance model" : stance.size() + " stance models") + "; choose one with --model");
        }
        return stance.get(0);
    }
}
