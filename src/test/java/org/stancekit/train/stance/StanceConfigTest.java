package org.stancekit.train.stance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stancekit.features.framing.FramingFeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Stance config keys are either used or rejected at load time, with the file, key, value and reason. */
class StanceConfigTest {

    static final String HEAD = "task: stance-x\nlabels: [a, b]\ndata: {train: a.jsonl}\n";

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("x.yaml");
        Files.writeString(f, HEAD + yaml);
        return f;
    }

    private String error(String yaml) throws Exception {
        Path f = write(yaml);
        return assertThrows(ConfigException.class, () -> StanceConfig.load(f)).getMessage();
    }

    @Test
    void calibrationHoldoutIsRejected() throws Exception {
        assertEquals(dir.resolve("x.yaml") + ": key 'model.calibration_holdout' (0.1) is not used by stance models (they are not"
                        + " calibrated; the key is read by topic configs); remove it",
                error("model: {calibration_holdout: 0.1}\n"));
    }

    @Test
    void softmaxRejectsEpsilonAndBias() throws Exception {
        assertEquals(dir.resolve("x.yaml") + ": key 'model.epsilon' (0.001) is not used with trainer: softmax (L-BFGS stops when the"
                        + " gradient norm falls below 1e-6 x max(1, |loss|)); remove it, or use trainer: liblinear",
                error("trainer: softmax\nmodel: {epsilon: 0.001}\n"));
        assertEquals(dir.resolve("x.yaml") + ": key 'model.bias' (-1.0) is not used with trainer: softmax (it always fits an"
                        + " unregularised bias term per label); remove it, or use trainer: liblinear",
                error("trainer: softmax\nmodel: {bias: -1}\n"));
        // liblinear reads both
        StanceConfig c = StanceConfig.load(write("model: {epsilon: 0.001, bias: -1}\n"));
        assertEquals(0.001, c.model().epsilon());
        assertEquals(-1.0, c.model().bias());
    }

    @Test
    void aDataKeyOfTheOtherFormatIsRejected() throws Exception {
        Path f = dir.resolve("x.yaml");
        String csv = "task: stance-x\nlabels: [a, b]\ndata:\n  format: outlet_csv\n  train: r.csv\n  outlet_labels: {o1: a, o2: b}\n"
                + "  train_outlets: [o1]\n  test_outlets: [o2]\n";
        Files.writeString(f, csv + "  folds_file: folds.tsv\n");
        assertEquals(f + ": key 'data.folds_file' (folds.tsv) is read only with data.format: jsonl, not outlet_csv; remove it",
                assertThrows(ConfigException.class, () -> StanceConfig.load(f)).getMessage());
        Files.writeString(f, csv);
        assertEquals("outlet_csv", StanceConfig.load(f).data().format());
        Files.writeString(f, "task: stance-x\nlabels: [a, b]\ndata: {train: a.jsonl, text_columns: [title, desc]}\n");
        assertEquals(f + ": key 'data.text_columns' ([title, desc]) is read only with data.format: outlet_csv, not jsonl; remove it",
                assertThrows(ConfigException.class, () -> StanceConfig.load(f)).getMessage());
        Files.writeString(f, "task: stance-x\nlabels: [a, b]\ndata: {format: jsonl, train: a.jsonl, outlet_column: Site}\n");
        assertEquals(f + ": key 'data.outlet_column' (Site) is read only with data.format: outlet_csv, not jsonl; remove it",
                assertThrows(ConfigException.class, () -> StanceConfig.load(f)).getMessage());
    }

    @Test
    void textKeysAreCheckedAtLoadWithTheirQualifiedNames() throws Exception {
        assertEquals(dir.resolve("x.yaml") + ": bad value 'speech_mars' for key 'text.framing_features' (allowed: framing feature names: "
                        + String.join(", ", FramingFeatures.names()) + ")",
                error("text: {framing_features: [speech_ru, speech_mars]}\n"));
        assertEquals(dir.resolve("x.yaml") + ": bad value '[]' for key 'text.framing_features' (allowed: at least one feature name"
                        + " (set text.framing_weight: 0 for none))",
                error("text: {framing_features: []}\n"));
        assertEquals(dir.resolve("x.yaml") + ": bad value '[2, 5]' for key 'text.char_ngrams' (allowed: character n-grams only with"
                        + " text.mask_sides: false and text.headline_copies: 0 (words are split at white space, so masked and"
                        + " h:-prefixed tokens would be cut up))",
                error("text: {char_ngrams: [2, 5]}\n"));
        assertEquals(dir.resolve("x.yaml") + ": bad value '[2, 5]' for key 'text.char_ngrams' (allowed: character n-grams only with"
                        + " text.mask_sides: false and text.headline_copies: 0 (words are split at white space, so masked and"
                        + " h:-prefixed tokens would be cut up))",
                error("text: {char_ngrams: [2, 5], mask_sides: false, headline_copies: 1}\n"));
        assertEquals(List.of(2, 5), StanceConfig.load(write("text: {char_ngrams: [2, 5], mask_sides: false}\n")).text().charNgrams());
        assertEquals(List.of("speech_ru"), StanceConfig.load(write("text: {framing_features: [speech_ru]}\n")).text().framingFeatures());
    }

    @Test
    void aPartlyWrittenModelSectionKeepsTheStanceDefaults() throws Exception {
        StanceConfig absent = StanceConfig.load(write(""));
        StanceConfig partial = StanceConfig.load(write("model: {c: 10}\n"));
        StanceConfig empty = StanceConfig.load(write("model: {}\n"));
        for (StanceConfig c : new StanceConfig[]{absent, partial, empty}) {
            assertEquals("logreg", c.model().solver());
            assertEquals("balanced", c.model().classWeight());
        }
        assertEquals(10.0, partial.model().c());
        StanceConfig softmax = StanceConfig.load(write("trainer: softmax\nmodel: {c: 10}\n"));
        assertEquals("logreg", softmax.model().solver());
        StanceConfig written = StanceConfig.load(write("model: {solver: svm, class_weight: none}\n"));
        assertEquals("svm", written.model().solver());
        assertEquals("none", written.model().classWeight());
    }
}
