package org.stancekit.config;

import org.junit.jupiter.api.Test;
import org.stancekit.train.TrainConfig;
import org.stancekit.train.stance.StanceConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Error messages of {@link Configs#bind}: the key path of a nested section is named once, in full. */
class ConfigsTest {

    private static String error(String yaml, Class<?> type) {
        return assertThrows(ConfigException.class, () -> Configs.bind(Configs.YAML.readTree(yaml), type, "x.yaml")).getMessage();
    }

    @Test
    void aNestedRecordsOwnKeyIsQualifiedWithoutRepeatingItsSection() {
        assertEquals("x.yaml: bad value '0' for key 'pipeline.words.min_count' (allowed: an integer >= 1)",
                error("data: {train: a}\npipeline: {words: {min_count: 0}}\n", TrainConfig.class));
        assertEquals("x.yaml: bad value '2.0' for key 'pipeline.stopwords.max_df' (allowed: a number in (0, 1])",
                error("data: {train: a}\npipeline: {stopwords: {max_df: 2}}\n", TrainConfig.class));
        assertEquals("x.yaml: bad value 'xx' for key 'pipeline.language' (allowed: vi, en)",
                error("data: {train: a}\npipeline: {language: xx}\n", TrainConfig.class));
        assertEquals("x.yaml: bad value '0.0' for key 'model.c' (allowed: a number > 0)",
                error("data: {train: a}\nmodel: {c: 0}\n", TrainConfig.class));
        assertEquals("x.yaml: bad value '0.0' for key 'text.sentence_model.c' (allowed: a number > 0)",
                error("task: s\nlabels: [a, b]\ndata: {train: a}\ntext: {sentence_model: {c: 0}}\n", StanceConfig.class));
    }

    @Test
    void maxFeaturesIsRejectedInHashingMode() {
        String why = "(1000) does nothing with mode: hashing (every n-gram goes to one of 2^hash_bits buckets; lower hash_bits"
                + " for fewer columns); remove it, or use mode: vocabulary";
        assertEquals("x.yaml: key 'features.max_features' " + why,
                error("data: {train: a}\nfeatures: {mode: hashing, max_features: 1000}\n", TrainConfig.class));
        assertEquals("x.yaml: key 'features.max_features' " + why,
                error("task: s\nlabels: [a, b]\ndata: {train: a}\nfeatures: {mode: hashing, max_features: 1000}\n", StanceConfig.class));
    }

    @Test
    void qualifyJoinsTheSectionAndTheKeyAtTheirOverlap() {
        assertEquals("pipeline.words.min_count'", Configs.qualify("pipeline.words", "words.min_count'"));
        assertEquals("features.norm'", Configs.qualify("features", "features.norm'"));
        assertEquals("pipeline.language'", Configs.qualify("pipeline", "language'"));
        assertEquals("rules[0].all[0].feature'", Configs.qualify("rules[0].all[0]", "feature'"));
    }

    @Test
    void anUnknownKeyPointsToTheReference() {
        assertEquals("x.yaml: unknown key 'model.solvr' (allowed: bias, c, calibration_holdout, class_weight, epsilon, "
                        + "max_iterations, solver; see docs/config.md)",
                error("data: {train: a}\nmodel: {solvr: svm}\n", TrainConfig.class));
    }
}
