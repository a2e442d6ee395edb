package org.stancekit.features.framing;

/**
 * Headline, lead and full text of an article in the layout the framing features assume: the first
 * non-empty line is the headline, the next non-empty line the lead.
 */
public record ArticleParts(String title, String lead, String text) {

    public ArticleParts {
        if (title == null || lead == null || text == null) throw new IllegalArgumentException("article parts must not be null");
    }

    /** Splits an NFC-normalised copy of the text into its parts. */
    public static ArticleParts of(String rawText) {
        String text = Token.nfc(rawText);
        String title = "", lead = "";
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (title.isEmpty()) title = l;
            else {
                lead = l;
                break;
            }
        }
        return new ArticleParts(title, lead, text);
    }

    /** The named part: {@code title}, {@code lead} or {@code text}. */
    public String get(String field) {
        return switch (field) {
            case "title" -> title;
            case "lead" -> lead;
            case "text" -> text;
            default -> throw new IllegalArgumentException("unknown article part '" + field + "' (allowed: title, lead, text)");
        };
    }
}
