package org.stancekit.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads one article per file from files and folders of {@code .txt}/{@code .text}/{@code .html}/{@code .htm}
 * pages, walking folders depth-first in sorted name order so runs are reproducible. Text is the raw decoded
 * content with line ends turned into LF; HTML is left as is (cleaning is the cleaner's job).
 *
 * <p>Decoding: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins, else an HTML page's {@code <meta charset>},
 * else strict UTF-8. Binary, empty, oversized, undecodable and unsupported files are reported as
 * {@link ReadError}s, never dropped. Hidden entries (names starting with {@code .}) are not corpus files and are
 * not visited, nor is the folder of scripts, styles and images a browser saves beside a page ("Save page as...,
 * complete" writes {@code X.html} and {@code X_files/}).
 */
public final class FolderReader implements CorpusReader {

    private final List<Path> paths;
    private final long maxFileBytes;
    private final Function<Path, CorpusReader> delegate;

    /** Reads the given files and folders with the default 64 MB limit per file. */
    public FolderReader(List<Path> paths) {
        this(paths, InputOptions.DEFAULT_MAX_FILE_BYTES);
    }

    /** Reads the given files and folders; files larger than {@code maxFileBytes} are reported as errors. */
    public FolderReader(List<Path> paths, long maxFileBytes) {
        this(paths, maxFileBytes, p -> null);
    }

    /**
     * As above; files that are not text pages are offered to {@code delegate}, which returns a reader for
     * them (e.g. a JSONL file inside a folder) or null when the type is unsupported.
     */
    FolderReader(List<Path> paths, long maxFileBytes, Function<Path, CorpusReader> delegate) {
        if (paths == null || paths.isEmpty()) throw new IllegalArgumentException("no input paths given");
        if (maxFileBytes <= 0) throw new IllegalArgumentException("max file size must be positive, got " + maxFileBytes);
        this.paths = List.copyOf(paths);
        this.maxFileBytes = maxFileBytes;
        this.delegate = delegate;
    }

    /** The article format a file name maps to ({@code txt} or {@code html}), or null when not a text page. */
    static String pageFormat(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return "txt";
        if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
        return null;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
        readWithOrigin((a, o) -> articles.accept(a), errors);
    }

    @Override
    public void readWithOrigin(BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
        Set<Path> visited = new HashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new CorpusException(p + ": no such file or directory");
            visit(p, articles, errors, visited);
        }
    }

    private void visit(Path p, BiConsumer<Article, Origin> articles, Consumer<ReadError> errors, Set<Path> visited) {
        if (Files.isDirectory(p)) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                errors.accept(new ReadError(p.toString(), 0, "cannot open directory: " + reason(e), ""));
                return;
            }
            if (!visited.add(real)) return; // a symbolic link back into a folder already walked
            List<Path> children;
            try (Stream<Path> s = Files.list(p)) {
                children = new ArrayList<>(s.filter(c -> !c.getFileName().toString().startsWith(".") && !isSavedPageAssets(c)).toList());
            } catch (IOException e) {
                errors.accept(new ReadError(p.toString(), 0, "cannot list directory: " + reason(e), ""));
                return;
            }
            children.sort(Comparator.comparing(c -> c.getFileName().toString()));
            for (Path c : children) visit(c, articles, errors, visited);
        } else {
            readFile(p, articles, errors);
        }
    }

    /** Whether {@code dir} is the asset folder {@code X_files} a browser saved beside the page {@code X.html} or {@code X.htm}. */
    static boolean isSavedPageAssets(Path dir) {
        String n = dir.getFileName().toString();
        if (!n.endsWith("_files") || n.length() == "_files".length() || !Files.isDirectory(dir)) return false;
        String page = n.substring(0, n.length() - "_files".length());
        return Files.isRegularFile(dir.resolveSibling(page + ".html")) || Files.isRegularFile(dir.resolveSibling(page + ".htm"));
    }

    private void readFile(Path file, BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
        String format = pageFormat(file);
        if (format == null) {
            CorpusReader other = delegate.apply(file);
            if (other != null) {
                try {
                    other.readWithOrigin(articles, errors);
                } catch (CorpusException e) {
                    // one unreadable file inside a folder is a bad record, not a reason to stop the walk
                    errors.accept(new ReadError(file.toString(), 0, e.getMessage(), ""));
                }
            } else {
                errors.accept(new ReadError(file.toString(), 0,
                        "unsupported file type (expected .txt, .text, .html or .htm)", ""));
            }
            return;
        }
        Article a = readPage(file, format, errors);
        if (a != null) articles.accept(a, new Origin(file.toString(), 0));
    }

    /** Reads one text page, or reports why it cannot be read and returns null. */
    private Article readPage(Path file, String format, Consumer<ReadError> errors) {
        String text = readText(file, format.equals("html"), maxFileBytes, errors);
        if (text == null) return null;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", file.toString());
        meta.put("format", format);
        return new Article(stripExtension(file), text, null, null, null, null, Map.of(), meta);
    }

    /**
     * A whole text file decoded (BOM, HTML meta charset, else strict UTF-8) with line ends turned into LF; or null
     * after reporting why not (too large, unreadable, binary, undecodable, empty or whitespace only).
     */
    static String readText(Path file, boolean html, long maxFileBytes, Consumer<ReadError> errors) {
        String source = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                errors.accept(new ReadError(source, 0, "file too large (" + size + " bytes, limit " + maxFileBytes + ")", ""));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.accept(new ReadError(source, 0, "cannot read: " + reason(e), ""));
            return null;
        }
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes, html);
        } catch (TextDecoding.DecodingException e) {
            errors.accept(new ReadError(source, e.line, e.getMessage(), ""));
            return null;
        }
        String text = TextDecoding.toLf(decoded.text());
        if (text.isBlank()) {
            errors.accept(new ReadError(source, 0, "empty file", ""));
            return null;
        }
        return text;
    }

    private static String stripExtension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
