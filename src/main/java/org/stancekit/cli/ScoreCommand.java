package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ProgressBar;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.corpus.ReadError;
import org.stancekit.model.ModelFile;
import org.stancekit.model.Prediction;
import org.stancekit.model.TextClassifier;
import org.stancekit.score.StreamingScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code stancekit score}: streams articles through a model and writes one JSON line of scores per record. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score articles with a model: one output line {id, label, scores} per input record, in input order",
                "(with the record's title, outlet, date and url when it has them, for joining the scores back).",
                "Streams with constant memory; unreadable records go to the errors file and are counted at the end."})
public final class ScoreCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-m", "--model"}, required = true, description = "Model file (.zip).")
    Path model;

    @Mixin
    InputArgs in = new InputArgs();

    @Option(names = {"-o", "--output"}, defaultValue = "-", description = "Output JSONL ('-' for stdout, the default).")
    Path output;

    @Option(names = "--errors", description = "Errors file (default: <output>.errors.jsonl, or score.errors.jsonl in the current folder when the output is stdout).")
    Path errorsPath;

    @Option(names = "--top-features", defaultValue = "0", description = "Also list the N features that pushed each decision most.")
    int topFeatures;

    @Option(names = "--threads", description = "Scoring threads (default: all cores).")
    Integer threads;

    @Option(names = "--batch", defaultValue = "256", description = "Records held in memory at once (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    CleanOption clean = new CleanOption();

    /** One scored record: the article as the model read it (cleaned when asked) and its prediction. */
    private record Scored(Article article, Prediction prediction) {
    }

    @Override
    public Integer call() throws Exception {
        if (topFeatures < 0) throw new IllegalArgumentException("--top-features must be >= 0");
        if (batch < 1) throw new IllegalArgumentException("--batch must be >= 1");
        TextClassifier c = ModelFile.load(model).classifier();
        DriftWatch drift = new DriftWatch(c.pipeline(), model.toString());
        PrintWriter err = err();
        int t = threads(threads);
        StreamingScorer<Scored> scorer = new StreamingScorer<>(raw -> {
            Article a = clean.apply(raw);
            return new Scored(a, c.predict(a, topFeatures));
        }, t, batch);
        StreamingScorer.Counts counts;
        Terminal.warnIfInsideInputs(err(), output, in.inputs, "output");
        Path errorsFile = errorsPath != null ? errorsPath : ErrorFile.beside(output, "score");
        if (errorsFile.toString().equals("-")) {
            // error records on stdout would be mixed into the scores (as import and clean refuse it too)
            throw new IllegalArgumentException("--errors needs a file name (the first errors are shown on stderr anyway)");
        }
        OutputGuard.requireNotAnInput(output, in.inputs, "output");
        OutputGuard.requireNotAnInput(errorsFile, in.inputs, "errors file");
        ErrorFile errors = ErrorFile.open(errorsFile, err);
        try (JsonlWriter out = new JsonlWriter(output); ProgressBar bar = Progress.bar("score", -1, "articles", output)) {
            counts = scorer.run(in.reader(), o -> {
                if (o.problem() != null) {
                    errors.accept(o.asError("cannot score"));
                } else {
                    out.write(withRecordFields(toJson(o.result().prediction()), o.result().article()));
                    drift.accept(o.result().article());
                }
                if (bar != null) bar.step();
            }, errors::accept);
        } finally {
            errors.close();
        }
        drift.finish();
        err.printf("scored %,d of %,d records; %,d unreadable, %,d failed%s%n", counts.scored(), counts.read() + counts.unreadable(),
                counts.unreadable(), counts.failed(), errors.written() ? " (see " + errors.path() + ")" : "");
        return counts.scored() == 0 && counts.read() + counts.unreadable() > 0 ? NOTHING_PROCESSED : 0;
    }

    /** The line with the record's title, outlet, date and url added when it has them, so scores can be joined back. */
    private static ObjectNode withRecordFields(ObjectNode o, Article a) {
        if (a.title() != null) o.put("title", a.title());
        if (a.outlet() != null) o.put("outlet", a.outlet());
        if (a.date() != null) o.put("date", a.date());
        if (a.url() != null) o.put("url", a.url());
        return o;
    }

    /** The output line of one prediction. */
    static ObjectNode toJson(Prediction p) {
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("label", p.label());
        ObjectNode s = o.putObject("scores");
        p.scores().forEach((k, v) -> s.put(k, Math.round(v * 1e6) / 1e6));
        if (!p.contributions().isEmpty()) {
            var arr = o.putArray("top_features");
            for (Prediction.Contribution f : p.contributions()) {
                arr.addObject().put("feature", f.feature()).put("weight", Math.round(f.contribution() * 1e6) / 1e6);
            }
        }
        return o;
    }
}
