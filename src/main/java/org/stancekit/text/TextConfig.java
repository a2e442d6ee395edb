package org.stancekit.text;

import org.stancekit.config.Configs;

import java.util.List;

/**
 * Options of the text pipeline, saved inside every model so scoring tokenises exactly as training did.
 * Bound from the {@code text:} section of a YAML config (snake_case keys); every value is checked here.
 *
 * @param language        {@code vi} (Vietnamese rules) or {@code en} (English headlines)
 * @param lowercase       lowercase every token
 * @param normalize       NFC, look-alike and legacy characters, spaces, quotes, dashes, line ends; for
 *                        {@code vi} also tone-mark placement per {@code tone_style}
 * @param toneStyle       {@code old} (hòa, khỏe, thủy), {@code new} (hoà, khoẻ, thuỷ) or {@code keep}
 *                        (leave tone marks where the text has them); used when {@code normalize} is on
 * @param keepPunctuation emit punctuation tokens (they always break multi-syllable words)
 * @param maskNumbers     replace numbers (not dates) by {@code <num>}
 * @param maskDates       replace dates such as 19/12, 23/11/2024 or 12/2021 by {@code <date>}
 * @param maskUrls        replace URLs, domain names and e-mail addresses by {@code <url>}
 * @param words           multi-syllable word learning and segmentation
 * @param stopwords       document-frequency stopwords
 * @param stem            {@code none} or {@code light} (English only: possessive 's and plural -s)
 */
public record TextConfig(String language, Boolean lowercase, Boolean normalize, String toneStyle,
                         Boolean keepPunctuation, Boolean maskNumbers, Boolean maskDates, Boolean maskUrls,
                         Words words, Stopwords stopwords, String stem) {

    public static final List<String> LANGUAGES = List.of("vi", "en");
    public static final List<String> TONE_STYLES = List.of("old", "new", "keep");
    public static final List<String> STEMS = List.of("none", "light");

    public TextConfig {
        language = language == null ? "vi" : Configs.oneOf("language", language, LANGUAGES);
        lowercase = lowercase == null || lowercase;
        normalize = normalize == null || normalize;
        toneStyle = toneStyle == null ? "old" : Configs.oneOf("tone_style", toneStyle, TONE_STYLES);
        keepPunctuation = keepPunctuation != null && keepPunctuation;
        maskNumbers = maskNumbers != null && maskNumbers;
        maskDates = maskDates != null && maskDates;
        maskUrls = maskUrls != null && maskUrls;
        words = words == null ? Words.defaults() : words;
        stopwords = stopwords == null ? Stopwords.defaults() : stopwords;
        stem = stem == null ? "none" : Configs.oneOf("stem", stem, STEMS);
        if (stem.equals("light") && language.equals("vi")) {
            throw Configs.invalid("stem", stem, "none when language is vi; light is for en");
        }
    }

    /** The first three options; everything else at its default. */
    public TextConfig(String language, Boolean lowercase, Boolean normalize) {
        this(language, lowercase, normalize, null, null, null, null, null, null, null, null);
    }

    /** The defaults: Vietnamese, lowercase, normalised (old tone style), learned words, no stopword removal. */
    public static TextConfig defaults() {
        return new TextConfig(null, null, null);
    }

    /** Whether Vietnamese tone marks are moved to the configured style. */
    public boolean placesTones() {
        return normalize && language.equals("vi") && !toneStyle.equals("keep");
    }

    /** A copy with other word options. */
    public TextConfig withWords(Words w) {
        return new TextConfig(language, lowercase, normalize, toneStyle, keepPunctuation, maskNumbers, maskDates,
                maskUrls, w, stopwords, stem);
    }

    /** A copy with other stopword options. */
    public TextConfig withStopwords(Stopwords s) {
        return new TextConfig(language, lowercase, normalize, toneStyle, keepPunctuation, maskNumbers, maskDates,
                maskUrls, words, s, stem);
    }

    /**
     * A copy whose dictionary path, if relative, is resolved against the folder of the config file it
     * was read from (so configs stay portable); unchanged when there is no dictionary or no file.
     */
    public TextConfig resolvePaths(java.nio.file.Path configFile) {
        if (words.dictionary() == null || configFile == null) return this;
        java.nio.file.Path d = java.nio.file.Path.of(words.dictionary());
        if (d.isAbsolute()) return this;
        java.nio.file.Path dir = configFile.toAbsolutePath().getParent();
        String resolved = (dir == null ? d : dir.resolve(d)).normalize().toString();
        return withWords(new Words(words.learn(), words.minCount(), words.threshold(), words.longThreshold(),
                words.maxSyllables(), words.mode(), resolved));
    }

    /** A copy with normalisation switched on or off. */
    public TextConfig withNormalize(boolean on) {
        return new TextConfig(language, lowercase, on, toneStyle, keepPunctuation, maskNumbers, maskDates,
                maskUrls, words, stopwords, stem);
    }

    /**
     * Multi-syllable words: learned from the training corpus by collocation statistics (normalised PMI
     * with a frequency floor, merged pass by pass as word2phrase does) and/or read from a dictionary.
     *
     * @param learn         learn words from the training texts
     * @param minCount      a syllable pair must occur at least this often to be joined
     * @param threshold     minimum normalised PMI, in (-1, 1], for two syllables to be joined
     * @param longThreshold minimum normalised PMI for joining when one side is already a multi-syllable
     *                      word (stricter, so phrases such as "sẽ tiếp_tục" stay apart)
     * @param maxSyllables  longest word, in syllables (2..8)
     * @param mode          {@code replace}: a word's syllables become one token "tổng_thống"; {@code add}: the
     *                      syllables stay and the joined word follows them ("tổng thống tổng_thống"), so a
     *                      classifier sees both
     * @param dictionary    optional UTF-8 file, one word per line (syllables separated by spaces or '_');
     *                      its words are merged with the learned ones and saved in the model
     */
    public record Words(Boolean learn, Integer minCount, Double threshold, Double longThreshold, Integer maxSyllables,
                        String mode, String dictionary) {

        public static final List<String> MODES = List.of("replace", "add");

        public Words {
            mode = mode == null ? "replace" : Configs.oneOf("words.mode", mode, MODES);
            learn = learn == null || learn;
            minCount = minCount == null ? 20 : minCount;
            threshold = threshold == null ? 0.35 : threshold;
            longThreshold = longThreshold == null ? 0.6 : longThreshold;
            maxSyllables = maxSyllables == null ? 4 : maxSyllables;
            if (minCount < 1) throw Configs.invalid("words.min_count", minCount, "an integer >= 1");
            if (!(threshold > -1 && threshold <= 1)) throw Configs.invalid("words.threshold", threshold, "a number in (-1, 1]");
            if (!(longThreshold > -1 && longThreshold <= 1)) {
                throw Configs.invalid("words.long_threshold", longThreshold, "a number in (-1, 1]");
            }
            if (maxSyllables < 2 || maxSyllables > 8) throw Configs.invalid("words.max_syllables", maxSyllables, "2..8");
        }

        /** Learning on with the default floor and threshold, no dictionary. */
        public static Words defaults() {
            return new Words(null, null, null, null, null, null, null);
        }

        /** No multi-syllable words at all. */
        public static Words none() {
            return new Words(false, null, null, null, null, null, null);
        }

        /** A copy with another output mode. */
        public Words withMode(String m) {
            return new Words(learn, minCount, threshold, longThreshold, maxSyllables, m, dictionary);
        }

        /** Whether joined words are added after their syllables rather than replacing them. */
        public boolean adds() {
            return mode.equals("add");
        }

        /** Whether any multi-syllable word source is configured. */
        public boolean enabled() {
            return learn || dictionary != null;
        }
    }

    /**
     * Stopwords learned from the corpus: the tokens found in the largest share of training documents.
     *
     * @param remove   drop stopwords from the token stream
     * @param maxDf    a token in at least this share of documents is a stopword (0..1]
     * @param maxCount at most this many stopwords (the most frequent by document frequency)
     */
    public record Stopwords(Boolean remove, Double maxDf, Integer maxCount) {
        public Stopwords {
            remove = remove != null && remove;
            maxDf = maxDf == null ? 0.3 : maxDf;
            maxCount = maxCount == null ? 200 : maxCount;
            if (!(maxDf > 0 && maxDf <= 1)) throw Configs.invalid("stopwords.max_df", maxDf, "a number in (0, 1]");
            if (maxCount < 0) throw Configs.invalid("stopwords.max_count", maxCount, "an integer >= 0");
        }

        /** Stopwords are learned (saved in the model) but not removed. */
        public static Stopwords defaults() {
            return new Stopwords(null, null, null);
        }

        /** Learned and removed. */
        public static Stopwords removing() {
            return new Stopwords(true, null, null);
        }
    }
}
