package org.stancekit.train.stance;

import java.util.List;

/**
 * An article as the stance trainer uses it, computed once and reused across folds: its id, gold label index
 * (-1 when unlabelled), the tokens the TF-IDF vectorizer sees, the weighted framing values and the rule votes
 * (empty without weak supervision).
 */
public record Prepared(String id, int gold, List<String> tokens, double[] framing, int[] votes) {
}
