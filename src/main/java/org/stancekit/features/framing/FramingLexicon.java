package org.stancekit.features.framing;

import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists behind the framing features: actors and news agencies of each side, speech verbs,
 * accusation and denial verbs, evaluative words, attribution markers, and (optional) narrative phrases typical
 * of each side's own media. Loaded from YAML so researchers
 * can edit them; {@link #builtin()} is the hand-written Vietnamese list shipped in the jar.
 */
public record FramingLexicon(List<String> russiaActors, List<String> russiaAgencies, List<String> westActors,
                             List<String> westAgencies, List<String> speechVerbs, List<String> accuseVerbs,
                             List<String> denyVerbs, List<String> evaluative, List<String> attributionMarkers,
                             List<String> russiaNarrative, List<String> westNarrative) {

    /** Resource path of the built-in Vietnamese lexicon. */
    public static final String BUILTIN = "/org/stancekit/features/framing/lexicon-vi.yaml";

    public FramingLexicon {
        russiaActors = required("russia_actors", russiaActors);
        russiaAgencies = required("russia_agencies", russiaAgencies);
        westActors = required("west_actors", westActors);
        westAgencies = required("west_agencies", westAgencies);
        speechVerbs = required("speech_verbs", speechVerbs);
        accuseVerbs = required("accuse_verbs", accuseVerbs);
        denyVerbs = required("deny_verbs", denyVerbs);
        evaluative = required("evaluative", evaluative);
        attributionMarkers = required("attribution_markers", attributionMarkers);
        russiaNarrative = optional("russia_narrative", russiaNarrative);
        westNarrative = optional("west_narrative", westNarrative);
    }

    private static List<String> optional(String key, List<String> v) {
        if (v == null) return List.of();
        for (String s : v) {
            if (s == null || s.isBlank()) throw Configs.invalid(key, s, "non-blank phrases");
        }
        return List.copyOf(v);
    }

    private static List<String> required(String key, List<String> v) {
        if (v == null || v.isEmpty()) throw Configs.invalid(key, v, "a non-empty list of phrases");
        for (String s : v) {
            if (s == null || s.isBlank()) throw Configs.invalid(key, s, "non-blank phrases");
        }
        return List.copyOf(v);
    }

    /** Resource path of the built-in English lexicon (Russia–Ukraine war coverage). */
    public static final String BUILTIN_EN = "/org/stancekit/features/framing/lexicon-en.yaml";

    /** The built-in Vietnamese lexicon. */
    public static FramingLexicon builtin() {
        return resource(BUILTIN);
    }

    /** The built-in lexicon for a language: {@code vi} or {@code en}. */
    public static FramingLexicon builtin(String language) {
        return switch (language) {
            case "vi" -> resource(BUILTIN);
            case "en" -> resource(BUILTIN_EN);
            default -> throw Configs.invalid("language", language, "vi, en");
        };
    }

    private static FramingLexicon resource(String name) {
        try (InputStream in = FramingLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new ConfigException(name + ": resource missing from the jar");
            return Configs.bind(Configs.YAML.readTree(in), FramingLexicon.class, name);
        } catch (IOException e) {
            throw new ConfigException(name + ": " + e.getMessage());
        }
    }

    /** Loads a lexicon from a YAML file with the same keys as the built-in one. */
    public static FramingLexicon load(Path file) {
        return Configs.bind(Configs.readTree(file), FramingLexicon.class, file.toString());
    }

    /** Phrase groups for the side matcher: actors and agencies of each side. */
    Map<String, List<String>> sidePhrases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(Category.RU_ACTOR, russiaActors);
        m.put(Category.RU_AGENCY, russiaAgencies);
        m.put(Category.WE_ACTOR, westActors);
        m.put(Category.WE_AGENCY, westAgencies);
        return m;
    }

    /** Phrase groups for the verb matcher: plain speech, accusation, denial. */
    Map<String, List<String>> verbPhrases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(Category.ACCUSE, accuseVerbs);
        m.put(Category.DENY, denyVerbs);
        m.put(Category.SPEECH, speechVerbs);
        return m;
    }

    /** Category names used by the matcher. */
    static final class Category {
        static final String RU_ACTOR = "ru_actor", RU_AGENCY = "ru_agency", WE_ACTOR = "we_actor",
                WE_AGENCY = "we_agency", SPEECH = "speech", ACCUSE = "accuse", DENY = "deny", EVAL = "eval",
                ATTRIB = "attrib";

        private Category() {
        }
    }
}
