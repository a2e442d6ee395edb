package org.stancekit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.Configs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to tokens: normalisation then tokenisation, with whatever it learned from the training corpus.
 * Immutable and thread-safe; saved in the model as JSON so training and scoring never drift apart.
 */
public final class TextPipeline {

    private final TextConfig config;

    private TextPipeline(TextConfig config) {
        this.config = config;
    }

    /** Fits the pipeline's learned parts (none yet beyond the config) on training texts. */
    public static TextPipeline fit(TextConfig config, Iterable<String> texts) {
        return new TextPipeline(config);
    }

    public TextConfig config() {
        return config;
    }

    /** Normalised tokens of a text: letter/digit runs, lowercased when configured. */
    public List<String> tokens(String text) {
        String s = config.normalize() ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
        List<String> out = new ArrayList<>(s.length() / 5 + 4);
        int i = 0, n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < n) {
                    int c = s.codePointAt(j);
                    if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) break;
                    j += Character.charCount(c);
                }
                String tok = s.substring(i, j);
                out.add(config.lowercase() ? tok.toLowerCase(java.util.Locale.ROOT) : tok);
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** JSON form saved in models. */
    public JsonNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.set("config", Configs.JSON.valueToTree(config));
        return o;
    }

    /** Restores a pipeline saved by {@link #toJson()}. */
    public static TextPipeline fromJson(JsonNode node) {
        return new TextPipeline(Configs.bind(node.get("config"), TextConfig.class, "pipeline.json"));
    }
}
