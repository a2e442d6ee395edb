package org.stancekit.train.weak;

import org.stancekit.corpus.Article;
import org.stancekit.features.framing.ArticleParts;
import org.stancekit.features.framing.FramingAnalysis;
import org.stancekit.features.framing.FramingFeatures;

import java.util.List;

/**
 * Applies a rule set's labelling functions to articles, giving one row of votes per article. Thread-safe.
 */
public final class WeakLabeler {

    private final RuleSet rules;
    private final List<LabelingFunction> functions;
    private final FramingFeatures framing;

    public WeakLabeler(RuleSet rules, FramingFeatures framing) {
        this.rules = rules;
        this.framing = framing;
        this.functions = rules.rules().stream().map(r -> new LabelingFunction(r, rules.labels())).toList();
    }

    public RuleSet rules() {
        return rules;
    }

    public List<LabelingFunction> functions() {
        return functions;
    }

    /** Votes of every rule on one article (label index or {@link LabelingFunction#ABSTAIN}). */
    public int[] votes(Article a) {
        String text = a.fullText();
        return votes(ArticleParts.of(text), framing.analyse(text));
    }

    /** Votes of every rule given already computed parts and framing features. */
    public int[] votes(ArticleParts parts, FramingAnalysis f) {
        int[] row = new int[functions.size()];
        for (int j = 0; j < row.length; j++) row[j] = functions.get(j).vote(parts, f);
        return row;
    }

    /** Vote matrix for a list of articles. */
    public int[][] votes(List<Article> articles) {
        int[][] m = new int[articles.size()][];
        for (int i = 0; i < m.length; i++) m[i] = votes(articles.get(i));
        return m;
    }
}
