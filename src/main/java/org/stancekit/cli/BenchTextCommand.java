package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import org.stancekit.eval.Confusion;
import org.stancekit.text.TextConfig;
import org.stancekit.text.TextPipeline;
import org.stancekit.text.ThroughputBenchmark;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Benchmarks of the text pipeline: {@code bench text-ablation} (accuracy per pipeline stage) and {@code bench text-throughput}. */
final class BenchTextCommand {

    private BenchTextCommand() {
    }

    static Path home() {
        return Path.of(System.getProperty("stancekit.home", "."));
    }

    /** {@code stancekit bench text-ablation}: the same linear model trained with each pipeline variant. */
    @Command(name = "text-ablation", mixinStandardHelpOptions = true,
            description = {"Text pipeline ablation: trains the config's linear model on its train split with each pipeline variant "
                    + "(plain syllables; + normalisation; + learned words, replacing or added to their syllables; + stopwords) and evaluates on its test split.",
                    "Prints a Markdown table: accuracy and macro-F1 on all test records and without texts shared with train, and wall times."})
    static final class Ablation extends Verb implements Callable<Integer> {

        @Option(names = "--config", description = "Topic config (default: training/topic-vntc.yaml).")
        Path config;

        @Option(names = "--threads", description = "Solver threads (default: all cores).")
        Integer threads;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Path cfgPath = config != null ? config : home().resolve("training").resolve("topic-vntc.yaml");
            TrainConfig cfg = TrainConfig.load(cfgPath);
            if (cfg.data().test() == null) throw new IllegalArgumentException(cfgPath + ": the ablation needs data.test");
            String field = cfg.data().labelField();
            Path trainPath = TrainConfig.resolve(cfgPath, cfg.data().train());
            Path testPath = TrainConfig.resolve(cfgPath, cfg.data().test());
            Terminal.info("reading %s and %s", trainPath, testPath);
            LabelledSplit train = LabelledSplit.read(trainPath, field);
            LabelledSplit test = LabelledSplit.read(testPath, field);

            TextConfig base = cfg.pipeline().resolvePaths(cfgPath);
            TextConfig.Words words = base.words().enabled() ? base.words() : TextConfig.Words.defaults();
            TextConfig.Stopwords stop = new TextConfig.Stopwords(true, base.stopwords().maxDf(), base.stopwords().maxCount());
            TextConfig plain = base.withNormalize(false).withWords(TextConfig.Words.none())
                    .withStopwords(new TextConfig.Stopwords(false, stop.maxDf(), stop.maxCount()));
            TextConfig normalised = plain.withNormalize(true);
            TextConfig withWords = normalised.withWords(words.withMode("replace"));
            TextConfig addWords = normalised.withWords(words.withMode("add"));
            TextConfig withStop = addWords.withStopwords(stop);
            List<String> names = List.of("syllables, no normalisation", "+ normalisation", "+ learned words (replacing their syllables)",
                    "+ learned words (added after their syllables)", "+ stopwords (with added words)");
            List<TextConfig> variants = List.of(plain, normalised, withWords, addWords, withStop);

            out.printf(Locale.ROOT, "Text pipeline ablation on %s: train %s (%,d docs), test %s (%,d docs); features %d-%d grams, %s C=%s, seed %d%n%n",
                    cfgPath.getFileName(), trainPath.getFileName(), train.labelled().size(), testPath.getFileName(),
                    test.labelled().size(), cfg.features().ngramMin(), cfg.features().ngramMax(), cfg.model().solver(),
                    cfg.model().c(), cfg.seed());
            out.println("| pipeline | accuracy | macro-F1 | dedup accuracy | dedup macro-F1 | features | words | pipeline fit s | train s (total) | evaluate s |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
            out.flush();
            int n = threads(threads);
            for (int i = 0; i < variants.size(); i++) {
                TrainConfig c = cfg.withPipeline(variants.get(i));
                long t0 = System.nanoTime();
                ClassifierTrainer.Result r = new ClassifierTrainer(n, s -> Terminal.info("%s", s)).train(train.labelled(), c, c.seed());
                double trainS = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                List<Article> known = test.knownLabels(r.classifier().labels());
                HeldOut h = HeldOut.evaluate(r.classifier(), train.labelled(), known, field);
                Confusion all = h.all();
                Confusion clean = h.dedup();
                double evalS = (System.nanoTime() - t1) / 1e9;
                out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %,d | %,d | %.1f | %.1f | %.1f |%n", names.get(i),
                        all.accuracy(), all.macroF1(), clean.accuracy(), clean.macroF1(), r.classifier().vectorizer().dimension(),
                        r.classifier().pipeline().words().size(), r.timings().get("fit_pipeline_s"), trainS, evalS);
                out.flush();
            }
            out.printf(Locale.ROOT, "%nwall times on %d solver threads; the pipeline itself runs on one thread%n", n);
            return 0;
        }
    }

    /** {@code stancekit bench text-throughput}: MB/s of normalise + tokenise + segment on one thread. */
    @Command(name = "text-throughput", mixinStandardHelpOptions = true,
            description = {"Text pipeline throughput on one thread over a corpus (default: VNTC train from ../shared/data): "
                    + "fits the pipeline (timed), then times normalise, + tokenise, and the full tokens() (+ segment into words).",
                    "MB are MB of UTF-8 input; figures by wall clock and by the thread's CPU time."})
    static final class Throughput extends Verb implements Callable<Integer> {

        @Option(names = "--data", description = "Corpus (JSONL, CSV, folder; default: ../shared/data/vntc/train.jsonl.gz beside the checkout).")
        Path data;

        @Option(names = "--config", description = "Config whose pipeline section to use (default: the pipeline defaults).")
        Path config;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Path path = data != null ? data : home().resolve("..").resolve("shared").resolve("data").resolve("vntc").resolve("train.jsonl.gz").normalize();
            if (!Files.exists(path)) throw new CorpusException(path + ": no such corpus (give --data)");
            TextConfig cfg = config != null ? TokenizeCommand.readConfig(config) : TextConfig.defaults();
            List<String> texts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Terminal.info("reading %s", path);
            Inputs.open(List.of(path), InputOptions.defaults()).read(a -> texts.add(a.fullText()), e -> problems.add(e.message()));
            for (String p : problems) Terminal.warn("%s", p);
            if (texts.isEmpty()) throw new CorpusException(path + ": no readable texts");
            long bytes = ThroughputBenchmark.utf8Bytes(texts);
            var mx = ManagementFactory.getThreadMXBean();
            long w0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
            TextPipeline p = TextPipeline.fit(cfg, texts);
            double fitWall = (System.nanoTime() - w0) / 1e9, fitCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            out.printf(Locale.ROOT, "corpus: %s, %,d texts, %.1f MB UTF-8%n", path, texts.size(), bytes / 1e6);
            out.printf(Locale.ROOT, "fit (learn words, stopwords, vocabulary, profile): %.1f s wall, %.1f s CPU; %,d words, %,d stopwords%n",
                    fitWall, fitCpu, p.words().size(), p.stopwords().size());
            out.println("| stage (one thread) | MB/s wall | MB/s CPU | wall s | CPU s | tokens |");
            out.println("|---|---|---|---|---|---|");
            for (ThroughputBenchmark.Stage s : ThroughputBenchmark.run(p, texts)) {
                out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %s |%n", s.name(), s.wallMBps(), s.cpuMBps(),
                        s.wallSeconds(), s.cpuSeconds(), s.tokens() == 0 ? "" : String.format(Locale.ROOT, "%,d", s.tokens()));
            }
            return 0;
        }
    }
}
