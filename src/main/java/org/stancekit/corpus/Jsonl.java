package org.stancekit.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Mapping between one JSON object (one JSONL line) and an {@link Article}. */
public final class Jsonl {

    /** Shared, thread-safe mapper configured for strict parsing of one object per line. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The article fields every record has a place for; other keys are labels or metadata. */
    static final Set<String> CORE = Set.of("id", "text", "title", "outlet", "url", "date");

    private Jsonl() {
    }

    /**
     * Builds an article from a parsed JSON object. Fields named in {@code labelFields} become labels
     * (keyed by the field name); the other non-core fields are kept as metadata.
     */
    public static Article toArticle(JsonNode node, Set<String> labelFields, String fallbackId) {
        if (!node.isObject()) throw new IllegalArgumentException("expected a JSON object, got " + node.getNodeType());
        String id = textOrNull(node.get("id"));
        if (id == null || id.isBlank()) id = fallbackId;
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) throw new IllegalArgumentException("missing field \"text\"");
        if (!textNode.isTextual()) throw new IllegalArgumentException("field \"text\" is not a string");
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (CORE.contains(k)) continue;
            if (labelFields.contains(k)) {
                String v = textOrNull(e.getValue());
                if (v != null && !v.isBlank()) labels.put(k, v);
            } else if (!e.getValue().isNull()) {
                meta.put(k, MAPPER.convertValue(e.getValue(), Object.class));
            }
        }
        return new Article(id, textNode.asText(), textOrNull(node.get("title")), textOrNull(node.get("outlet")),
                textOrNull(node.get("url")), textOrNull(node.get("date")), labels, meta);
    }

    /** The JSON object for an article: core fields, then labels, then metadata. */
    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        if (a.title() != null) o.put("title", a.title());
        if (a.outlet() != null) o.put("outlet", a.outlet());
        if (a.url() != null) o.put("url", a.url());
        if (a.date() != null) o.put("date", a.date());
        a.labels().forEach(o::put);
        a.metadata().forEach((k, v) -> o.set(k, MAPPER.valueToTree(v)));
        o.put("text", a.text());
        return o;
    }

    private static String textOrNull(JsonNode n) {
        if (n == null || n.isNull()) return null;
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
