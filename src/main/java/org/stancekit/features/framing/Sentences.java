package org.stancekit.features.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences with their region: the first non-empty line is the headline, the second the
 * lead, the rest the body; each line is cut after sentence-ending punctuation (and a closing quote) before
 * white space.
 */
public final class Sentences {

    /** One sentence and where it stands: {@link #HEAD}, {@link #LEAD} or {@link #BODY}. */
    public record Sentence(String text, String region) {
    }

    public static final String HEAD = "__head__";
    public static final String LEAD = "__lead__";
    public static final String BODY = "__body__";
    private static final Pattern END = Pattern.compile("(?<=[.!?;…])[\"”»]?\\s+");

    private Sentences() {
    }

    /** The sentences of a text in order (empty pieces dropped). */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int line = 0;
        for (String l : text.replace("\r", "").split("\n")) {
            if (l.isBlank()) continue;
            String region = line == 0 ? HEAD : line == 1 ? LEAD : BODY;
            line++;
            for (String s : END.split(l.strip())) if (!s.isBlank()) out.add(new Sentence(s.strip(), region));
        }
        return out;
    }
}
