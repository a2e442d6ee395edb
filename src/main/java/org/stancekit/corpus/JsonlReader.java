package org.stancekit.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Streams articles from a JSONL file (plain or {@code .gz}, or {@code -} for stdin), one object per line.
 * Each line is decoded on its own, so a malformed line, broken UTF-8, a missing or empty text or an oversized
 * line costs only that line and is reported as a {@link ReadError} with its line number. A truncated or
 * corrupt gzip stream is reported once, after the records read before the damage.
 */
public final class JsonlReader implements CorpusReader {

    private final Path path;
    private final Set<String> labelFields;
    private final long maxLineBytes;

    public JsonlReader(Path path, Set<String> labelFields) {
        this(path, labelFields, InputOptions.DEFAULT_MAX_FILE_BYTES);
    }

    public JsonlReader(Path path) {
        this(path, Set.of("label"));
    }

    /** As {@link #JsonlReader(Path, Set)}; a line longer than {@code maxLineBytes} is reported, not parsed. */
    public JsonlReader(Path path, Set<String> labelFields, long maxLineBytes) {
        if (maxLineBytes <= 0) throw new IllegalArgumentException("max line size must be positive, got " + maxLineBytes);
        this.path = path;
        this.labelFields = Set.copyOf(labelFields);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadError> errors) {
        readWithOrigin((a, o) -> articles.accept(a), errors);
    }

    @Override
    public void readWithOrigin(BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
        String name = path.toString();
        String base = path.toString().equals("-") ? "stdin" : CorpusFiles.baseName(path);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = CorpusFiles.openOrFail(path)) {
            ByteLines lines = new ByteLines(in, maxLineBytes);
            while (true) {
                ByteLines.Line l;
                try {
                    l = lines.next();
                } catch (IOException e) {
                    errors.accept(new ReadError(name, lines.lineNumber() + 1,
                            "cannot read further (" + e.getMessage() + "): truncated or corrupt file; rest of file skipped", ""));
                    return;
                }
                if (l == null) return;
                long lineNo = l.number();
                if (l.tooLong()) {
                    errors.accept(new ReadError(name, lineNo, "record too large (" + l.length() + " bytes, limit " + maxLineBytes + ")", ""));
                    continue;
                }
                byte[] b = l.bytes();
                int from = lineNo == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
                String line;
                try {
                    line = utf8.decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
                } catch (CharacterCodingException e) {
                    errors.accept(new ReadError(name, lineNo, "invalid UTF-8 (malformed byte sequence)",
                            CorpusFiles.excerpt(new String(b, StandardCharsets.UTF_8))));
                    continue;
                }
                if (line.isBlank()) continue;
                try {
                    JsonNode node = Jsonl.MAPPER.readTree(line);
                    Article a = Jsonl.toArticle(node, labelFields, base + ":" + lineNo);
                    if (a.text().isBlank()) throw new IllegalArgumentException("empty text");
                    articles.accept(a, new Origin(name, lineNo));
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
            String m = jp.getOriginalMessage();
            int nl = m.indexOf('\n');
            return "malformed JSON: " + (nl >= 0 ? m.substring(0, nl) : m);
        }
        return e.getMessage();
    }
}
