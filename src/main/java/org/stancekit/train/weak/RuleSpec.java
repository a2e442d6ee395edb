package org.stancekit.train.weak;

import org.stancekit.config.Configs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One labelling function as declared in a rules YAML file. Types:
 * <ul>
 * <li>{@code lexicon}: votes {@code label} when at least {@code min_count} occurrences of {@code words}
 *     appear in {@code field} (title, lead or text); abstains otherwise.</li>
 * <li>{@code regex}: votes when {@code pattern} (Java regex) matches at least {@code min_count} times (non-overlapping
 *     matches; default 1) in {@code field}.</li>
 * <li>{@code cited_source}: votes when the article cites at least {@code min_count} news agencies of
 *     {@code side} (russia or west) and fewer than {@code max_other} of the other side.</li>
 * <li>{@code feature}: votes when every condition on the framing features holds.</li>
 * </ul>
 * Every type reads {@code name}, {@code type} and {@code label}; a key its type does not read (see {@link #READS}) is an
 * error, so that a rule never looks stricter than it is.
 */
public record RuleSpec(String name, String type, String label, String field, List<String> words, Integer minCount,
                       String pattern, String side, Integer maxOther, List<Condition> all) {

    /** Allowed rule types. */
    public static final List<String> TYPES = List.of("lexicon", "regex", "cited_source", "feature");
    /** Allowed text fields. */
    public static final List<String> FIELDS = List.of("title", "lead", "text");

    /** The keys each type reads besides {@code name}, {@code type} and {@code label}. */
    public static final Map<String, List<String>> READS = Map.of(
            "lexicon", List.of("field", "words", "min_count"),
            "regex", List.of("field", "pattern", "min_count"),
            "cited_source", List.of("side", "min_count", "max_other"),
            "feature", List.of("all"));

    public RuleSpec {
        if (name == null || name.isBlank()) throw Configs.invalid("name", name, "a non-empty rule name");
        Configs.oneOf("type", type, TYPES);
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("field", field);
        written.put("words", words);
        written.put("min_count", minCount);
        written.put("pattern", pattern);
        written.put("side", side);
        written.put("max_other", maxOther);
        written.put("all", all == null ? null : all.size() + (all.size() == 1 ? " condition" : " conditions"));
        List<String> reads = READS.get(type);
        Map.Entry<String, Object> unread = Configs.firstUnread(written, reads);
        if (unread != null) {
            throw new IllegalArgumentException("rule '" + name + "': key '" + unread.getKey() + "' (" + unread.getValue() + ") is not read by "
                    + type + " rules (they read: name, type, label, " + String.join(", ", reads) + "); remove it");
        }
        if (label == null || label.isBlank()) throw Configs.invalid("label", label, "one of the task's labels");
        field = field == null ? "text" : Configs.oneOf("field", field, FIELDS);
        minCount = minCount == null ? 1 : minCount;
        if (minCount < 1) throw Configs.invalid("min_count", minCount, "an integer >= 1");
        maxOther = maxOther == null ? Integer.MAX_VALUE : maxOther;
        words = words == null ? List.of() : List.copyOf(words);
        all = all == null ? List.of() : List.copyOf(all);
        switch (type) {
            case "lexicon" -> {
                if (words.isEmpty()) throw Configs.invalid("words", "[]", "a non-empty list for a lexicon rule");
            }
            case "regex" -> {
                if (pattern == null) throw Configs.invalid("pattern", null, "a Java regex for a regex rule");
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw Configs.invalid("pattern", pattern, "a valid Java regex (" + e.getDescription() + ")");
                }
            }
            case "cited_source" -> {
                Configs.oneOf("side", side, List.of("russia", "west"));
                if (minCount > 3) throw Configs.invalid("min_count", minCount, "1, 2 or 3 for a cited_source rule (agency counts are capped at 3)");
            }
            default -> {
                if (all.isEmpty()) throw Configs.invalid("all", "[]", "a non-empty list of conditions for a feature rule");
            }
        }
    }
}
