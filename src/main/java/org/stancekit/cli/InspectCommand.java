package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;
import org.stancekit.model.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code stancekit inspect}: prints a model's manifest (provenance, config, metrics) and its entries. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a model's manifest: task, labels, data hashes, config, seed, git commit, versions, timings, metrics.")
public final class InspectCommand extends Verb implements Callable<Integer> {


    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.zip).")
    Path model;

    @Option(names = "--json", description = "Print the raw manifest.json only.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ObjectNode m = ModelFile.manifest(model);
        if (json) {
            out().println(Configs.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
            return 0;
        }
        out().printf("model:     %s%n", model);
        out().printf("format:    %s v%d%n", m.path("format").asText(), m.path("format_version").asInt());
        out().printf("task:      %s (label field '%s')%n", m.path("task").asText(), m.path("label_field").asText());
        out().printf("labels:    %s%n", m.path("labels"));
        out().printf("features:  %,d%n", m.path("num_features").asLong());
        out().printf("created:   %s from git %s, seed %d%n", m.path("created_at").asText(), m.path("git_commit").asText(), m.path("seed").asLong());
        out().printf("command:   %s%n", m.path("command").asText());
        m.path("data").forEach(d -> out().printf("data:      %-5s %s  sha256 %s  (%,d records)%n",
                d.path("role").asText(), d.path("path").asText(), d.path("sha256").asText(), d.path("records").asLong()));
        m.path("metrics").fields().forEachRemaining(e -> out().printf("metrics:   %-10s n=%,d accuracy=%.4f macro-F1=%.4f%n",
                e.getKey(), e.getValue().path("n").asLong(), e.getValue().path("accuracy").asDouble(), e.getValue().path("macro_f1").asDouble()));
        out().printf("timings:   %s%n", m.path("timings"));
        out().printf("versions:  %s%n", m.path("versions"));
        out().println("config:");
        out().print(Configs.YAML.writeValueAsString(m.path("config")).replaceFirst("^---\n", "").indent(2));
        out().println("entries:");
        for (Map.Entry<String, Long> e : ModelFile.entries(model).entrySet()) out().printf("  %-16s %,12d bytes%n", e.getKey(), e.getValue());
        ModelFile.load(model);   // a damaged pipeline, vectorizer or weights entry fails here with its one-line reason
        out().println("check:     the model loads (pipeline, vectorizer, weights and extensions)");
        return 0;
    }
}
