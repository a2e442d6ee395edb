package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.stancekit.clean.BoilerplatePhrases;
import org.stancekit.clean.CleanResult;
import org.stancekit.clean.Cleaner;
import org.stancekit.clean.CleanerConfig;
import org.stancekit.clean.DroppedBlock;
import org.stancekit.clean.SourceCatalog;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.CorpusFiles;
import org.stancekit.corpus.CorpusReader;
import org.stancekit.corpus.Format;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import org.stancekit.corpus.Jsonl;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.corpus.ReadError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code stancekit clean}: strips page furniture from scraped pages (text dumps or HTML, in files, folders or
 * JSONL) and writes one cleaned article per input with title, body, outlet, date, byline, cited sources and
 * captions; optionally an audit of every dropped block. Bad records go to an errors file; the batch goes on.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Remove boilerplate (navigation, teasers, captions, related lists, footers) from scraped pages and "
                + "extract title, byline, outlet, date and the news agencies an article cites.",
                "Inputs: .txt/.html files, folders of them, or JSONL whose 'text' is the page ('-' reads JSONL from stdin).",
                "Exit code 0, or 3 when nothing at all could be cleaned."})
public final class CleanCommand extends Verb implements Callable<Integer> {

    private static final int SHOWN_ERRORS = 5;


    @Parameters(paramLabel = "<path>", arity = "1..*", description = "Input files or folders; '-' reads JSONL from stdin.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>",
            description = "Cleaned articles as JSONL ('.gz' to compress, '-' for stdout).")
    Path output;

    @Option(names = "--audit", paramLabel = "<file>",
            description = "Write every dropped block as a JSON line {id, block, reason, why, text}.")
    Path audit;

    @Option(names = "--errors", paramLabel = "<file>",
            description = "Errors file, one JSON line {source, line, problem, excerpt} per bad record; created only when "
                    + "there are errors (default: <output>.errors.jsonl, or clean.errors.jsonl when the output is stdout).")
    Path errorsFile;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "auto",
            description = "How to read the inputs: auto, jsonl, csv, folders or vntc (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-file-size", paramLabel = "<size>", defaultValue = "64MB",
            description = "Larger input files are reported as errors, e.g. 500KB, 64MB (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--max-page-chars", paramLabel = "<n>", defaultValue = "4000000",
            description = "Pages longer than this are cleaned from their first <n> characters only, with a warning "
                    + "(at least 1000; default: ${DEFAULT-VALUE}).")
    int maxPageChars;

    @Option(names = "--no-phrase-list", description = "Do not use the bundled list of known boilerplate phrases; "
            + "rely on the generic method alone.")
    boolean noPhraseList;

    @Override
    public Integer call() throws IOException {
        if (maxPageChars < 1000) throw new IllegalArgumentException("--max-page-chars must be at least 1000, got " + maxPageChars);
        Cleaner cleaner = new Cleaner(new CleanerConfig(maxPageChars, !noPhraseList), BoilerplatePhrases.bundled(),
                SourceCatalog.bundled());
        InputOptions opts = InputOptions.defaults().withFormat(format).withMaxFileBytes(ImportCommand.parseSize(maxFileSize));
        boolean toStdout = output.toString().equals("-");
        Path errPath = errorsFile != null ? errorsFile : toStdout ? Path.of("clean.errors.jsonl") : Path.of(output + ".errors.jsonl");
        checkDistinct(toStdout, errPath);
        if (!toStdout) Terminal.warnIfInsideInputs(err(), output, inputs, "output");
        List<CorpusReader> readers = new ArrayList<>();
        for (Path p : inputs) readers.add(Inputs.open(List.of(p), opts));

        PrintWriter report = toStdout ? err() : out();
        PrintWriter err = err();
        StagedOutput staged = StagedOutput.of(output);
        Counts counts = new Counts();
        ErrorFile errors = ErrorFile.open(errPath, err);
        try (JsonlWriter out = new JsonlWriter(staged.path()); JsonlWriter auditOut = audit == null ? null : new JsonlWriter(audit);
             ProgressBar bar = progress()) {
            for (int i = 0; i < readers.size(); i++) {
                Path in = inputs.get(i);
                try {
                    readers.get(i).read(raw -> {
                        counts.read++;
                        cleanOne(cleaner, raw, out, auditOut, errors, counts, err);
                        if (bar != null) bar.step();
                    }, errors::accept);
                } catch (CorpusException e) {
                    String msg = e.getMessage();
                    String prefix = in + ": ";
                    errors.accept(new ReadError(in.toString(), 0, msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg, ""));
                }
            }
        } catch (RuntimeException | IOException e) {
            staged.abandon();
            errors.close();
            throw e;
        }
        errors.close();
        counts.errors = errors.count();
        staged.commit();
        report.printf(Locale.ROOT, "read:                %,d%n", counts.read);
        report.printf(Locale.ROOT, "cleaned:             %,d (%s)%n", counts.cleaned, toStdout ? "stdout" : output);
        report.printf(Locale.ROOT, "empty after cleaning: %,d%s%n", counts.empty,
                counts.empty > 0 ? " (written with empty text; see the audit for what was dropped)" : "");
        if (counts.truncated > 0) report.printf(Locale.ROOT, "truncated pages:     %,d (over --max-page-chars)%n", counts.truncated);
        report.printf(Locale.ROOT, "errors:              %,d%s%n", counts.errors, errors.written() ? " (" + errPath + ")" : "");
        if (audit != null) report.printf(Locale.ROOT, "dropped blocks:      %,d (%s)%n", counts.droppedBlocks, audit);
        report.flush();
        if (counts.cleaned == 0) {
            err.println("stancekit clean: nothing could be cleaned" + (counts.errors > 0 ? " (see " + errPath + ")" : ""));
            return NOTHING_PROCESSED;
        }
        return 0;
    }

    private static void cleanOne(Cleaner cleaner, Article raw, JsonlWriter out, JsonlWriter auditOut, ErrorFile errors,
                                 Counts counts, PrintWriter err) {
        CleanResult r;
        try {
            r = cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String source = raw.metadata().getOrDefault("source", raw.id()).toString();
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            errors.accept(new ReadError(source, 0, "cannot clean: " + why, CorpusFiles.excerpt(raw.text())));
            return;
        }
        Article a = r.article();
        out.write(a);
        counts.cleaned++;
        if (r.isEmpty()) counts.empty++;
        if (!r.warnings().isEmpty()) {
            counts.truncated++;
            if (counts.truncated <= SHOWN_ERRORS) err.println("warning: " + a.id() + ": " + r.warnings().get(0));
        }
        counts.droppedBlocks += r.dropped().size();
        if (auditOut != null) {
            for (DroppedBlock d : r.dropped()) {
                ObjectNode o = Jsonl.MAPPER.createObjectNode();
                o.put("id", a.id());
                o.put("block", d.index());
                o.put("reason", d.reason().name().toLowerCase(Locale.ROOT));
                o.put("why", d.reason().description());
                o.put("text", d.text());
                auditOut.write(o);
            }
        }
    }

    private void checkDistinct(boolean toStdout, Path errPath) {
        Set<Path> outs = new LinkedHashSet<>();
        if (!toStdout) outs.add(output.toAbsolutePath().normalize());
        if (audit != null && !audit.toString().equals("-") && !outs.add(audit.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--audit must differ from the output: " + audit);
        }
        if (audit != null && audit.toString().equals("-") && toStdout) {
            throw new IllegalArgumentException("--audit and --output cannot both be stdout");
        }
        if (!outs.add(errPath.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the errors file must differ from the output and the audit: " + errPath);
        }
        for (Path in : inputs) {
            if (in.toString().equals("-")) continue;
            Path norm = in.toAbsolutePath().normalize();
            if (outs.contains(norm)) throw new IllegalArgumentException(in + " is both an input and an output; choose another file");
        }
    }

    private static ProgressBar progress() {
        if (!Terminal.interactive()) return null;
        return new ProgressBarBuilder().setTaskName("clean").setInitialMax(-1).setUnit(" pages", 1)
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish().build();
    }

    /** Closing counts. */
    private static final class Counts {
        long read, cleaned, empty, truncated, errors, droppedBlocks;
    }
}
