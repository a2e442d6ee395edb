package org.stancekit.train.stance;

import org.stancekit.config.Configs;
import org.stancekit.features.framing.FramingFeatures;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a stance model reads an article: language of the framing lexicon, side masking, headline copies,
 * the weight of the framing features next to the TF-IDF block and which of them to use (all by default), an optional lexicon file, and regexes of
 * house-style boilerplate (dates, outlet signatures) removed before anything else, at training and scoring,
 * and {@code char_ngrams: [min, max]} to feed the vectorizer character n-grams of each word instead of words
 * (then set {@code features.ngram_max: 1}), and an optional {@code sentence_model} trained on evidence quotes.
 */
public record StanceText(String language, Boolean maskSides, Integer headlineCopies, Double framingWeight,
                         List<String> framingFeatures, String lexicon, List<String> stripPatterns, List<Integer> charNgrams,
                         SentenceModelConfig sentenceModel) {

    public StanceText {
        language = language == null ? "vi" : Configs.oneOf("text.language", language, List.of("vi", "en"));
        maskSides = maskSides == null || maskSides;
        headlineCopies = headlineCopies == null ? 0 : headlineCopies;
        framingWeight = framingWeight == null ? 0.3 : framingWeight;
        stripPatterns = stripPatterns == null ? List.of() : List.copyOf(stripPatterns);
        charNgrams = charNgrams == null ? List.of() : List.copyOf(charNgrams);
        if (!charNgrams.isEmpty() && (charNgrams.size() != 2 || charNgrams.get(0) < 1 || charNgrams.get(1) < charNgrams.get(0) || charNgrams.get(1) > 8)) {
            throw Configs.invalid("text.char_ngrams", charNgrams, "[min, max] with 1 <= min <= max <= 8 (absent: word tokens)");
        }
        if (sentenceModel != null && !charNgrams.isEmpty()) throw Configs.invalid("text.sentence_model", "set", "word tokens (no char_ngrams)");
        if (!charNgrams.isEmpty() && (maskSides || headlineCopies > 0)) {
            throw Configs.invalid("text.char_ngrams", charNgrams, "character n-grams only with text.mask_sides: false and"
                    + " text.headline_copies: 0 (words are split at white space, so masked and h:-prefixed tokens would be cut up)");
        }
        List<String> known = FramingFeatures.names();
        framingFeatures = framingFeatures == null ? known : List.copyOf(framingFeatures);
        if (framingFeatures.isEmpty()) throw Configs.invalid("text.framing_features", "[]", "at least one feature name (set text.framing_weight: 0 for none)");
        for (String f : framingFeatures) {
            if (!known.contains(f)) throw Configs.invalid("text.framing_features", f, "framing feature names: " + String.join(", ", known));
        }
        if (headlineCopies < 0) throw Configs.invalid("text.headline_copies", headlineCopies, "an integer >= 0");
        if (!(framingWeight >= 0)) throw Configs.invalid("text.framing_weight", framingWeight, "a number >= 0");
        for (String p : stripPatterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw Configs.invalid("text.strip_patterns", p, "valid Java regexes (" + e.getDescription() + ")");
            }
        }
    }
}
