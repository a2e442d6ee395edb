package org.stancekit.train.stance;

import org.stancekit.config.Configs;

/**
 * The {@code text.sentence_model} section of a stance config: a sentence-level model trained on the annotators'
 * evidence quotes, whose per-article summaries become features of the article model.
 *
 * @param weight        scale of the 5 x labels article features next to the L2-normalised TF-IDF block
 * @param c             inverse L2 strength of the sentence model (multinomial logistic regression, balanced classes)
 * @param framingWeight scale of each sentence's 39 framing values next to its TF-IDF vector
 * @param innerFolds    folds inside the training articles that give their article features out of fold
 * @param evidenceField the article field holding the evidence quotes (a list of strings)
 * @param minCoverage   a quote found in no sentence marks the sentence holding this share of its tokens, if any
 */
public record SentenceModelConfig(Double weight, Double c, Double framingWeight, Integer innerFolds, String evidenceField, Double minCoverage) {

    public SentenceModelConfig {
        weight = weight == null ? 0.5 : weight;
        c = c == null ? 3.0 : c;
        framingWeight = framingWeight == null ? 0.5 : framingWeight;
        innerFolds = innerFolds == null ? 5 : innerFolds;
        evidenceField = evidenceField == null ? "evidence" : evidenceField;
        minCoverage = minCoverage == null ? 0.6 : minCoverage;
        if (!(weight > 0)) throw Configs.invalid("text.sentence_model.weight", weight, "a number > 0");
        if (!(c > 0)) throw Configs.invalid("text.sentence_model.c", c, "a number > 0");
        if (!(framingWeight >= 0)) throw Configs.invalid("text.sentence_model.framing_weight", framingWeight, "a number >= 0");
        if (innerFolds < 2) throw Configs.invalid("text.sentence_model.inner_folds", innerFolds, "an integer >= 2");
        if (!(minCoverage > 0 && minCoverage <= 1)) throw Configs.invalid("text.sentence_model.min_coverage", minCoverage, "a share in (0, 1]");
    }
}
