package org.stancekit.train.stance;

import java.util.List;

/**
 * An article as the stance trainer uses it, computed once and reused across folds: its id, gold label index
 * (-1 when unlabelled), the tokens the TF-IDF vectorizer sees, the weighted framing values, the rule votes
 * (empty without weak supervision), and with a sentence model the article's sentences and which of them are
 * evidence quotes (null when the article has no quotes, e.g. pool articles).
 */
public record Prepared(String id, int gold, List<String> tokens, double[] framing, int[] votes,
                       List<org.stancekit.features.framing.SentenceModel.Prepared> sentences, boolean[] evidence) {
}
