package org.stancekit.clean;

/**
 * Limits and switches for the {@link Cleaner}.
 *
 * @param maxInputChars pages longer than this are cut to this many characters before parsing (best effort,
 *                      with a warning), so one 50 MB file cannot stall a batch
 * @param usePhraseList whether the bundled list of known boilerplate phrases complements the generic method
 */
public record CleanerConfig(int maxInputChars, boolean usePhraseList) {

    /** 4 million characters (a few MB of HTML), phrase list on. */
    public static final CleanerConfig DEFAULTS = new CleanerConfig(4_000_000, true);

    public CleanerConfig {
        if (maxInputChars < 1_000) {
            throw new IllegalArgumentException("max_input_chars must be at least 1000, got " + maxInputChars);
        }
    }
}
