package org.stancekit.train.weak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;
import org.stancekit.corpus.Article;
import org.stancekit.features.framing.FramingFeatures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule type on hand-written articles, rule-file validation, and the per-rule table. */
class RulesTest {

    private static final String RULES = """
            labels: [russia_aligned, west_aligned, balanced, not_applicable]
            rules:
              - name: ru_words
                type: lexicon
                label: russia_aligned
                field: text
                min_count: 2
                words: [tiêu chuẩn kép, khiêu khích]
              - name: we_title
                type: regex
                field: title
                label: west_aligned
                pattern: "^Mỹ .*Nga"
              - name: ru_agency
                type: cited_source
                label: russia_aligned
                side: russia
                min_count: 1
                max_other: 1
              - name: nobody_speaks
                type: feature
                label: not_applicable
                all:
                  - {feature: speech_ru, op: "==", value: 0}
                  - {feature: speech_we, op: "==", value: 0}
            """;

    private static RuleSet rules(Path dir, String yaml) throws Exception {
        Path f = dir.resolve("rules.yaml");
        Files.writeString(f, yaml);
        return RuleSet.load(f);
    }

    @Test
    void eachRuleTypeVotesOrAbstains(@TempDir Path dir) throws Exception {
        WeakLabeler wl = new WeakLabeler(rules(dir, RULES), FramingFeatures.vietnamese());
        int[] a = wl.votes(Article.of("a", "Tin Nga\nTheo TASS, Nga nói Mỹ dùng tiêu chuẩn kép và khiêu khích."));
        assertEquals(List.of(0, -1, 0, -1), List.of(a[0], a[1], a[2], a[3]));
        int[] b = wl.votes(Article.of("b", "Mỹ gặp Nga\nTheo AFP và AP, không ai lên tiếng."));
        assertEquals(List.of(-1, 1, -1, 3), List.of(b[0], b[1], b[2], b[3]));
        int[] c = wl.votes(Article.of("c", "Mỹ và Nga\nTheo TASS, Reuters và AFP, họ sẽ gặp nhau."));
        assertEquals(-1, c[2], "two Western agencies exceed max_other: abstain");
    }

    @Test
    void tableCountsCoverageOverlapConflictAndAccuracy(@TempDir Path dir) throws Exception {
        WeakLabeler wl = new WeakLabeler(rules(dir, RULES), FramingFeatures.vietnamese());
        List<Article> arts = List.of(
                Article.of("a", "Tin Nga\nTheo TASS, Nga nói Mỹ dùng tiêu chuẩn kép và khiêu khích.").withLabel("label", "russia_aligned"),
                Article.of("b", "Mỹ gặp Nga\nTheo AFP và AP, không ai lên tiếng.").withLabel("label", "west_aligned"),
                Article.of("c", "Bão lớn\nMưa to khắp nơi."));
        WeakLabels w = WeakLabels.fit(wl, arts, "label", LabelModelConfig.defaults());
        RuleStats ru = w.stats().get(0);
        assertEquals(1 / 3.0, ru.coverage(), 1e-12);
        assertEquals(1 / 3.0, ru.overlap(), 1e-12);
        assertEquals(0.0, ru.conflict());
        assertEquals(1, ru.goldVotes());
        assertEquals(1.0, ru.empiricalAccuracy());
        RuleStats we = w.stats().get(1);
        assertEquals(1 / 3.0, we.conflict(), 1e-12, "we_title and nobody_speaks disagree on b");
        assertEquals(2 / 3.0, w.stats().get(3).coverage(), 1e-12);
        assertEquals(3, w.probs().length);
        assertTrue(RuleStats.table(w.stats()).lines().count() == 5);
    }

    @Test
    void badRuleFilesFailWithTheKey(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("label: west_aligned", "label: pro_mars")));
        assertTrue(e.getMessage().contains("pro_mars"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("feature: speech_we", "feature: speech_mars")));
        assertTrue(e.getMessage().contains("speech_mars"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("type: regex", "type: oracle")));
        assertTrue(e.getMessage().contains("oracle"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("pattern: \"^Mỹ .*Nga\"", "pattern: \"([\"")));
        assertTrue(e.getMessage().contains("regex"), e.getMessage());
    }

    @Test
    void aKeyTheRuleTypeDoesNotReadIsAnError(@TempDir Path dir) {
        String f = dir.resolve("rules.yaml") + ": ";
        ConfigException e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("words: [tiêu chuẩn kép, khiêu khích]",
                "words: [tiêu chuẩn kép, khiêu khích]\n    pattern: \"kép\"")));
        assertEquals(f + "rule 'ru_words': key 'rules[0].pattern' (kép) is not read by lexicon rules (they read: name, type, label,"
                + " field, words, min_count); remove it", e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("side: russia", "side: russia\n    field: title")));
        assertEquals(f + "rule 'ru_agency': key 'rules[2].field' (title) is not read by cited_source rules (they read: name, type,"
                + " label, side, min_count, max_other); remove it", e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("pattern: \"^Mỹ .*Nga\"", "pattern: \"^Mỹ .*Nga\"\n    max_other: 2")));
        assertEquals(f + "rule 'we_title': key 'rules[1].max_other' (2) is not read by regex rules (they read: name, type, label,"
                + " field, pattern, min_count); remove it", e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("label: not_applicable", "label: not_applicable\n    min_count: 1")));
        assertEquals(f + "rule 'nobody_speaks': key 'rules[3].min_count' (1) is not read by feature rules (they read: name, type,"
                + " label, all); remove it", e.getMessage());
        e = assertThrows(ConfigException.class, () -> rules(dir, RULES.replace("min_count: 2\n", "min_count: 2\n    all: [{feature: speech_ru, op: \">\", value: 0}]\n")));
        assertEquals(f + "rule 'ru_words': key 'rules[0].all' (1 condition) is not read by lexicon rules (they read: name, type,"
                + " label, field, words, min_count); remove it", e.getMessage());
    }

    @Test
    void aRegexRuleNeedsMinCountMatches(@TempDir Path dir) throws Exception {
        String yaml = """
                labels: [a, b]
                rules:
                  - {name: once, type: regex, label: a, pattern: "Nga"}
                  - {name: twice, type: regex, label: b, pattern: "Nga", min_count: 2}
                """;
        WeakLabeler wl = new WeakLabeler(rules(dir, yaml), FramingFeatures.vietnamese());
        int[] one = wl.votes(Article.of("x", "Tin\nNga họp."));
        assertEquals(List.of(0, -1), List.of(one[0], one[1]));
        int[] two = wl.votes(Article.of("y", "Tin\nNga họp, Nga nói."));
        assertEquals(List.of(0, 1), List.of(two[0], two[1]));
    }

    @Test
    void shippedRulesFileLoads() {
        Path f = Path.of("training", "stance-vi-rules.yaml");
        RuleSet rs = RuleSet.load(f);
        assertEquals(4, rs.labels().size());
        assertTrue(rs.rules().size() >= 20);
        assertEquals(4, rs.priorVector().length);
    }
}
