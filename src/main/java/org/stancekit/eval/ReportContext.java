package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report needs to be reproducible: a title, the exact command line, every seed used, the SHA-256 of
 * each data file, the model file's SHA-256 and its manifest (null when predictions came from a file).
 */
public record ReportContext(String title, String command, Map<String, Long> seeds, Map<String, String> dataHashes,
                            String modelHash, JsonNode modelManifest, String createdAt) {

    public ReportContext {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a report needs a title");
        if (command == null || command.isBlank()) throw new IllegalArgumentException("a report needs the command that produced it");
        seeds = seeds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seeds));
        dataHashes = dataHashes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dataHashes));
    }
}
