package org.stancekit.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams articles from a JSONL file (plain or {@code .gz}, or {@code -} for stdin), one object per line.
 * Malformed lines, broken UTF-8 and missing text are reported as {@link ReadError}s with their line number.
 */
public final class JsonlReader implements CorpusReader {

    private final Path path;
    private final Set<String> labelFields;

    public JsonlReader(Path path, Set<String> labelFields) {
        this.path = path;
        this.labelFields = Set.copyOf(labelFields);
    }

    public JsonlReader(Path path) {
        this(path, Set.of("label"));
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
        String name = path.toString();
        String base = CorpusFiles.baseName(path);
        try (InputStream in = CorpusFiles.open(path);
             BufferedReader r = CorpusFiles.strictUtf8Reader(in)) {
            long lineNo = 0;
            while (true) {
                String line;
                try {
                    line = r.readLine();
                } catch (java.nio.charset.CharacterCodingException e) {
                    errors.accept(new ReadError(name, lineNo + 1, "invalid UTF-8 (" + e.getMessage() + "); rest of file skipped", ""));
                    return;
                }
                if (line == null) break;
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    JsonNode node = Jsonl.MAPPER.readTree(line);
                    articles.accept(Jsonl.toArticle(node, labelFields, base + ":" + lineNo));
                } catch (IOException | IllegalArgumentException e) {
                    errors.accept(new ReadError(name, lineNo, problem(e), CorpusFiles.excerpt(line)));
                }
            }
        } catch (IOException e) {
            throw new CorpusException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String problem(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jp) {
            return "malformed JSON: " + jp.getOriginalMessage();
        }
        return e.getMessage();
    }
}
