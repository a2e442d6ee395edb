package org.stancekit.text;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Options of the text pipeline, saved inside every model so scoring tokenises exactly as training did.
 *
 * @param language  {@code vi} or {@code en}
 * @param lowercase lowercase every token
 * @param normalize Unicode NFC (and, in later versions, the Vietnamese normalisation rules)
 */
public record TextConfig(String language, Boolean lowercase, Boolean normalize) {

    public static final List<String> LANGUAGES = List.of("vi", "en");

    public TextConfig {
        language = language == null ? "vi" : Configs.oneOf("language", language, LANGUAGES);
        lowercase = lowercase == null || lowercase;
        normalize = normalize == null || normalize;
    }

    /** The defaults: Vietnamese, lowercase, normalised. */
    public static TextConfig defaults() {
        return new TextConfig(null, null, null);
    }
}
