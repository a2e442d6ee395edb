package org.stancekit.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one entry point for reading corpora: turns command-line paths into a single streaming
 * {@link CorpusReader}, choosing a reader per path (auto-detected or forced by {@link Format}).
 * Paths are checked up front, so a typo fails before any work starts.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A reader over all {@code paths}, in order. With {@link Format#AUTO}: a directory is walked as a folder of
     * files (where JSONL and CSV files are read as such), {@code -}, {@code .jsonl},
     * {@code .jsonl.gz} and {@code .ndjson} are JSONL, {@code .csv} is CSV, {@code .txt}/{@code .html} files are single articles.
     *
     * @throws CorpusException when a path does not exist or cannot be read in the requested format
     */
    public static CorpusReader open(List<Path> paths, InputOptions opts) {
        if (paths == null || paths.isEmpty()) throw new CorpusException("no input paths given");
        List<CorpusReader> readers = new ArrayList<>();
        for (Path p : paths) readers.add(readerFor(p, opts));
        return new CorpusReader() {
            @Override
            public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
                for (CorpusReader r : readers) r.read(articles, errors);
            }

            @Override
            public void readWithOrigin(BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
                for (CorpusReader r : readers) r.readWithOrigin(articles, errors);
            }
        };
    }

    /** Whether a file name says JSONL ({@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson}, {@code .ndjson.gz}). */
    public static boolean isJsonlName(Path p) {
        String n = name(p);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz");
    }

    /** Whether a file name says CSV ({@code .csv}, {@code .csv.gz}). */
    public static boolean isCsvName(Path p) {
        String n = name(p);
        return n.endsWith(".csv") || n.endsWith(".csv.gz");
    }

    private static CorpusReader readerFor(Path p, InputOptions opts) {
        boolean stdin = p.toString().equals("-");
        if (!stdin && !Files.exists(p)) throw new CorpusException(p + ": no such file or directory");
        boolean dir = !stdin && Files.isDirectory(p);
        if (!stdin && !dir && !Files.isReadable(p)) throw new CorpusException(p + ": permission denied");
        switch (opts.format()) {
            case JSONL -> {
                if (dir) throw new CorpusException(p + ": --format jsonl reads files, not directories (use --format auto to walk a folder)");
                return jsonl(p, opts);
            }
            case CSV -> {
                if (dir) throw new CorpusException(p + ": --format csv reads files, not directories (use --format auto to walk a folder)");
                return csv(p, opts);
            }
            case FOLDERS -> {
                if (stdin) throw new CorpusException("-: --format folders cannot read stdin (use --format jsonl)");
                return new FolderReader(List.of(p), opts.maxFileBytes());
            }
            case VNTC -> {
                if (!dir) throw new CorpusException(p + ": --format vntc reads a folder in the VNTC layout "
                        + "(<root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt), not a file");
                return new VntcReader(p, opts.labelFields().iterator().next(), opts.maxFileBytes());
            }
            case AUTO -> {
                if (stdin || (!dir && isJsonlName(p))) return jsonl(p, opts);
                if (!dir && isCsvName(p)) return csv(p, opts);
                if (dir) return new FolderReader(List.of(p), opts.maxFileBytes(), f -> nestedReader(f, opts));
                if (FolderReader.pageFormat(p) != null) return new FolderReader(List.of(p), opts.maxFileBytes());
                throw new CorpusException(p + ": unsupported file type (expected a directory, .jsonl, .jsonl.gz, .csv, "
                        + ".txt or .html; or give --format)");
            }
            default -> throw new IllegalStateException("unhandled format " + opts.format());
        }
    }

    /** The reader for a non-page file met while walking a folder in auto mode, or null when unsupported. */
    private static CorpusReader nestedReader(Path file, InputOptions opts) {
        if (isJsonlName(file)) return jsonl(file, opts);
        if (isCsvName(file)) return csv(file, opts);
        return null;
    }

    private static CorpusReader jsonl(Path p, InputOptions opts) {
        return new JsonlReader(p, opts.labelFields(), opts.maxFileBytes());
    }

    private static CorpusReader csv(Path p, InputOptions opts) {
        return new CsvReader(p, opts.csv(), opts.labelFields(), opts.maxFileBytes());
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return (f == null ? p.toString() : f.toString()).toLowerCase(Locale.ROOT);
    }
}
