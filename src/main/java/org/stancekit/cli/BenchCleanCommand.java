package org.stancekit.cli;

import org.stancekit.clean.CleanBenchmark;
import org.stancekit.clean.Cleaner;
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
        CleanBenchmark.Result r = CleanBenchmark.run(Cleaner.withDefaults(), pages, warmup, seconds);
        System.out.printf(Locale.ROOT, "clean: %,d pages (mean %,.0f chars) in %.2f s wall on 1 thread: %,.0f pages/s, %.1f MB/s of text%n",
                r.pages(), r.meanPageChars(), r.seconds(), r.pagesPerSecond(), r.charsPerSecond() / 1e6);
        System.out.printf(Locale.ROOT, "clean: %.2f s of CPU time on that thread: %,.0f pages per CPU-second (other load on the machine lowers the wall figure, not this one)%n",
                r.cpuSeconds(), r.pagesPerCpuSecond());
        return 0;
    }
}
