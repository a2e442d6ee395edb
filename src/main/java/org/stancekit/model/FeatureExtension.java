package org.stancekit.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.corpus.Article;
import org.stancekit.features.FittedVectorizer;
import org.stancekit.features.SparseVector;
import org.stancekit.text.TextPipeline;

/**
 * Optional part of a {@link TextClassifier} that changes how an article becomes a vector: it may rewrite the
 * tokens the TF-IDF vectorizer sees and append its own features after the vectorizer's. Saved in the model
 * as {@code extension.json} so scoring computes exactly the features training did (the stance models use it
 * for side masking and framing features).
 */
public interface FeatureExtension {

    /** The name under which {@link ModelFile} finds the loader, e.g. {@code framing}. */
    String kind();

    /** The full feature vector of an article: the vectorizer's features first, then the extension's. */
    SparseVector vectorize(Article a, TextPipeline pipeline, FittedVectorizer vectorizer);

    /** Number of features the extension appends after the vectorizer's. */
    int extraDimension();

    /** Readable name of appended feature {@code i} (0-based among the extension's features). */
    String featureName(int i);

    /** JSON saved as {@code extension.json}; must contain {@code kind}. */
    JsonNode toJson();
}
