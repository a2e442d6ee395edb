package org.stancekit.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.Configs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.stancekit.config.ConfigException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextPipelineTest {

    /** A hand-written corpus where "tổng thống" and "quân sự" recur and "và" is in every document. */
    static final List<String> CORPUS = List.of(
            "Tổng thống Nga thăm Minsk và bàn về hợp tác quân sự.",
            "Tổng thống Mỹ và đồng minh nói về quân sự ở châu Âu.",
            "Tổng thống Pháp và tổng thống Đức họp về an ninh.",
            "Bộ trưởng quốc phòng và tướng lĩnh bàn tập trận quân sự.",
            "Hội nghị về quân sự và kinh tế; tổng thống phát biểu.");

    private static TextConfig.Words smallCorpusWords() {
        return new TextConfig.Words(true, 3, 0.5, 0.9, 4, null, null);
    }

    private static TextConfig config(TextConfig.Words words, TextConfig.Stopwords stop) {
        return TextConfig.defaults().withWords(words).withStopwords(stop);
    }

    @Test
    void learnsWordsAndJoinsThem() {
        // "về" is in 4 of 5 documents, "tổng thống" and "quân sự" too: with max_df 0.8 all are stopwords
        TextPipeline stop = TextPipeline.fit(config(smallCorpusWords(), new TextConfig.Stopwords(false, 0.8, 10)), CORPUS);
        assertEquals(List.of("và", "về", "quân_sự", "tổng_thống"), stop.stopwords());
        TextPipeline p = TextPipeline.fit(config(smallCorpusWords(), TextConfig.Stopwords.defaults()), CORPUS);
        assertEquals(List.of("quân sự", "tổng thống"), List.copyOf(p.words().keySet()));
        assertEquals(List.of("tổng_thống", "nga", "bàn", "về", "quân_sự"), p.tokens("Tổng thống Nga bàn về quân sự."));
        assertEquals(List.of("tổng_thống", "và", "quân_sự"), p.tokens("TỔNG THỐNG và QUÂN SỰ"));
    }

    @Test
    void addModeKeepsSyllablesBeforeTheJoinedWord() {
        TextPipeline p = TextPipeline.fit(config(smallCorpusWords().withMode("add"), TextConfig.Stopwords.defaults()), CORPUS);
        assertEquals(List.of("tổng", "thống", "tổng_thống", "nga", "bàn", "quân", "sự", "quân_sự"),
                p.tokens("Tổng thống Nga bàn quân sự"));
    }

    @Test
    void fitsOnNoTextsAtAll() {
        TextPipeline p = TextPipeline.fit(new TextConfig("vi", true, true), List.of());
        assertEquals(List.of("tổng", "thống", "hòa", "bình"), p.tokens("Tổng thống hoà bình"));
        assertEquals(List.of(), p.words().keySet().stream().toList());
        assertEquals(Optional.empty(), p.driftWarning(List.of("Tổng thống hoà bình".repeat(100))));
        assertEquals(p.toJson(), TextPipeline.fromJson(p.toJson()).toJson());
    }

    @Test
    void removesStopwordsWhenConfigured() {
        TextPipeline p = TextPipeline.fit(config(smallCorpusWords(), new TextConfig.Stopwords(true, 1.0, 10)), CORPUS);
        assertEquals(List.of("và"), p.stopwords());
        assertEquals(List.of("nga", "mỹ", "quân_sự"), p.tokens("Nga và Mỹ và quân sự"));
    }

    @Test
    void wordsNeverSpanPunctuationOrLineBreaks() {
        TextPipeline p = TextPipeline.fit(config(smallCorpusWords(), TextConfig.Stopwords.defaults()), CORPUS);
        assertEquals(List.of("tổng", "thống", "quân", "sự"), p.tokens("tổng, thống\r\nquân\nsự"));
    }

    @Test
    void normalisesBeforeTokenising() {
        TextPipeline p = TextPipeline.fit(config(TextConfig.Words.none(), TextConfig.Stopwords.defaults()), CORPUS);
        String nfd = Normalizer.normalize("Hoà bình \u00D0à Nẵng", Normalizer.Form.NFD);
        assertEquals(List.of("hòa", "bình", "đà", "nẵng"), p.tokens(nfd));
        assertEquals(List.of("bảo", "vệ", "lực", "lượng", "thử", "nghiệm"), p.tokens("baỏ vệ lực lựơng thử nghịêm"));
    }

    @Test
    void masksAndPunctuationOnRequest() {
        TextConfig c = new TextConfig("vi", true, true, "old", true, true, true, true, TextConfig.Words.none(), null, null);
        TextPipeline p = TextPipeline.fit(c, CORPUS);
        assertEquals(List.of("ngày", "<date>", ",", "<num>", "lính", "(", "<url>", ")"),
                p.tokens("Ngày 19/12, 3.000 lính (Baoquocte.vn)"));
        TextPipeline plain = TextPipeline.fit(config(TextConfig.Words.none(), TextConfig.Stopwords.defaults()), CORPUS);
        assertEquals(List.of("ngày", "19/12", "3.000", "lính", "baoquocte.vn", "nato", "jean-pierre"),
                plain.tokens("Ngày 19/12, 3.000 lính (Baoquocte.vn) NATO Jean-Pierre"));
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        TextPipeline p = TextPipeline.fit(config(smallCorpusWords(), new TextConfig.Stopwords(true, 0.8, 10)), CORPUS);
        JsonNode json = p.toJson();
        TextPipeline q = TextPipeline.fromJson(json);
        assertEquals(json, q.toJson());
        assertEquals(p.config(), q.config());
        String s = "Tổng thống Nga và quân sự, Hoà bình.";
        assertEquals(p.tokens(s), q.tokens(s));
        assertEquals(p.trainingProfile(), q.trainingProfile());
    }

    @Test
    void dictionaryWordsAreNormalisedAndMerged(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("words.txt");
        Files.writeString(dict, "# my words\nchiến dịch quân sự đặc biệt\nhoà_bình\n\nĐiện Kremlin\nmột\n");
        TextConfig.Words w = new TextConfig.Words(false, null, null, null, 6, null, dict.toString());
        TextPipeline p = TextPipeline.fit(config(w, TextConfig.Stopwords.defaults()), CORPUS);
        assertEquals(List.of("chiến dịch quân sự đặc biệt", "hòa bình", "điện kremlin"), List.copyOf(p.words().keySet()));
        assertEquals(List.of("chiến_dịch_quân_sự_đặc_biệt", "vì", "hòa_bình", "điện_kremlin"),
                p.tokens("Chiến dịch quân sự đặc biệt vì hoà bình, Điện Kremlin"));
    }

    @Test
    void englishPipeline() {
        TextConfig c = new TextConfig("en", true, true, null, null, null, null, null, TextConfig.Words.none(), null, "light");
        TextPipeline p = TextPipeline.fit(c, List.of("Russian forces retreat", "Ukraine's army advances"));
        assertEquals(List.of("ukraine", "pro-russian", "force", "retreat", "from", "kherson", "u.s", "say", "2,000", "policy"),
                p.tokens("Ukraine\u2019s pro-Russian forces retreat from Kherson, U.S. says: 2,000 policies"));
    }

    @Test
    void driftCheckWarnsWithFigures() {
        List<String> training = List.of(
                "Hòa bình và thủy điện, ủy ban hòa giải khỏe mạnh hòa hợp thủy lợi ủy viên.".repeat(3),
                "Hòa bình, thủy lợi, ủy quyền, hòa nhã, khỏe khoắn.".repeat(3));
        TextPipeline p = TextPipeline.fit(config(TextConfig.Words.none(), TextConfig.Stopwords.defaults()), training);
        assertEquals(Optional.empty(), p.driftWarning(training));
        String sample = Normalizer.normalize("Hoà bình, thuỷ lợi, uỷ quyền, hoà nhã, khoẻ khoắn.".repeat(5), Normalizer.Form.NFD);
        Optional<String> w = p.driftWarning(List.of(sample, sample));
        assertTrue(w.isPresent());
        assertEquals("input is written differently from the training data (2 texts, 100 word tokens): "
                + "texts in decomposed Unicode (NFD): 100.0% of input vs 0.0% in training (normalised by the model's pipeline: same tokens); "
                + "old-style tone marks (hòa, thủy rather than hoà, thuỷ): 0.0% of input vs 100.0% in training (normalised by the model's pipeline: same tokens)", w.get());
        TextPipeline raw = TextPipeline.fit(new TextConfig("vi", true, false).withWords(TextConfig.Words.none()), training);
        assertEquals("input is written differently from the training data (2 texts, 100 word tokens): "
                + "texts in decomposed Unicode (NFD): 100.0% of input vs 0.0% in training; "
                + "old-style tone marks (hòa, thủy rather than hoà, thuỷ): 0.0% of input vs 100.0% in training",
                raw.driftWarning(List.of(sample, sample)).orElseThrow(), "without normalisation the differences reach the tokens");
        Optional<String> unknown = p.driftWarning(List.of("Ukraine's army advances quickly towards the river bank. ".repeat(40)));
        assertTrue(unknown.isPresent());
        assertTrue(unknown.get().contains("word tokens unknown to the training vocabulary: 100.0% of input vs 0.0% in training"),
                unknown.get());
    }

    @Test
    void configErrorsNameKeyValueAndAllowedValues() {
        String e1 = bindError("language: vi\ntone_style: modern\n");
        assertEquals("t.yaml: bad value 'modern' for key 'tone_style' (allowed: old, new, keep)", e1);
        String e2 = bindError("lowercse: true\n");
        assertTrue(e2.startsWith("t.yaml: unknown key 'lowercse' (allowed: "), e2);
        assertTrue(e2.contains("lowercase") && e2.contains("tone_style") && e2.contains("words"), e2);
        String e3 = bindError("words:\n  min_count: 0\n");
        assertTrue(e3.contains("'words.min_count'") && e3.contains("'0'") && e3.contains("an integer >= 1"), e3);
        String e4 = bindError("words:\n  treshold: 0.3\n");
        assertTrue(e4.contains("unknown key 'words.treshold'") && e4.contains("threshold"), e4);
        assertEquals("t.yaml: bad value 'maybe' for key 'lowercase' (allowed: true, false)", bindError("lowercase: maybe\n"));
        assertEquals("t.yaml: bad value 'abc' for key 'words.min_count' (allowed: an integer)", bindError("words:\n  min_count: abc\n"));
        assertEquals("t.yaml: bad value for key 'words' (allowed: a mapping of keys)", bindError("words: 5\n"));
        String e5 = bindError("language: fr\n");
        assertEquals("t.yaml: bad value 'fr' for key 'language' (allowed: vi, en)", e5);
        TextConfig ok = Configs.bind(tree("language: vi\ntone_style: new\nwords:\n  min_count: 5\nstopwords:\n  remove: true\n"),
                TextConfig.class, "t.yaml");
        assertEquals("new", ok.toneStyle());
        assertEquals(5, ok.words().minCount());
        assertTrue(ok.stopwords().remove());
        assertEquals(TextConfig.defaults(), Configs.bind(tree("{}"), TextConfig.class, "t.yaml"));
    }

    private static JsonNode tree(String yaml) {
        try {
            return Configs.YAML.readTree(yaml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bindError(String yaml) {
        try {
            Configs.bind(tree(yaml), TextConfig.class, "t.yaml");
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + yaml);
    }
}
