package org.stancekit.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML/JSON configuration into validated records. Keys are snake_case; an unknown key, a value of
 * the wrong type or a value a record's constructor rejects becomes a {@link ConfigException} naming the
 * file, the key path, the value and the allowed keys or values.
 */
public final class Configs {

    /** Mapper for YAML configs: snake_case keys, strict about unknown keys. */
    public static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    /** Mapper for the same records as JSON (inside model files). */
    public static final ObjectMapper JSON = configure(new ObjectMapper());

    /** Where a record's message names its key: "for key '...'" or "key '...'" at the start or after a space. */
    private static final Pattern NAMED_KEY = Pattern.compile("(?<!\\S)key '");

    private Configs() {
    }

    private static ObjectMapper configure(ObjectMapper m) {
        return m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /** Reads a YAML file as a tree, failing with the file name on a syntax error. */
    public static JsonNode readTree(Path file) {
        try {
            JsonNode n = YAML.readTree(Files.newBufferedReader(file));
            if (n == null || n.isMissingNode() || n.isNull()) throw new ConfigException(file + ": the file is empty");
            return n;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file");
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** Converts a tree to a config record, translating binding errors into one-line messages. */
    public static <T> T bind(JsonNode node, Class<T> type, String source) {
        try {
            return YAML.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(source + ": unknown key '" + path(e) + "' (allowed: " + allowed + "; see docs/config.md)");
        } catch (InvalidFormatException e) {
            String allowed = "";
            if (e.getTargetType() != null && e.getTargetType().isEnum()) {
                allowed = " (allowed: " + Arrays.stream(e.getTargetType().getEnumConstants())
                        .map(c -> c.toString().toLowerCase()).collect(Collectors.joining(", ")) + ")";
            } else if (e.getTargetType() != null) {
                allowed = expected(e.getTargetType());
            }
            throw new ConfigException(source + ": bad value '" + e.getValue() + "' for key '" + path(e) + "'" + allowed);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String want = e.getTargetType() == null ? "" : expected(e.getTargetType());
            if (want.isEmpty() && e.getTargetType() != null && e.getTargetType().isRecord()) want = " (allowed: a mapping of keys)";
            throw new ConfigException(source + ": bad value for key '" + path(e) + "'" + want);
        } catch (JsonMappingException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            String msg = root instanceof IllegalArgumentException || root instanceof ConfigException
                    ? root.getMessage() : firstLine(e.getOriginalMessage());
            String p = path(e);
            Matcher km = msg == null ? null : NAMED_KEY.matcher(msg);
            if (km != null && km.find() && !p.isEmpty()) { // the record named its own key: qualify it with the section instead of repeating it
                throw new ConfigException(source + ": " + msg.substring(0, km.end()) + qualify(p, msg.substring(km.end())));
            }
            throw new ConfigException(source + ": " + (p.isEmpty() ? "" : "key '" + p + "': ") + msg);
        } catch (IOException e) {
            throw new ConfigException(source + ": " + firstLine(e.getMessage()));
        }
    }

    /** Throws a validation error naming the key, the value and the allowed values. */
    public static IllegalArgumentException invalid(String key, Object value, String allowed) {
        return new IllegalArgumentException("bad value '" + value + "' for key '" + key + "' (allowed: " + allowed + ")");
    }

    /**
     * An error for a key whose value would be accepted and then have no effect: names the key, the value and why,
     * e.g. {@code key 'model.bias' (-1.0) is not used with trainer: softmax (...); remove it}.
     */
    public static IllegalArgumentException unused(String key, Object value, String why) {
        return new IllegalArgumentException("key '" + key + "' (" + value + ") " + why);
    }

    /**
     * The first of the {@code written} keys (in order) that has a value but is not among the keys {@code reads}, or
     * null: for records whose keys apply only in some modes, so a key written for another mode is reported, not ignored.
     */
    public static Map.Entry<String, Object> firstUnread(Map<String, Object> written, Collection<String> reads) {
        for (Map.Entry<String, Object> e : written.entrySet()) {
            if (e.getValue() != null && !reads.contains(e.getKey())) return e;
        }
        return null;
    }

    /** Checks that a value is one of the allowed strings. */
    public static String oneOf(String key, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) throw invalid(key, value, String.join(", ", allowed));
        return value;
    }

    /** " (allowed: ...)" for scalar types, "" for others. */
    private static String expected(Class<?> t) {
        if (t == Boolean.class || t == boolean.class) return " (allowed: true, false)";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return " (allowed: an integer)";
        if (t == Double.class || t == double.class || t == Float.class || t == float.class) return " (allowed: a number)";
        return "";
    }

    /**
     * The key a record named, prefixed with the part of the section path it does not already name: in section
     * {@code pipeline.words} the record's {@code words.min_count} becomes {@code pipeline.words.min_count}.
     */
    static String qualify(String section, String key) {
        String[] parts = section.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String tail = String.join(".", Arrays.asList(parts).subList(i, parts.length));
            if (key.startsWith(tail + ".")) return i == 0 ? key : String.join(".", Arrays.asList(parts).subList(0, i)) + "." + key;
        }
        return section + "." + key;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
