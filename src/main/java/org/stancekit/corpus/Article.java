package org.stancekit.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of input: a news article with its text, optional metadata and labels per task.
 * Immutable; the {@code with*} methods return modified copies.
 */
public record Article(String id, String text, String title, String outlet, String url, String date,
                      Map<String, String> labels, Map<String, Object> metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** An article with only an id and a text. */
    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null, Map.of(), Map.of());
    }

    /** The label for a task (e.g. {@code "label"}), or null when unlabelled. */
    public String label(String task) {
        return labels.get(task);
    }

    public Article withText(String newText) {
        return new Article(id, newText, title, outlet, url, date, labels, metadata);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, text, newTitle, outlet, url, date, labels, metadata);
    }

    public Article withLabel(String task, String label) {
        Map<String, String> m = new LinkedHashMap<>(labels);
        if (label == null) m.remove(task); else m.put(task, label);
        return new Article(id, text, title, outlet, url, date, m, metadata);
    }

    public Article withMetadata(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(metadata);
        if (value == null) m.remove(key); else m.put(key, value);
        return new Article(id, text, title, outlet, url, date, labels, m);
    }

    /** Title and body joined, the text most models read. */
    public String fullText() {
        return title == null || title.isBlank() ? text : title + "\n\n" + text;
    }
}
