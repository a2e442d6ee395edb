package org.stancekit.cli;

import org.stancekit.compare.Comparison;
import org.stancekit.model.ModelFile;

import java.util.List;
import java.util.Optional;

/**
 * The validation confusion matrix that corrects a model's predicted shares: the one its model file carries, or the
 * model's confusion on a labelled sample the user gives.
 */
final class ValidationConfusion {

    private ValidationConfusion() {
    }

    /**
     * The confusion matrix of the model on a labelled corpus the user drew like the articles being compared
     * (records with labels the model does not know are reported and left out); throws when a label has no article.
     */
    static Comparison.Correction fromData(org.stancekit.model.TextClassifier c, java.nio.file.Path data, String field) {
        List<org.stancekit.corpus.Article> articles = LabelledSplit.read(data, field).knownLabels(c.labels());
        org.stancekit.eval.PredictionSet p = ModelPredictions.of(c, articles, field);
        int k = c.labels().size();
        long[][] m = new long[k][k];
        for (int i = 0; i < articles.size(); i++) m[p.gold()[i]][p.pred()[i]]++;
        for (int g = 0; g < k; g++) {
            if (java.util.Arrays.stream(m[g]).sum() == 0) {
                throw new IllegalArgumentException(data + ": no validation article labelled '" + c.labels().get(g) + "' in field '" + field
                        + "'; every label needs some to correct shares (or pass --no-correction)");
            }
        }
        return new Comparison.Correction(String.format(java.util.Locale.ROOT, "the model's confusion matrix on %s (%,d articles)", data, articles.size()), m);
    }

    /** The matrix stored in the model file's manifest ({@link Comparison.Correction#fromManifest}). */
    static Optional<Comparison.Correction> of(ModelFile.Loaded m) {
        return Comparison.Correction.fromManifest(m.manifest(), m.classifier().labels());
    }
}
