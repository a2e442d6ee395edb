package org.stancekit.cli;

import me.tongfei.progressbar.ProgressBar;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.CorpusReader;
import org.stancekit.corpus.Format;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import org.stancekit.corpus.JsonlWriter;
import org.stancekit.corpus.ReadError;
import org.stancekit.corpus.VntcReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stancekit import}: converts corpora in any supported layout (VNTC folders, folders of .txt/.html, JSONL,
 * CSV) into one JSONL corpus, recording every unreadable record in an errors file and printing counts at the end.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert corpora (VNTC release folders, folders of .txt/.html files, JSONL, CSV) into one JSONL corpus.",
                "Every input record ends up in the output or in the errors file; counts per label are printed at the end.",
                "Exit code 0, or 3 when nothing at all could be read."},
        footer = {"", "Examples:",
                "  stancekit import --format vntc ../shared/data/vntc/raw-sample -o vntc.jsonl",
                "  stancekit import pages/ -o raw.jsonl.gz",
                "  stancekit import ruwa.csv --csv-id '' --csv-text title,desc --csv-outlet Site --csv-date Date -o ruwa.jsonl",
                "  (ruwa.csv's id column has an empty header, hence --csv-id '')"})
public final class ImportCommand extends Verb implements Callable<Integer> {



    @Parameters(paramLabel = "<path>", arity = "1..*",
            description = "Input files or folders; '-' reads JSONL from stdin.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "auto",
            description = "auto, jsonl, csv, folders or vntc (default: ${DEFAULT-VALUE}: by extension; folders are walked).")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>",
            description = "Output JSONL ('.gz' to compress, '-' for stdout).")
    Path output;

    @Option(names = "--errors", paramLabel = "<file>",
            description = "Errors file, one JSON line {source, line, problem, excerpt} per bad record; created only when "
                    + "there are errors (default: <output>.errors.jsonl, or import.errors.jsonl when the output is stdout).")
    Path errorsFile;

    @Option(names = "--label-field", paramLabel = "<field>", split = ",",
            description = "Field(s) holding labels in JSONL/CSV, and where VNTC topics are stored (default: label).")
    List<String> labelFields;

    @Option(names = "--max-file-size", paramLabel = "<size>", defaultValue = "64MB",
            description = "Larger files (or JSONL lines, CSV rows) are reported as errors, e.g. 500KB, 64MB, 1GB (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Mixin
    CsvArgs csv = new CsvArgs();

    @Mixin
    CsvLabelArgs csvLabels = new CsvLabelArgs();

    @Override
    public Integer call() throws IOException {
        InputOptions opts = options();
        boolean toStdout = output.toString().equals("-");
        Path errPath = errorsFile != null ? errorsFile
                : toStdout ? Path.of("import.errors.jsonl") : Path.of(output + ".errors.jsonl");
        if (errPath.toString().equals("-")) {
            throw new IllegalArgumentException("--errors needs a file name (the first errors are shown on stderr anyway)");
        }
        OutputGuard.requireNotAnInput(output, inputs, "output");
        Terminal.warnIfInsideInputs(err(), output, inputs, "output");
        OutputGuard.requireNotAnInput(errPath, inputs, "errors file");
        if (!toStdout && errPath.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the errors file must differ from the output: " + output);
        }
        // open every input first, so a missing path or a wrong --format fails before any output is written
        List<CorpusReader> readers = new ArrayList<>();
        for (Path p : inputs) readers.add(Inputs.open(List.of(p), opts));

        PrintWriter report = toStdout ? err() : out();
        PrintWriter err = err();
        // written under a temporary name (same extension, so .gz still compresses) and renamed when complete; pipes and devices directly
        StagedOutput staged = StagedOutput.of(output);
        if (format == Format.AUTO) {
            for (Path p : inputs) {
                if (VntcReader.looksLikeVntc(p)) {
                    err.println("hint: " + p + " looks like the VNTC release layout; add --format vntc to take labels from the topic folders");
                }
            }
        }
        Tally tally = new Tally(opts.labelFields());
        ErrorFile errors = ErrorFile.open(errPath, err);
        try (JsonlWriter out = new JsonlWriter(staged.path()); ProgressBar bar = Progress.bar("import", -1, "records", staged.path())) {
            for (int i = 0; i < readers.size(); i++) {
                Path in = inputs.get(i);
                try {
                    readers.get(i).read(a -> {
                        out.write(a);
                        tally.add(a);
                        if (bar != null) bar.step();
                    }, e -> {
                        errors.accept(e);
                        tally.errors = errors.count();
                        if (bar != null) bar.setExtraMessage(" " + tally.errors + " errors");
                    });
                } catch (CorpusException e) {
                    // a whole input that cannot be read is one bad record of the batch: record it and go on
                    String msg = e.getMessage();
                    String prefix = in + ": ";
                    errors.accept(new ReadError(in.toString(), 0, msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg, ""));
                    tally.errors = errors.count();
                }
            }
        } catch (RuntimeException | IOException e) {
            staged.abandon();
            errors.close();
            throw e;
        }
        errors.close();
        staged.commit();
        tally.print(report, toStdout ? "stdout" : output.toString(), errors.written() ? errPath.toString() : null);
        if (tally.records == 0) {
            err.println("stancekit import: nothing could be read from the input" + (tally.errors > 0 ? " (see " + errPath + ")" : ""));
            return NOTHING_PROCESSED;
        }
        return 0;
    }

    private InputOptions options() {
        Set<String> fields = labelFields == null || labelFields.isEmpty() ? Set.of("label") : new LinkedHashSet<>(labelFields);
        return new InputOptions(format, fields, parseSize(maxFileSize), csvLabels.apply(csv.columns(format), format, fields));
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)B?", Pattern.CASE_INSENSITIVE);

    /** Parses a size such as {@code 500KB}, {@code 64MB}, {@code 1GB} or a plain number of bytes. */
    static long parseSize(String s) {
        Matcher m = SIZE.matcher(s.trim());
        if (!m.matches()) throw new IllegalArgumentException("--max-file-size: expected a size such as 500KB, 64MB or 1GB, got \"" + s + "\"");
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) throw new IllegalArgumentException("--max-file-size: out of range: \"" + s + "\"");
        return n << shift;
    }

    /** Counts of records, errors and labels per task, printed as the closing summary. */
    static final class Tally {
        final Set<String> tasks;
        final Map<String, Map<String, Long>> labels = new LinkedHashMap<>();
        final Set<String> ids = new HashSet<>();
        long records;
        long errors;
        long duplicateIds;

        Tally(Set<String> labelFields) {
            this.tasks = new LinkedHashSet<>(labelFields);
        }

        void add(Article a) {
            records++;
            if (!ids.add(a.id())) duplicateIds++;
            tasks.addAll(a.labels().keySet());
            a.labels().forEach((task, label) -> labels.computeIfAbsent(task, k -> new TreeMap<>()).merge(label, 1L, Long::sum));
        }

        void print(PrintWriter w, String output, String errorsPath) {
            w.printf(Locale.ROOT, "records written: %,d (%s)%n", records, output);
            w.printf(Locale.ROOT, "errors:          %,d%s%n", errors, errorsPath == null ? "" : " (" + errorsPath + ")");
            if (duplicateIds > 0) {
                w.printf(Locale.ROOT, "warning: %,d records repeat an id already written; ids are not unique%n", duplicateIds);
            }
            for (String task : tasks) {
                Map<String, Long> counts = labels.getOrDefault(task, Map.of());
                long labelled = counts.values().stream().mapToLong(Long::longValue).sum();
                int width = Math.max(task.length(), "(no label)".length());
                for (String l : counts.keySet()) width = Math.max(width, l.length());
                w.println();
                w.printf(Locale.ROOT, "%-" + width + "s  %10s  %6s%n", task, "records", "share");
                for (Map.Entry<String, Long> e : counts.entrySet()) row(w, width, e.getKey(), e.getValue());
                if (records - labelled > 0) row(w, width, "(no label)", records - labelled);
            }
            w.flush();
        }

        private void row(PrintWriter w, int width, String label, long n) {
            w.printf(Locale.ROOT, "%-" + width + "s  %,10d  %5.1f%%%n", label, n, 100.0 * n / records);
        }
    }
}
