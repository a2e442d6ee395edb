package org.stancekit.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the VNTC release layout as users download it: {@code <root>/<topic>/*.txt} or
 * {@code <root>/<split>/<topic>/*.txt} (e.g. {@code Train_Full/The gioi/TG_VNE_ (119).txt}), UTF-16LE with BOM and
 * CRLF. The label is the topic folder, the outlet comes from the file name ({@code XH_NLD_T_ (8962).txt} -> NLD),
 * the id is the file name, and {@code vntc_split} metadata names the split folder when there is one.
 *
 * <p>Text is made identical to the JSONL release ({@code ../shared/data/vntc/*.jsonl.gz}): line ends become LF
 * and leading/trailing whitespace is stripped. (The release's README says it keeps CRLF; its records in fact
 * have none, and the raw files match them exactly after these two steps.)
 */
public final class VntcReader implements CorpusReader {

    /** The outlets the VNTC file names encode. */
    public static final Set<String> OUTLETS = Set.of("VNE", "NLD", "TT", "TN");

    private final Path root;
    private final String labelField;
    private final long maxFileBytes;

    /** Reads {@code root} storing the topic under {@code labelField}; larger files than the limit are reported. */
    public VntcReader(Path root, String labelField, long maxFileBytes) {
        if (labelField == null || labelField.isBlank()) throw new IllegalArgumentException("label field must not be blank");
        if (maxFileBytes <= 0) throw new IllegalArgumentException("max file size must be positive, got " + maxFileBytes);
        this.root = root;
        this.labelField = labelField;
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads {@code root} with label field {@code label} and the default 64 MB file limit. */
    public VntcReader(Path root) {
        this(root, "label", InputOptions.DEFAULT_MAX_FILE_BYTES);
    }

    /** The outlet code in a VNTC file name (second {@code _}-separated part, e.g. {@code "DS_ VNE_ (1).txt"} -> VNE), or null. */
    public static String outletOf(String fileName) {
        String[] parts = fileName.split("_");
        if (parts.length < 3) return null;
        String o = parts[1].trim().toUpperCase(Locale.ROOT);
        return OUTLETS.contains(o) ? o : null;
    }

    /** The ten VNTC topic folder names. */
    public static final Set<String> TOPICS = Set.of("Chinh tri Xa hoi", "Doi song", "Khoa hoc", "Kinh doanh", "Phap luat",
            "Suc khoe", "The gioi", "The thao", "Van hoa", "Vi tinh");

    /** Whether a folder looks like the VNTC release: a VNTC topic folder at the first or second level. */
    public static boolean looksLikeVntc(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try {
            for (Path c : children(dir)) {
                if (!Files.isDirectory(c)) continue;
                if (TOPICS.contains(c.getFileName().toString())) return true;
                for (Path g : children(c)) if (Files.isDirectory(g) && TOPICS.contains(g.getFileName().toString())) return true;
            }
        } catch (CorpusException e) {
            return false;
        }
        return false;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
        if (!Files.isDirectory(root)) throw new CorpusException(root + ": not a directory (VNTC layout is <root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt)");
        List<Path> top = children(root);
        List<Path> topDirs = top.stream().filter(Files::isDirectory).toList();
        if (topDirs.isEmpty()) throw new CorpusException(root + ": no topic folders (VNTC layout is <root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt)");
        boolean splits = topDirs.stream().allMatch(d -> children(d).stream().anyMatch(Files::isDirectory)
                && children(d).stream().noneMatch(VntcReader::isTxt));
        boolean topics = topDirs.stream().noneMatch(d -> children(d).stream().anyMatch(Files::isDirectory));
        if (!splits && !topics) {
            throw new CorpusException(root + ": mixed layout: some folders hold topic folders, others hold files "
                    + "(VNTC layout is <root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt)");
        }
        for (Path p : top) if (!Files.isDirectory(p)) unexpected(p, errors);
        for (Path d : topDirs) {
            if (splits) {
                String split = d.getFileName().toString();
                for (Path t : children(d)) {
                    if (Files.isDirectory(t)) readTopic(t, split, articles, errors);
                    else unexpected(t, errors);
                }
            } else {
                readTopic(d, null, articles, errors);
            }
        }
    }

    private void readTopic(Path dir, String split, Consumer<Article> articles, Consumer<ReadError> errors) {
        String topic = dir.getFileName().toString();
        for (Path f : children(dir)) {
            if (!isTxt(f)) {
                unexpected(f, errors);
                continue;
            }
            String text = FolderReader.readText(f, false, maxFileBytes, errors);
            if (text == null) continue;
            text = text.strip();
            String name = f.getFileName().toString();
            Map<String, Object> meta = new LinkedHashMap<>();
            if (split != null) meta.put("vntc_split", split);
            articles.accept(new Article(name, text, null, outletOf(name), null, null, Map.of(labelField, topic), meta));
        }
    }

    private static void unexpected(Path p, Consumer<ReadError> errors) {
        errors.accept(new ReadError(p.toString(), 0, Files.isDirectory(p)
                ? "unexpected folder in VNTC layout (expected <root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt)"
                : "unsupported file type in VNTC layout (expected .txt)", ""));
    }

    private static boolean isTxt(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Non-hidden entries of a folder in name order. */
    private static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = new ArrayList<>(s.filter(c -> !c.getFileName().toString().startsWith(".")).toList());
            l.sort(Comparator.comparing(c -> c.getFileName().toString()));
            return l;
        } catch (IOException e) {
            throw new CorpusException(dir + ": cannot list directory: " + FolderReader.reason(e), e);
        }
    }
}
