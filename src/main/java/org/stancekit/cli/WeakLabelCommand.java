package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlReader;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.features.framing.FramingFeatures;
import org.stancekit.features.framing.FramingLexicon;
import org.stancekit.train.weak.LabelModelConfig;
import org.stancekit.train.weak.RuleSet;
import org.stancekit.train.weak.RuleStats;
import org.stancekit.train.weak.WeakLabeler;
import org.stancekit.train.weak.WeakLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code stancekit weak-label}: applies YAML labelling functions to a corpus, fits a Dawid–Skene label
 * model on their votes (no gold labels) and writes probabilistic labels plus a per-rule table.
 */
@Command(name = "weak-label", mixinStandardHelpOptions = true,
        description = {"Label a corpus with YAML labelling functions and a Dawid-Skene label model.",
                "Writes each article with weak_label, weak_confidence and weak_probs (null when every rule abstained),",
                "and prints a per-rule table: coverage, overlap, conflict, empirical accuracy on articles that carry",
                "a gold label, and the accuracy the label model learned without labels."})
public final class WeakLabelCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-r", "--rules"}, required = true, description = "rules YAML file (labels + rules)")
    Path rules;

    @Option(names = {"-d", "--data"}, required = true, description = "input JSONL (plain, .gz or - for stdin)")
    Path data;

    @Option(names = {"-o", "--output"}, required = true, description = "output JSONL (- for stdout)")
    Path output;

    @Option(names = "--label-field", defaultValue = "label", description = "field holding gold labels, if any (default: ${DEFAULT-VALUE})")
    String labelField;

    @Option(names = "--lexicon", description = "framing lexicon YAML (default: the built-in Vietnamese lexicon)")
    Path lexicon;

    @Option(names = "--seed", defaultValue = "13", description = "seed of the label model's initial jitter (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--max-iterations", defaultValue = "200", description = "EM iterations at most (default: ${DEFAULT-VALUE})")
    int maxIterations;

    @Option(names = "--smoothing", defaultValue = "10", description = "pseudo-votes at accuracy 0.7 added to every rule (default: ${DEFAULT-VALUE})")
    double smoothing;

    @Override
    public Integer call() throws Exception {
        RuleSet rs = RuleSet.load(rules);
        FramingFeatures ff = new FramingFeatures(lexicon == null ? FramingLexicon.builtin() : FramingLexicon.load(lexicon));
        WeakLabeler labeler = new WeakLabeler(rs, ff);
        List<Article> articles = new ArrayList<>();
        boolean toStdout = output.toString().equals("-");
        java.io.PrintWriter info = toStdout ? err() : out();
        long unreadable;
        Path errorsPath;
        OutputGuard.requireNotAnInput(output, List.of(data), "output");
        OutputGuard.requireNotAnInput(ErrorFile.beside(output, "weak-label"), List.of(data), "errors file");
        try (ErrorFile errors = ErrorFile.open(ErrorFile.beside(output, "weak-label"), err())) {
            new JsonlReader(data, Set.of(labelField)).read(articles::add, errors::accept);
            unreadable = errors.count();
            errorsPath = errors.written() ? errors.path() : null;
        }
        if (articles.isEmpty()) throw new IllegalArgumentException(data + ": no readable articles");
        WeakLabels wl = WeakLabels.fit(labeler, articles, labelField,
                new LabelModelConfig(maxIterations, 1e-6, smoothing, seed));
        int labelled = 0, abstained = 0;
        try (JsonlWriter w = new JsonlWriter(output)) {
            for (int i = 0; i < articles.size(); i++) {
                ObjectNode o = Jsonl.toJson(articles.get(i));
                o.remove("text");
                int b = wl.argmax(i);
                if (b < 0) {
                    abstained++;
                    o.putNull("weak_label");
                    o.putNull("weak_confidence");
                    o.putNull("weak_probs");
                } else {
                    labelled++;
                    o.put("weak_label", wl.labels().get(b));
                    o.put("weak_confidence", wl.probs()[i][b]);
                    ObjectNode p = o.putObject("weak_probs");
                    for (int c = 0; c < wl.labels().size(); c++) p.put(wl.labels().get(c), wl.probs()[i][c]);
                }
                o.put("text", articles.get(i).text());
                w.write(o);
            }
        }
        info.print(RuleStats.table(wl.stats()));
        info.printf("label model: %d EM iterations, log-likelihood %.2f, prior %s%n", wl.model().iterations(),
                wl.model().logLikelihood(), prior(wl));
        info.printf("%d articles read, %d weakly labelled, %d with every rule abstaining (weak_label null), %d unreadable lines skipped%s%n",
                articles.size(), labelled, abstained, unreadable, errorsPath == null ? "" : " (listed in " + errorsPath + ")");
        out().flush();
        return 0;
    }

    private static String prior(WeakLabels wl) {
        StringBuilder sb = new StringBuilder();
        double[] p = wl.model().prior();
        for (int c = 0; c < p.length; c++) sb.append(c == 0 ? "" : ", ").append(wl.labels().get(c)).append(String.format(java.util.Locale.ROOT, "=%.3f", p[c]));
        return sb.toString();
    }
}
