package org.stancekit.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import org.junit.jupiter.api.Test;
import org.stancekit.cli.TuneCommand;
import org.stancekit.features.framing.FramingLexicon;
import org.stancekit.train.TrainConfig;
import org.stancekit.train.stance.StanceConfig;
import org.stancekit.train.weak.RuleSet;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps docs/config.md in step with the config records: every key Configs binds (found by walking the record
 * components, cross-checked against the keys Jackson itself accepts) has a table row, every row names a key
 * that exists, each section's minimal example binds, and every literal default in the tables is the default
 * the records really take.
 */
class ConfigReferenceTest {

    private static final Path DOC = Path.of("docs", "config.md");
    /** Every kind of user-written YAML file; each must have a section in the reference. */
    private static final List<Class<?>> ROOTS = List.of(TrainConfig.class, StanceConfig.class, RuleSet.class, FramingLexicon.class);
    private static final Pattern MARKER = Pattern.compile("^<!-- keys: ([\\w.$]+) -->\\s*$");
    private static final Pattern LITERAL = Pattern.compile("^`([^`]*)`$");
    private static final PropertyNamingStrategies.NamingBase NAMING =
            (PropertyNamingStrategies.NamingBase) Configs.YAML.getDeserializationConfig().getPropertyNamingStrategy();

    /** One table row: the key path in its first cell, the default cell, and the doc line. */
    record Row(String key, String defaultCell, int line) {
    }

    /** The part of the doc after a keys marker: its minimal YAML example and its rows by key. */
    record Section(Class<?> root, String example, Map<String, Row> rows) {
    }

    @Test
    void everyBindableKeyIsDocumentedAndEveryDocumentedKeyExists() throws Exception {
        List<String> problems = problems(parse(Files.readAllLines(DOC)));
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }

    /** What is wrong between the doc's sections and the records: missing sections, undocumented keys, stale rows. */
    static List<String> problems(Map<Class<?>, Section> sections) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> root : ROOTS) {
            Section s = sections.get(root);
            if (s == null) {
                problems.add(DOC + " has no section for " + root.getName() + " (a line '<!-- keys: " + root.getName() + " -->' before its tables)");
                continue;
            }
            Set<String> bindable = keys(root);
            for (String k : bindable) {
                if (!s.rows().containsKey(k)) {
                    problems.add(DOC + " does not document key '" + k + "' of " + root.getSimpleName() + " (add a table row starting with | `" + k + "` |)");
                }
            }
            for (Row r : s.rows().values()) {
                if (!bindable.contains(r.key())) {
                    problems.add(DOC + ":" + r.line() + " documents key '" + r.key() + "', which " + root.getSimpleName() + " does not have");
                }
            }
        }
        return problems;
    }

    @Test
    void minimalExamplesBindAndLiteralDefaultsAreTheRealDefaults() throws Exception {
        Map<Class<?>, Section> sections = parse(Files.readAllLines(DOC));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> root : ROOTS) {
            Section s = sections.get(root);
            if (s == null || s.example() == null) {
                problems.add(DOC + ": the section of " + root.getSimpleName() + " has no ```yaml minimal example");
                continue;
            }
            Object config = Configs.bind(Configs.YAML.readTree(s.example()), root, DOC + " minimal example of " + root.getSimpleName());
            for (Row r : s.rows().values()) {
                Matcher m = LITERAL.matcher(r.defaultCell());
                if (!m.matches()) continue;
                Value v = valueAt(config, root, r.key());
                if (!v.known()) continue;
                checked++;
                if (!same(m.group(1), v.value())) {
                    problems.add(DOC + ":" + r.line() + ": key '" + r.key() + "' is documented with default " + r.defaultCell()
                            + " but " + root.getSimpleName() + " gives " + v.value());
                }
            }
        }
        if (!problems.isEmpty()) fail(String.join("\n", problems));
        assertTrue(checked > 80, "only " + checked + " literal defaults were compared; the doc's default column lost its `literal` form");
    }

    @Test
    void walkerFindsNestedListAndFreeFormKeys() throws Exception {
        Set<String> train = keys(TrainConfig.class);
        assertTrue(train.containsAll(List.of("data", "data.train", "pipeline.words.min_count", "pipeline.stopwords.max_df",
                "model.calibration_holdout", "neural.dropout", "search", "search.params", "search.max_trials")), train.toString());
        Set<String> rules = keys(RuleSet.class);
        assertTrue(rules.containsAll(List.of("class_prior", "rules", "rules[].pattern", "rules[].all", "rules[].all[].op")), rules.toString());
        Set<String> stance = keys(StanceConfig.class);
        assertTrue(stance.containsAll(List.of("text.sentence_model.min_coverage", "unlabelled.min_side_mentions",
                "weak_supervision.only_labels", "self_training.rounds", "data.outlet_labels")), stance.toString());
        // a map's keys are the user's (outlets, labels): the walk stops at the map
        assertTrue(stance.stream().noneMatch(k -> k.startsWith("data.outlet_labels.")), stance.toString());
    }

    @Test
    void aMissingRowAStaleRowAMissingSectionAndADuplicateAreReported() throws Exception {
        // a doc written from the records themselves, then damaged: one row dropped, one renamed key, one section gone
        List<String> lines = new ArrayList<>();
        for (Class<?> root : ROOTS.subList(0, 3)) {
            lines.add("<!-- keys: " + root.getName() + " -->");
            lines.add("| key | type | default | allowed | meaning |");
            for (String k : keys(root)) {
                if (root == TrainConfig.class && k.equals("pipeline.words.min_count")) continue;
                lines.add("| `" + k + "` | t | d | a | m |");
            }
        }
        lines.add("| `self_training.roundz` | integer | `1` | >= 1 | m |");
        assertEquals(List.of(
                DOC + " does not document key 'pipeline.words.min_count' of TrainConfig (add a table row starting with | `pipeline.words.min_count` |)",
                DOC + ":" + lines.size() + " documents key 'self_training.roundz', which RuleSet does not have",
                DOC + " has no section for " + FramingLexicon.class.getName() + " (a line '<!-- keys: " + FramingLexicon.class.getName() + " -->' before its tables)"),
                problems(parse(lines)));
        lines.add(lines.get(lines.size() - 1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(lines));
        assertEquals(DOC + ":" + lines.size() + ": key 'self_training.roundz' twice in the section of RuleSet", e.getMessage());
    }

    // ---- the doc

    /** Sections by root class; rows belong to the last keys marker above them. */
    static Map<Class<?>, Section> parse(List<String> lines) throws ClassNotFoundException {
        Map<Class<?>, Section> out = new LinkedHashMap<>();
        Section current = null;
        StringBuilder example = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                Class<?> root = Class.forName(m.group(1));
                current = new Section(root, null, new LinkedHashMap<>());
                if (out.put(root, current) != null) throw new IllegalStateException(DOC + ":" + (i + 1) + ": a second section for " + root.getName());
                continue;
            }
            if (current == null) continue;
            if (example != null) {
                if (line.startsWith("```")) {
                    current = new Section(current.root(), example.toString(), current.rows());
                    out.put(current.root(), current);
                    example = null;
                } else {
                    example.append(line).append('\n');
                }
            } else if (line.equals("```yaml") && current.example() == null) {
                example = new StringBuilder();
            } else if (line.startsWith("| `")) {
                String[] cells = line.substring(1).split("\\|");
                String key = cells[0].strip();
                if (!key.startsWith("`") || !key.endsWith("`") || cells.length < 5) {
                    throw new IllegalStateException(DOC + ":" + (i + 1) + ": a key row needs | `key` | type | default | allowed | meaning |");
                }
                key = key.substring(1, key.length() - 1);
                Row r = new Row(key, cells[2].strip(), i + 1);
                if (current.rows().put(key, r) != null) {
                    throw new IllegalStateException(DOC + ":" + (i + 1) + ": key '" + key + "' twice in the section of " + current.root().getSimpleName());
                }
            }
        }
        return out;
    }

    // ---- the records

    /** Every dotted key path a user can write for a root config record. */
    static Set<String> keys(Class<?> root) throws Exception {
        Set<String> out = new TreeSet<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(Class<?> type, String prefix, Set<String> out) throws Exception {
        assertTrue(type.isRecord(), type + " is bound from YAML but is not a record; teach ConfigReferenceTest how its keys are read");
        RecordComponent[] comps = type.getRecordComponents();
        Set<String> fromRecord = Arrays.stream(comps).map(c -> NAMING.translate(c.getName())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fromRecord, acceptedKeys(type), type.getName() + ": the keys Configs accepts differ from the snake_case record components");
        for (RecordComponent c : comps) {
            String key = NAMING.translate(c.getName());
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            out.add(path);
            Class<?> raw = raw(c.getGenericType());
            if (raw.isRecord()) {
                walk(raw, path, out);
            } else if (Collection.class.isAssignableFrom(raw)) {
                Class<?> element = raw(((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]);
                if (element.isRecord()) walk(element, path + "[]", out);
            } else if (JsonNode.class.isAssignableFrom(raw)) {
                for (String k : freeFormKeys(type, key)) out.add(path + "." + k);
            }
        }
    }

    /**
     * The keys Jackson accepts for a type: the known property names of the deserializer Configs uses, the same
     * list its unknown-key error shows as "allowed".
     */
    private static Set<String> acceptedKeys(Class<?> type) throws IOException {
        DefaultDeserializationContext ctx = ((DefaultDeserializationContext) Configs.YAML.getDeserializationContext())
                .createInstance(Configs.YAML.getDeserializationConfig(), null, null);
        JsonDeserializer<Object> d = ctx.findRootValueDeserializer(Configs.YAML.constructType(type));
        assertTrue(d instanceof BeanDeserializerBase, type + " is not bound as a bean but by " + d.getClass().getName());
        return ((BeanDeserializerBase) d).getKnownPropertyNames().stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys of a section bound as a raw tree and read by hand: where each one's allowed keys are defined. */
    @SuppressWarnings("unchecked")
    private static Set<String> freeFormKeys(Class<?> owner, String key) throws ReflectiveOperationException {
        if (owner == TrainConfig.class && key.equals("search")) {
            Field f = TuneCommand.class.getDeclaredField("SEARCH_KEYS");
            f.setAccessible(true);
            return (Set<String>) f.get(null);
        }
        throw new AssertionError(owner.getName() + "." + key + " is a free-form tree: tell ConfigReferenceTest where its keys are checked");
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new AssertionError("unexpected component type " + t);
    }

    // ---- defaults

    /** A value found at a key path, or unknown (behind a list with no items, a free-form tree or a section that cannot be built empty). */
    record Value(boolean known, Object value) {
        static final Value UNKNOWN = new Value(false, null);
    }

    private static Value valueAt(Object config, Class<?> type, String path) throws ReflectiveOperationException {
        Object obj = config;
        Class<?> cls = type;
        for (String seg : path.split("\\.")) {
            boolean list = seg.endsWith("[]");
            String name = list ? seg.substring(0, seg.length() - 2) : seg;
            if (obj == null || !cls.isRecord()) return Value.UNKNOWN; // inside a free-form tree or an absent leaf
            RecordComponent comp = null;
            for (RecordComponent c : cls.getRecordComponents()) if (NAMING.translate(c.getName()).equals(name)) comp = c;
            if (comp == null) return Value.UNKNOWN; // not a key: the other test reports it
            Object v = comp.getAccessor().invoke(obj);
            Class<?> raw = raw(comp.getGenericType());
            if (list) {
                if (!(v instanceof List<?> l) || l.isEmpty()) return Value.UNKNOWN;
                v = l.get(0);
                raw = v.getClass();
            } else if (v == null && raw.isRecord()) {
                try { // an absent optional section: the defaults it takes when written as {}
                    v = Configs.bind(Configs.YAML.createObjectNode(), raw, "{}");
                } catch (ConfigException | IllegalArgumentException e) {
                    return Value.UNKNOWN;
                }
            }
            if (v instanceof JsonNode || JsonNode.class.isAssignableFrom(raw)) return Value.UNKNOWN;
            obj = v;
            cls = raw;
        }
        return new Value(true, obj);
    }

    private static boolean same(String documented, Object actual) {
        if (actual instanceof Number n) {
            try {
                return Double.parseDouble(documented) == n.doubleValue();
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return documented.equals(String.valueOf(actual));
    }
}
