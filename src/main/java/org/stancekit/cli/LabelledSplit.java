package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.Corpora;
import org.stancekit.corpus.ReadError;
import org.stancekit.train.RunManifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A labelled JSONL or CSV corpus read for training or evaluation, with its unreadable and unlabelled records
 * reported on stderr (never dropped silently) and its SHA-256 for the manifest.
 */
record LabelledSplit(Path path, String field, List<Article> labelled, List<Article> unlabelled, List<ReadError> errors, String sha256) {

    static LabelledSplit read(Path path, String field) {
        Corpora.Loaded loaded = Corpora.readLabelled(path, field);
        List<Article> yes = new ArrayList<>();
        List<Article> no = new ArrayList<>();
        for (Article a : loaded.articles()) (a.label(field) != null ? yes : no).add(a);
        LabelledSplit s = new LabelledSplit(path, field, yes, no, loaded.errors(), path.toString().equals("-") ? "stdin" : Corpora.sha256(path));
        s.report();
        if (yes.isEmpty()) throw new IllegalArgumentException(path + ": no record has a label in field '" + field + "'" + otherFields(no));
        return s;
    }

    /**
     * The fields with short text values the records do have (candidates for the label field), most common first, and
     * where to name the right one; empty when there are none.
     */
    static String otherFields(List<Article> records) {
        Map<String, Integer> n = new TreeMap<>();
        for (Article a : records) {
            a.metadata().forEach((k, v) -> {
                if (v instanceof String t && !t.isBlank() && t.length() <= 64) n.merge(k, 1, Integer::sum);
            });
        }
        if (n.isEmpty()) return "";
        List<String> fields = n.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(e -> String.format("'%s' (%,d records)", e.getKey(), e.getValue())).toList();
        return "; the records have " + String.join(", ", fields)
                + ": name the label field with data.label_field in a training config or --label-field";
    }

    /** Classes with fewer records than this are named in a warning: too few to learn or to measure reliably. */
    static final int FEW = 5;

    private void report() {
        Map<String, Integer> perLabel = new TreeMap<>();
        for (Article a : labelled) perLabel.merge(a.label(field), 1, Integer::sum);
        Terminal.info("%s: %,d labelled records%s%s%s", path, labelled.size(), perClass(perLabel),
                unlabelled.isEmpty() ? "" : String.format(", %,d without '%s' (not used)", unlabelled.size(), field),
                errors.isEmpty() ? "" : String.format(", %,d unreadable", errors.size()));
        List<String> few = perLabel.entrySet().stream().filter(e -> e.getValue() < FEW)
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList();
        if (!few.isEmpty() && perLabel.size() > 1) {
            Terminal.warn("%s: fewer than %d records for %s: too few to learn or measure reliably", path, FEW, String.join(", ", few));
        }
        errors.stream().limit(5).forEach(e -> Terminal.warn("%s", e.message()));
        if (errors.size() > 5) Terminal.warn("... and %,d more unreadable records", errors.size() - 5);
    }

    /** Records per class, e.g. {@code " (economy 15, sport 15)"}, for up to 20 classes; empty for more. */
    static String perClass(Map<String, Integer> perLabel) {
        if (perLabel.isEmpty() || perLabel.size() > 20) return "";
        List<String> parts = new ArrayList<>();
        perLabel.forEach((k, v) -> parts.add(String.format("%s %,d", k, v)));
        return " (" + String.join(", ", parts) + ")";
    }

    /** The labelled articles whose label is in {@code labels}; the others are reported. */
    List<Article> knownLabels(List<String> labels) {
        List<Article> out = new ArrayList<>();
        long unknown = 0;
        for (Article a : labelled) {
            if (labels.contains(a.label(field))) out.add(a); else unknown++;
        }
        if (unknown > 0) Terminal.warn("%s: %,d records have labels the model does not know; not evaluated", path, unknown);
        return out;
    }

    /**
     * Every labelled article, for scoring a model: those whose label the model does not know are reported and
     * count as errors. Throws when no article has a label the model knows.
     */
    List<Article> forScoring(List<String> labels) {
        List<String> unknown = labelled.stream().map(a -> a.label(field)).filter(l -> !labels.contains(l)).toList();
        if (unknown.size() == labelled.size()) throw new IllegalArgumentException(path + ": no record has a label the model knows " + labels);
        if (!unknown.isEmpty()) {
            Terminal.warn("%s: %,d of %,d records have labels the model does not know (%s); they count as errors", path, unknown.size(),
                    labelled.size(), String.join(", ", new TreeSet<>(unknown)));
        }
        return labelled;
    }

    RunManifest.DataFile describe(String role) {
        return new RunManifest.DataFile(role, path.toString(), sha256, labelled.size(), unlabelled.size() + errors.size());
    }
}
