package org.stancekit.cli;

import org.stancekit.clean.CleanBenchmark;
import org.stancekit.clean.BoilerplatePhrases;
import org.stancekit.clean.Cleaner;
import org.stancekit.clean.CleanerConfig;
import org.stancekit.clean.SourceCatalog;
import org.stancekit.clean.GoldSet;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Prints the cleaner's single-thread throughput in pages per second (the figure the issue requires >= 2,000). */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean the given pages (default: the seeds/ folder) repeatedly on one thread and print pages/s.")
public final class BenchCleanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<path>", arity = "0..*", description = "Pages to clean: files, folders or JSONL (default: seeds).")
    List<Path> inputs;

    @Option(names = "--seconds", defaultValue = "5", description = "Timed period in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up period in seconds, not timed (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--no-phrase-list", description = "Measure the generic method alone, without the bundled phrase list.")
    boolean noPhraseList;

    @Option(names = "--gold", paramLabel = "<dir>",
            description = "Also score the extraction against <dir>/<id>.expected.txt (title line, blank line, body; "
                    + "optional <id>.optional.txt for captions): token precision/recall/F1 and exact titles per page.")
    Path gold;

    @Override
    public Integer call() {
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        for (Path p : paths) {
            if (!p.toString().equals("-") && !Files.exists(p)) {
                throw new CorpusException(p + ": no such file or directory" + (inputs == null || inputs.isEmpty()
                        ? " (run from the repository root, or name the pages to clean)" : ""));
            }
        }
        List<Article> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Inputs.open(paths, InputOptions.defaults()).read(pages::add, e -> problems.add(e.message()));
        for (String p : problems) Terminal.warn("%s", p);
        if (pages.isEmpty()) throw new CorpusException("no readable pages in " + paths);
        Cleaner cleaner = new Cleaner(new CleanerConfig(CleanerConfig.DEFAULTS.maxInputChars(), !noPhraseList),
                BoilerplatePhrases.bundled(), SourceCatalog.bundled());
        if (gold != null) printGold(new GoldSet(gold).score(cleaner, pages));
        CleanBenchmark.Result r = CleanBenchmark.run(cleaner, pages, warmup, seconds);
        System.out.printf(Locale.ROOT, "clean: %,d pages (mean %,.0f chars) in %.2f s wall on 1 thread: %,.0f pages/s, %.1f MB/s of text%n",
                r.pages(), r.meanPageChars(), r.seconds(), r.pagesPerSecond(), r.charsPerSecond() / 1e6);
        System.out.printf(Locale.ROOT, "clean: %.2f s of CPU time on that thread: %,.0f pages per CPU-second (other load on the machine lowers the wall figure, not this one)%n",
                r.cpuSeconds(), r.pagesPerCpuSecond());
        return 0;
    }

    private void printGold(List<GoldSet.PageScore> scores) {
        if (scores.isEmpty()) throw new CorpusException(gold + ": no <id>.expected.txt matches any input page");
        double p = 0, r = 0, f = 0;
        int titles = 0;
        System.out.printf(Locale.ROOT, "%-28s %9s %7s %7s  %s%n", "page", "precision", "recall", "F1", "title");
        for (GoldSet.PageScore s : scores) {
            System.out.printf(Locale.ROOT, "%-28s %9.4f %7.4f %7.4f  %s%n", s.id(), s.overlap().precision(), s.overlap().recall(),
                    s.overlap().f1(), s.titleExact() ? "exact" : "got \"" + s.title() + "\", expected \"" + s.expectedTitle() + "\"");
            p += s.overlap().precision();
            r += s.overlap().recall();
            f += s.overlap().f1();
            if (s.titleExact()) titles++;
        }
        int n = scores.size();
        System.out.printf(Locale.ROOT, "%-28s %9.4f %7.4f %7.4f  %d/%d exact titles%n", "mean (" + n + " pages)", p / n, r / n, f / n, titles, n);
    }
}
