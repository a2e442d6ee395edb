package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.compare.Comparison;
import org.stancekit.model.ModelFile;

import java.util.List;
import java.util.Optional;

/**
 * The validation confusion matrix a model file carries in its manifest's metrics (cross-validation first, else a
 * held-out test), re-ordered to the model's labels, for correcting predicted shares.
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

    /** The matrix when the manifest has one whose every true label has at least one article; empty otherwise. */
    static Optional<Comparison.Correction> of(ModelFile.Loaded m) {
        JsonNode metrics = m.manifest().path("metrics");
        List<String> labels = m.classifier().labels();
        for (String set : List.of("cv", "test")) {
            JsonNode conf = metrics.path(set).path("confusion");
            if (!conf.has("labels") || !conf.has("matrix")) continue;
            List<String> names = new java.util.ArrayList<>();
            conf.get("labels").forEach(l -> names.add(l.asText()));
            if (!names.containsAll(labels) || names.size() != labels.size()) continue;
            int k = labels.size();
            long[][] c = new long[k][k];
            boolean everyRow = true;
            for (int g = 0; g < k; g++) {
                JsonNode row = conf.get("matrix").get(names.indexOf(labels.get(g)));
                long total = 0;
                for (int p = 0; p < k; p++) {
                    c[g][p] = row.get(names.indexOf(labels.get(p))).asLong();
                    total += c[g][p];
                }
                everyRow &= total > 0;
            }
            if (!everyRow) continue;
            long n = 0;
            for (long[] row : c) for (long v : row) n += v;
            String what = set.equals("cv") ? "cross-validation" : "held-out test";
            return Optional.of(new Comparison.Correction(String.format(java.util.Locale.ROOT, "the model's %s confusion matrix (%,d articles)", what, n), c));
        }
        return Optional.empty();
    }
}
