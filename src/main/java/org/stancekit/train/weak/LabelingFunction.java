package org.stancekit.train.weak;

import org.stancekit.features.framing.ArticleParts;
import org.stancekit.features.framing.FramingAnalysis;
import org.stancekit.features.framing.PhraseMatcher;
import org.stancekit.features.framing.Token;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compiled labelling function: looks at an article's parts and framing features and votes for one label
 * index or abstains ({@link #ABSTAIN}). Immutable and thread-safe.
 */
public final class LabelingFunction {

    /** The vote meaning "no opinion". */
    public static final int ABSTAIN = -1;

    private final RuleSpec spec;
    private final int label;
    private final PhraseMatcher words;
    private final Pattern pattern;

    /** Compiles a rule against the label list of its rule set. */
    public LabelingFunction(RuleSpec spec, List<String> labels) {
        this.spec = spec;
        this.label = labels.indexOf(spec.label());
        if (label < 0) throw new IllegalArgumentException("rule " + spec.name() + ": label '" + spec.label() + "' not in " + labels);
        this.words = spec.type().equals("lexicon") ? new PhraseMatcher(Map.of("w", spec.words())) : null;
        this.pattern = spec.type().equals("regex") ? Pattern.compile(spec.pattern()) : null;
    }

    public String name() {
        return spec.name();
    }

    public RuleSpec spec() {
        return spec;
    }

    /** The label index this function votes for when it fires. */
    public int label() {
        return label;
    }

    /** The vote on one article. */
    public int vote(ArticleParts parts, FramingAnalysis framing) {
        return fires(parts, framing) ? label : ABSTAIN;
    }

    private boolean fires(ArticleParts parts, FramingAnalysis f) {
        return switch (spec.type()) {
            case "lexicon" -> words.find(Token.tokenize(parts.get(spec.field()))).size() >= spec.minCount();
            case "regex" -> {
                var m = pattern.matcher(parts.get(spec.field()));
                int c = 0;
                while (m.find() && c < spec.minCount()) c++;
                yield c >= spec.minCount();
            }
            case "cited_source" -> {
                String mine = spec.side().equals("russia") ? "agency_ru" : "agency_we";
                String other = spec.side().equals("russia") ? "agency_we" : "agency_ru";
                // agency_* features are counts capped at 3 and divided by 3
                long own = Math.round(f.get(mine) * 3), oth = Math.round(f.get(other) * 3);
                yield own >= spec.minCount() && oth < spec.maxOther();
            }
            default -> spec.all().stream().allMatch(c -> c.test(f.get(c.feature())));
        };
    }
}
