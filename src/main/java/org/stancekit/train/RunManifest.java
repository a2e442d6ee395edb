package org.stancekit.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.model.TextClassifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the provenance record saved as {@code manifest.json} in every model: what was trained, on which
 * data (SHA-256), with which config and seed, from which git commit and library versions, how long it took.
 */
public final class RunManifest {

    private RunManifest() {
    }

    /** A data file used in the run. */
    public record DataFile(String role, String path, String sha256, long records, long skipped) {
    }

    public static ObjectNode build(TextClassifier c, TrainConfig cfg, long seed, List<DataFile> data,
                                   Map<String, Double> timings, String command) {
        ObjectNode m = Configs.JSON.createObjectNode();
        m.put("format", org.stancekit.model.ModelFile.FORMAT);
        m.put("format_version", org.stancekit.model.ModelFile.FORMAT_VERSION);
        m.put("task", cfg.task());
        m.put("label_field", cfg.data().labelField());
        m.set("labels", Configs.JSON.valueToTree(c.labels()));
        m.put("created_at", Instant.now().toString());
        m.put("seed", seed);
        m.put("command", command);
        m.put("num_features", c.vectorizer().dimension());
        m.set("config", Configs.JSON.valueToTree(cfg.withSeed(seed).withoutSearch()));
        m.set("data", Configs.JSON.valueToTree(data));
        m.put("git_commit", gitCommit());
        ObjectNode v = m.putObject("versions");
        v.put("stancekit", version(RunManifest.class));
        v.put("java", System.getProperty("java.version"));
        v.put("liblinear", "2.44 (" + de.bwaldvogel.liblinear.Linear.getVersion() + ")");
        v.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        if (cfg.neural() != null) v.put("deeplearning4j", mavenVersion("org.deeplearning4j", "deeplearning4j-nn"));
        m.set("timings", Configs.JSON.valueToTree(timings));
        return m;
    }

    /** A bundled library's version from its Maven {@code pom.properties}, or "unknown". */
    static String mavenVersion(String group, String artifact) {
        try (java.io.InputStream in = RunManifest.class.getResourceAsStream("/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) return "unknown";
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String version(Class<?> c) {
        String v = c.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The current git commit (with "-dirty" when the work tree has changes), or "unknown" outside a checkout. */
    public static String gitCommit() {
        try {
            String head = run("git", "rev-parse", "HEAD");
            if (head.isEmpty()) return "unknown";
            String status = run("git", "status", "--porcelain", "--untracked-files=no");
            return status.isEmpty() ? head : head + "-dirty";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return "";
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
