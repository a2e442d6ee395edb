package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.CorpusFiles;
import org.stancekit.corpus.Jsonl;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * The predictions.jsonl format: one object per evaluated record with {@code id}, {@code gold}, {@code pred}
 * (label names) and {@code scores} (label -> probability, or null without probabilities), enough for anyone
 * to recompute every figure of a report. Also read back, so saved predictions can be evaluated and compared.
 */
public final class PredictionsFile {

    private PredictionsFile() {
    }

    public static void write(Path file, PredictionSet p) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < p.size(); i++) {
                ObjectNode o = Jsonl.MAPPER.createObjectNode();
                o.put("id", p.id(i));
                o.put("gold", p.labels().get(p.gold()[i]));
                o.put("pred", p.labels().get(p.pred()[i]));
                if (p.hasProbabilities()) {
                    ObjectNode s = o.putObject("scores");
                    for (int j = 0; j < p.numClasses(); j++) s.put(p.labels().get(j), p.probs()[i][j]);
                } else {
                    o.putNull("scores");
                }
                w.write(Jsonl.MAPPER.writeValueAsString(o));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write predictions: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a predictions file. Labels are the score keys of the first line, in order, or, without scores,
     * the sorted union of gold and predicted labels. Any malformed line fails with its line number.
     */
    public static PredictionSet read(Path file) {
        List<String> ids = new ArrayList<>(), gold = new ArrayList<>(), pred = new ArrayList<>();
        List<JsonNode> scores = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> labels = null;
        boolean withScores = false;
        String name = file.toString();
        try (InputStream in = CorpusFiles.open(file); BufferedReader r = CorpusFiles.strictUtf8Reader(in)) {
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = Jsonl.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new CorpusException(name + ":" + no + ": malformed JSON: " + e.getMessage().split("\n")[0]);
                }
                for (String f : List.of("id", "gold", "pred")) {
                    if (o.get(f) == null || !o.get(f).isValueNode() || o.get(f).isNull()) {
                        throw new CorpusException(name + ":" + no + ": missing field \"" + f + "\"");
                    }
                }
                JsonNode s = o.get("scores");
                boolean has = s != null && s.isObject();
                if (ids.isEmpty()) {
                    withScores = has;
                    if (has) {
                        labels = new ArrayList<>();
                        Iterator<String> it = s.fieldNames();
                        while (it.hasNext()) labels.add(it.next());
                    }
                } else if (has != withScores) {
                    throw new CorpusException(name + ":" + no + ": \"scores\" must be given on every line or on none");
                }
                ids.add(o.get("id").asText());
                gold.add(o.get("gold").asText());
                pred.add(o.get("pred").asText());
                scores.add(s);
                lines.add(no);
            }
        } catch (IOException e) {
            throw new CorpusException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (ids.isEmpty()) throw new CorpusException(name + ": no predictions in file");
        if (labels == null) {
            TreeSet<String> all = new TreeSet<>(gold);
            all.addAll(pred);
            labels = new ArrayList<>(all);
        }
        int n = ids.size(), k = labels.size();
        int[] g = new int[n], p = new int[n];
        double[][] probs = withScores ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            String at = name + ":" + lines.get(i);
            g[i] = index(labels, gold.get(i), at);
            p[i] = index(labels, pred.get(i), at);
            if (probs != null) {
                JsonNode s = scores.get(i);
                if (s.size() != k) throw new CorpusException(at + ": scores have " + s.size() + " labels, expected " + k + " " + labels);
                probs[i] = new double[k];
                for (int j = 0; j < k; j++) {
                    JsonNode v = s.get(labels.get(j));
                    if (v == null || !v.isNumber()) throw new CorpusException(at + ": no numeric score for label '" + labels.get(j) + "'");
                    probs[i][j] = v.asDouble();
                }
            }
        }
        try {
            return new PredictionSet(labels, g, p, probs, ids.toArray(String[]::new), null);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(name + ": " + e.getMessage());
        }
    }

    private static int index(List<String> labels, String label, String at) {
        int j = labels.indexOf(label);
        if (j < 0) throw new CorpusException(at + ": label '" + label + "' is not among the score labels " + new LinkedHashSet<>(labels));
        return j;
    }
}
