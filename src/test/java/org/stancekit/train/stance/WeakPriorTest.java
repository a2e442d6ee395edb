package org.stancekit.train.stance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;
import org.stancekit.corpus.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A rules file's {@code class_prior} under {@code train-stance}: used with {@code weak_supervision.class_prior: rules},
 * replaced by the labelled shares with {@code labelled}, and an error when the config does not say which.
 */
class WeakPriorTest {

    @TempDir
    Path dir;

    private static final String RULES = """
            labels: [russia_aligned, west_aligned, not_applicable]
            rules:
              - {name: ru_names, type: lexicon, label: russia_aligned, words: [Kremlin, Putin, Lavrov, Matxcơva]}
            """;
    private static final String PRIOR = "class_prior: {russia_aligned: 1, west_aligned: 1, not_applicable: 98}\n";

    private Path config(String rules, String weakExtra) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), rules);
        Path cfg = dir.resolve("stance.yaml");
        Files.writeString(cfg, "task: stance-x\nlabels: [russia_aligned, west_aligned, not_applicable]\ndata: {train: a.jsonl}\n"
                + "unlabelled: {paths: [pool.jsonl]}\n"
                + "weak_supervision: {rules: rules.yaml, min_confidence: 0.6" + weakExtra + "}\n");
        return cfg;
    }

    private StanceTrainer trainer(Path cfg) {
        return new StanceTrainer(StanceConfig.load(cfg), cfg, 1, s -> { });
    }

    @Test
    void aRulesFilePriorNeedsTheChoiceWritten() throws Exception {
        Path cfg = config(RULES + PRIOR, "");
        assertEquals(cfg + ": key 'weak_supervision.class_prior' is needed: the rules file " + dir.resolve("rules.yaml").toAbsolutePath()
                        + " sets class_prior, which the stance trainer uses only with class_prior: rules (class_prior: labelled uses"
                        + " the label shares of the labelled training articles instead)",
                assertThrows(ConfigException.class, () -> trainer(cfg)).getMessage());
        Path noPrior = config(RULES, ", class_prior: rules");
        assertEquals(noPrior + ": bad value 'rules' for key 'weak_supervision.class_prior' (allowed: labelled, since the rules file "
                        + dir.resolve("rules.yaml").toAbsolutePath() + " has no class_prior)",
                assertThrows(ConfigException.class, () -> trainer(noPrior)).getMessage());
        Path bad = config(RULES, ", class_prior: guess");
        assertEquals(bad + ": bad value 'guess' for key 'weak_supervision.class_prior' (allowed: labelled, rules)",
                assertThrows(ConfigException.class, () -> StanceConfig.load(bad)).getMessage());
    }

    @Test
    void theChosenPriorDecidesWhichPoolArticlesAreAdded() throws Exception {
        List<Article> pool = List.of(Article.of("p1", "Putin gặp báo giới\nÔng Putin phát biểu tại Matxcơva."),
                Article.of("p2", "Lavrov thăm Trung Quốc\nNgoại trưởng Lavrov hội đàm."));
        StanceTrainer labelled = trainer(config(RULES + PRIOR, ", class_prior: labelled"));
        StanceTrainer.Fit a = labelled.fit(labelled.prepare(StanceTrainerTest.corpus(), "label"), labelled.prepare(pool, null));
        assertEquals(Map.of("russia_aligned", 2), a.weakAdded(), "with the labelled shares (1/3 each) the rule is trusted");
        StanceTrainer fromRules = trainer(config(RULES + PRIOR, ", class_prior: rules"));
        StanceTrainer.Fit b = fromRules.fit(fromRules.prepare(StanceTrainerTest.corpus(), "label"), fromRules.prepare(pool, null));
        assertEquals(Map.of("not_applicable", 2), b.weakAdded(), "the rules file's prior (not_applicable 98%) outweighs the one rule");
        StanceTrainer without = trainer(config(RULES, ""));
        StanceTrainer.Fit c = without.fit(without.prepare(StanceTrainerTest.corpus(), "label"), without.prepare(pool, null));
        assertEquals(a.weakAdded(), c.weakAdded(), "no class_prior anywhere: the labelled shares, as before");
    }
}
