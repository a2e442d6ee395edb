package org.stancekit.train.stance;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.CsvColumns;
import org.stancekit.corpus.CsvReader;
import org.stancekit.corpus.JsonlReader;
import org.stancekit.corpus.ReadError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the labelled articles and the unlabelled pool of a stance experiment. For {@code outlet_csv} data the
 * label is the configured alignment of the row's outlet (rows of other outlets are counted, not used); the
 * pool drops articles whose opening matches a labelled article (VNTC holds some texts twice) and duplicates.
 * Unreadable records go to the error consumer.
 */
public final class StanceCorpus {

    /** Labelled articles split as the experiment needs: train (all of them for CV) and test (outlet split only). */
    public record Labelled(List<Article> train, List<Article> test, int otherOutlets) {
    }

    private StanceCorpus() {
    }

    /** Reads the labelled data; label under the task's label field. */
    public static Labelled labelled(StanceConfig cfg, Path configFile, Consumer<ReadError> errors) {
        StanceData d = cfg.data();
        Path path = StanceConfig.resolve(configFile, d.train());
        List<Article> train = new ArrayList<>(), test = new ArrayList<>();
        int[] other = {0};
        if (d.format().equals("jsonl")) {
            new JsonlReader(path, Set.of(d.labelField())).read(a -> {
                if (a.label(d.labelField()) == null) {
                    errors.accept(new ReadError(path.toString(), 0, "article " + a.id() + " has no '" + d.labelField() + "' label", ""));
                } else {
                    train.add(a);
                }
            }, errors);
        } else {
            CsvColumns cols = CsvColumns.byName().withText(d.textColumns()).withOutlet(d.outletColumn());
            new CsvReader(path, cols, Set.of(), 64L << 20).read(a -> {
                String outlet = a.outlet() == null ? "" : a.outlet().strip();
                String label = d.outletLabels().get(outlet);
                if (label == null || !(d.trainOutlets().contains(outlet) || d.testOutlets().contains(outlet))) {
                    other[0]++;
                    return;
                }
                Article l = a.withLabel(d.labelField(), label);
                (d.trainOutlets().contains(outlet) ? train : test).add(l);
            }, errors);
        }
        return new Labelled(train, test, other[0]);
    }

    /** Reads the unlabelled pool (empty without an {@code unlabelled} section). */
    public static List<Article> pool(StanceConfig cfg, Path configFile, List<Article> labelled, Consumer<ReadError> errors) {
        PoolConfig w = cfg.unlabelled();
        if (w == null) return List.of();
        Set<String> seen = new HashSet<>();
        for (Article a : labelled) seen.add(opening(a.text()));
        List<Article> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        long[] matched = {0};
        for (String p : w.paths()) {
            Path path = StanceConfig.resolve(configFile, p);
            new JsonlReader(path, Set.of(w.labelField())).read(a -> {
                String label = a.label(w.labelField());
                if (found.size() < FOUND_SHOWN && label != null) found.add(label);
                if (w.label() != null && !w.label().equals(label)) return;
                matched[0]++;
                if (!seen.add(opening(a.text()))) return;
                out.add(new Article(a.id(), a.text(), a.title(), a.outlet(), a.url(), a.date(), Map.of(), Map.of()));
            }, errors);
        }
        if (w.label() != null && matched[0] == 0) {
            throw new IllegalArgumentException(configFile + ": unlabelled.label '" + w.label() + "' matches no record of " + String.join(", ", w.paths())
                    + " (values of '" + w.labelField() + "' found: " + (found.isEmpty() ? "none" : String.join(", ", found)) + ")");
        }
        return out;
    }

    /** How many distinct pool label values an unmatched {@code unlabelled.label} error lists. */
    private static final int FOUND_SHOWN = 10;

    /** The first 150 characters with white space collapsed: the duplicate key. */
    static String opening(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.substring(0, Math.min(150, s.length()));
    }
}
