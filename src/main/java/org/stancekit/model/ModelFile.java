package org.stancekit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.text.TextPipeline;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The model file: one zip holding {@code manifest.json} (format, provenance, metrics), {@code pipeline.json},
 * {@code vectorizer.json} with {@code vocabulary.tsv}, {@code weights.bin}, {@code extension.json} when the
 * classifier has a {@link FeatureExtension} and {@code neural.bin} when it has a {@link NeuralModel} (format
 * version 2; models without one are written as version 1, which older readers load). Entries are written in a fixed
 * order with fixed timestamps so the same model gives the same bytes.
 */
public final class ModelFile {

    /** The format name every stancekit model declares. */
    public static final String FORMAT = "stancekit-model";
    /** The newest format version this code reads; written for models with a neural member. */
    public static final int FORMAT_VERSION = 2;
    /** The version written for linear-only models (readable by every stancekit). */
    public static final int LINEAR_FORMAT_VERSION = 1;
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip epoch

    private ModelFile() {
    }

    /** A loaded model: the classifier and its manifest. */
    public record Loaded(TextClassifier classifier, ObjectNode manifest, Path path) {
    }

    /** Writes the classifier and its manifest to {@code path} (atomically, via a temporary file). */
    public static void save(TextClassifier c, ObjectNode manifest, Path path) throws IOException {
        manifest.put("format", FORMAT);
        manifest.put("format_version", c.neural() == null ? LINEAR_FORMAT_VERSION : FORMAT_VERSION);
        Path abs = path.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
            zip.setLevel(9);
            put(zip, "manifest.json", Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            put(zip, "pipeline.json", Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c.pipeline().toJson()));
            FittedVectorizer v = c.vectorizer();
            ObjectNode vj = Configs.JSON.createObjectNode();
            vj.set("config", Configs.JSON.valueToTree(v.config()));
            vj.put("num_docs", v.numDocs());
            vj.put("dimension", v.dimension());
            put(zip, "vectorizer.json", Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(vj));
            put(zip, "vocabulary.tsv", vocabulary(v));
            put(zip, "weights.bin", c.model().toBytes());
            if (c.extension() != null) {
                put(zip, "extension.json", Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c.extension().toJson()));
            }
            if (c.neural() != null) put(zip, "neural.bin", c.neural().toBytes());
            if (manifest.has("metrics")) {
                put(zip, "metrics.json", Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest.get("metrics")));
            }
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] vocabulary(FittedVectorizer v) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(v.dimension() * 12);
        StringBuilder sb = new StringBuilder(64);
        for (int f = 0; f < v.dimension(); f++) {
            int df = v.documentFrequency(f);
            if (v.hashing() && df == 0) continue;
            sb.setLength(0);
            sb.append(v.hashing() ? Integer.toString(f) : v.term(f)).append('\t').append(df).append('\n');
            bos.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bos.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** Reads just the manifest of a model file, checking it is a stancekit model this version can read. */
    public static ObjectNode manifest(Path path) {
        try (ZipFile zip = open(path)) {
            return readManifest(zip, path);
        } catch (IOException e) {
            throw new ModelFormatException(path + ": cannot read model: " + e.getMessage(), e);
        }
    }

    /** Loads a model file. */
    public static Loaded load(Path path) {
        try (ZipFile zip = open(path)) {
            ObjectNode manifest = readManifest(zip, path);
            TextPipeline pipeline = TextPipeline.fromJson(json(zip, path, "pipeline.json"));
            JsonNode vj = json(zip, path, "vectorizer.json");
            VectorizerConfig vc = Configs.bind(vj.get("config"), VectorizerConfig.class, path + "!vectorizer.json");
            int numDocs = vj.get("num_docs").asInt();
            int dim = vj.get("dimension").asInt();
            FittedVectorizer vectorizer = readVectorizer(zip, path, vc, numDocs, dim);
            List<String> labels = new ArrayList<>();
            manifest.withArray("labels").forEach(l -> labels.add(l.asText()));
            LinearModel model;
            try (InputStream in = entry(zip, path, "weights.bin")) {
                model = LinearModel.fromBytes(in, labels);
            } catch (java.io.EOFException e) {
                throw new ModelFormatException(path + "!weights.bin: damaged model file: the weights end early (truncated)", e);
            }
            FeatureExtension ext = zip.getEntry("extension.json") == null ? null
                    : FeatureExtensions.fromJson(json(zip, path, "extension.json"), path + "!extension.json");
            int total = dim + (ext == null ? 0 : ext.extraDimension());
            if (model.dimension() != total) throw new ModelFormatException(path + ": weights.bin has " + model.dimension() + " features, vectorizer and extension " + total);
            NeuralModel neural = null;
            if (zip.getEntry("neural.bin") != null) {
                try (InputStream in = entry(zip, path, "neural.bin")) {
                    neural = NeuralModel.fromBytes(in);
                } catch (java.io.EOFException e) {
                    throw new ModelFormatException(path + "!neural.bin: damaged model file: the weights end early (truncated)", e);
                }
                if (neural.classes() != labels.size() || neural.maxColumn() >= dim) {
                    throw new ModelFormatException(path + ": neural.bin has " + neural.classes() + " classes and reads column " + neural.maxColumn()
                            + "; the manifest lists " + labels.size() + " labels and the vectorizer has " + dim + " columns");
                }
            }
            String task = manifest.path("task").asText("topic");
            return new Loaded(new TextClassifier(task, pipeline, vectorizer, model, ext, neural), manifest, path);
        } catch (IOException e) {
            throw new ModelFormatException(path + ": damaged model file: " + reason(e), e);
        } catch (RuntimeException e) {
            if (e instanceof ModelFormatException) throw e;
            throw new ModelFormatException(path + ": damaged model file: " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    private static FittedVectorizer readVectorizer(ZipFile zip, Path path, VectorizerConfig vc, int numDocs, int dim) throws IOException {
        boolean hashing = vc.mode().equals("hashing");
        String[] terms = hashing ? null : new String[dim];
        int[] df = new int[dim];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(entry(zip, path, "vocabulary.tsv"), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int f = 0;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) throw new ModelFormatException(path + "!vocabulary.tsv:" + (f + 1) + ": expected 'term<TAB>df'");
                int d = Integer.parseInt(line.substring(tab + 1));
                if (hashing) {
                    df[Integer.parseInt(line.substring(0, tab))] = d;
                } else {
                    if (f >= dim) throw new ModelFormatException(path + "!vocabulary.tsv: more than " + dim + " entries");
                    terms[f] = line.substring(0, tab);
                    df[f] = d;
                }
                f++;
            }
            if (!hashing && f != dim) throw new ModelFormatException(path + "!vocabulary.tsv: " + f + " entries, expected " + dim);
        }
        return FittedVectorizer.restore(vc, numDocs, terms, df);
    }

    private static ZipFile open(Path path) {
        try {
            return new ZipFile(path.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            if (Files.isDirectory(path)) throw new ModelFormatException(path + ": is a folder; give a model file (.zip)");
            throw new ModelFormatException(path + ": no such model file");
        } catch (ZipException e) {
            throw new ModelFormatException(path + ": not a stancekit model (not a zip file)");
        } catch (IOException e) {
            if (Files.isDirectory(path)) throw new ModelFormatException(path + ": is a folder; give a model file (.zip)");
            if (!Files.exists(path)) throw new ModelFormatException(path + ": no such model file");
            throw new ModelFormatException(path + ": cannot open model: " + e.getMessage(), e);
        }
    }

    private static ObjectNode readManifest(ZipFile zip, Path path) throws IOException {
        if (zip.getEntry("manifest.json") == null) {
            throw new ModelFormatException(path + ": not a stancekit model (the zip has no manifest.json)");
        }
        JsonNode m = json(zip, path, "manifest.json");
        if (!m.isObject() || !FORMAT.equals(m.path("format").asText())) {
            throw new ModelFormatException(path + ": not a stancekit model (manifest.json does not declare format '" + FORMAT + "')");
        }
        int v = m.path("format_version").asInt(-1);
        if (v < 1) throw new ModelFormatException(path + ": manifest.json has no valid format_version");
        if (v > FORMAT_VERSION) {
            throw new ModelFormatException(path + ": model format version " + v + " is newer than this stancekit reads (" + FORMAT_VERSION + "); upgrade stancekit");
        }
        return (ObjectNode) m;
    }

    private static JsonNode json(ZipFile zip, Path path, String name) throws IOException {
        try (InputStream in = entry(zip, path, name)) {
            return Configs.JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            throw new ModelFormatException(path + "!" + name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": damaged model file: not valid JSON (" + (nl >= 0 ? msg.substring(0, nl) : msg) + ")", e);
        }
    }

    private static InputStream entry(ZipFile zip, Path path, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) throw new ModelFormatException(path + ": damaged model file: missing " + name);
        return zip.getInputStream(e);
    }

    /** Map of entry name to size, for {@code inspect}. */
    public static Map<String, Long> entries(Path path) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        try (ZipFile zip = open(path)) {
            zip.stream().forEach(e -> m.put(e.getName(), e.getSize()));
        } catch (IOException e) {
            throw new ModelFormatException(path + ": cannot read model: " + e.getMessage(), e);
        }
        return m;
    }
}
