package org.stancekit.train.stance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Article;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import org.stancekit.train.LinearConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stance trainer on hand-written headlines: learns, is deterministic, and its model survives save/load. */
class StanceTrainerTest {

    static final List<String> LABELS = List.of("russia_aligned", "west_aligned", "not_applicable");

    static StanceConfig config(double framingWeight) {
        return config(framingWeight, null);
    }

    static StanceConfig config(double framingWeight, SentenceModelConfig sentences) {
        StanceData data = new StanceData("jsonl", "unused.jsonl", "label", null, null, null, null, null, null);
        StanceText text = new StanceText("vi", true, 0, framingWeight, null, null, null, null, sentences);
        VectorizerConfig vc = new VectorizerConfig(1, 2, 1, 1.0, 0, true, "l2", "vocabulary", 20);
        LinearConfig lc = new LinearConfig("logreg", 10.0, "balanced", null, null, null);
        return new StanceConfig("stance-test", LABELS, data, text, vc, lc, null, null, null, null, 7L, null);
    }

    static List<Article> corpus() {
        String[][] rows = {
                {"Nga cáo buộc Mỹ can thiệp\nĐiện Kremlin khẳng định phương Tây gây sức ép.", "russia_aligned"},
                {"Putin chỉ trích NATO mở rộng\nÔng Putin cho biết NATO đe dọa an ninh.", "russia_aligned"},
                {"Lavrov bác bỏ cáo buộc của Washington\nNgoại trưởng Nga nói Mỹ tiêu chuẩn kép.", "russia_aligned"},
                {"Matxcơva phản đối lá chắn tên lửa\nNga khẳng định Mỹ khiêu khích.", "russia_aligned"},
                {"Mỹ cáo buộc Nga đe dọa láng giềng\nNhà Trắng cho biết Nga dùng vũ khí năng lượng.", "west_aligned"},
                {"EU chỉ trích Nga về khí đốt\nLiên minh châu Âu khẳng định Nga tống tiền Ukraina.", "west_aligned"},
                {"Gruzia tố cáo Nga xâm lược\nTổng thống Saakashvili nói Nga gây hấn.", "west_aligned"},
                {"Bush kêu gọi Putin tôn trọng dân chủ\nÔng Bush cho biết Nga lùi bước về dân chủ.", "west_aligned"},
                {"Động đất ở Indonesia\nHàng trăm người thiệt mạng sau trận động đất.", "not_applicable"},
                {"Giá dầu tăng mạnh\nThị trường châu Á biến động trong phiên sáng.", "not_applicable"},
                {"Bóng đá Brazil thắng lớn\nĐội tuyển giành chiến thắng ba bàn.", "not_applicable"},
                {"Lũ lụt ở Trung Quốc\nMưa lớn khiến nhiều tỉnh ngập sâu.", "not_applicable"},
        };
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) out.add(Article.of("a" + i, rows[i][0]).withLabel("label", rows[i][1]));
        return out;
    }

    @Test
    void learnsTheTrainingSetAndIsDeterministic() {
        StanceTrainer t = new StanceTrainer(config(0.3), null, 1, s -> { });
        List<Prepared> p = t.prepare(corpus(), "label");
        StanceTrainer.Fit a = t.fit(p, List.of());
        StanceTrainer.Fit b = t.fit(p, List.of());
        int right = 0;
        for (Prepared x : p) {
            double[] pa = a.classifier().model().probabilities(t.vector(a.classifier(), x));
            double[] pb = b.classifier().model().probabilities(t.vector(b.classifier(), x));
            assertArrayEquals(pa, pb);
            if (org.stancekit.eval.PredictionSet.argmax(pa) == x.gold()) right++;
        }
        assertEquals(p.size(), right);
        assertEquals(12, a.labelled());
        assertEquals(Map.of(), a.weakAdded());
    }

    @Test
    void unknownLabelIsAnError() {
        StanceTrainer t = new StanceTrainer(config(0.3), null, 1, s -> { });
        List<Article> bad = List.of(Article.of("x", "Nga\nMỹ").withLabel("label", "pro_mars"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.prepare(bad, "label"));
        assertTrue(e.getMessage().contains("pro_mars"), e.getMessage());
    }

    @Test
    void modelFileRoundTripKeepsPredictions(@TempDir Path dir) throws Exception {
        StanceTrainer t = new StanceTrainer(config(0.3), null, 1, s -> { });
        TextClassifier c = t.fit(t.prepare(corpus(), "label"), List.of()).classifier();
        var m = org.stancekit.config.Configs.JSON.createObjectNode();
        m.put("task", "stance-test");
        m.set("labels", org.stancekit.config.Configs.JSON.valueToTree(c.labels()));
        Path zip = dir.resolve("m.zip");
        ModelFile.save(c, m, zip);
        TextClassifier back = ModelFile.load(zip).classifier();
        Article probe = Article.of("p", "Nga cáo buộc EU gây sức ép\nMatxcơva khẳng định phương Tây khiêu khích.");
        assertArrayEquals(c.probabilities(probe), back.probabilities(probe), 1e-6);
        assertEquals("russia_aligned", back.predict(probe, 3).label());
        assertEquals(c.dimension(), back.dimension());
        assertTrue(back.predict(probe, 50).contributions().stream().anyMatch(k -> k.feature().startsWith("framing:")));
    }

    /** The corpus with each article's headline quoted as evidence (as the annotators quote headlines and sentences). */
    static List<Article> withEvidence() {
        List<Article> out = new ArrayList<>();
        for (Article a : corpus()) out.add(a.withMetadata("evidence", List.of(a.text().split("\n")[0])));
        return out;
    }

    @Test
    void sentenceModelAddsFeaturesIsDeterministicAndSurvivesSaveLoad(@TempDir Path dir) throws Exception {
        StanceTrainer t = new StanceTrainer(config(0.3, new SentenceModelConfig(0.5, 3.0, 0.5, 3, null, null)), null, 1, s -> { });
        List<Prepared> p = t.prepare(withEvidence(), "label");
        assertEquals(2, p.get(0).sentences().size(), "headline and one body sentence");
        assertArrayEquals(new boolean[]{true, false}, p.get(0).evidence());
        StanceTrainer.Fit a = t.fit(p, List.of());
        StanceTrainer.Fit b = t.fit(p, List.of());
        assertArrayEquals(a.classifier().model().toBytes(), b.classifier().model().toBytes(), "same data and seed, same weights");
        var ext = (org.stancekit.features.framing.FramingExtension) a.classifier().extension();
        assertEquals(15, ext.sentences().dimension(), "5 summaries x 3 labels");
        assertEquals(a.classifier().vectorizer().dimension() + 39 + 15, a.classifier().dimension());
        assertEquals("sentence:russia_aligned:max", a.classifier().featureName(a.classifier().vectorizer().dimension() + 39));
        var m = org.stancekit.config.Configs.JSON.createObjectNode();
        m.put("task", "stance-test");
        m.set("labels", org.stancekit.config.Configs.JSON.valueToTree(a.classifier().labels()));
        Path zip = dir.resolve("m.zip");
        ModelFile.save(a.classifier(), m, zip);
        TextClassifier back = ModelFile.load(zip).classifier();
        Article probe = Article.of("p", "Nga cáo buộc EU gây sức ép\nMatxcơva khẳng định phương Tây khiêu khích.");
        assertArrayEquals(a.classifier().probabilities(probe), back.probabilities(probe), 1e-9);
        assertEquals("russia_aligned", back.predict(probe, 3).label());
        for (Prepared x : p) assertArrayEquals(a.classifier().probabilities(t.vector(a.classifier(), x)),
                back.probabilities(back.vectorize(withEvidence().get(Integer.parseInt(x.id().substring(1))))), 1e-6,
                "scoring from text equals the trainer's prepared vector for " + x.id());
    }

    @Test
    void aSentenceModelWithoutQuotesNamesTheMissingLabel() {
        StanceTrainer t = new StanceTrainer(config(0.3, new SentenceModelConfig(null, null, null, 3, null, null)), null, 1, s -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.fit(t.prepare(corpus(), "label"), List.of()));
        assertEquals("text.sentence_model: no sentence of a 'russia_aligned' article matches an evidence quote (field 'evidence'); "
                + "give quotes for every label or remove sentence_model", e.getMessage());
    }

    @Test
    void evidenceMustBeAListOfQuotes() {
        StanceTrainer t = new StanceTrainer(config(0.3, new SentenceModelConfig(null, null, null, null, null, null)), null, 1, s -> { });
        List<Article> bad = List.of(corpus().get(0).withMetadata("evidence", 42));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.prepare(bad, "label"));
        assertEquals("article a0: field 'evidence' should be a list of evidence quotes, got 42", e.getMessage());
    }

    @Test
    void crossValidationUsesTheFoldFile(@TempDir Path dir) throws Exception {
        StanceTrainer t = new StanceTrainer(config(0.3), null, 1, s -> { });
        List<Prepared> p = t.prepare(corpus(), "label");
        Map<String, Integer> folds = new java.util.HashMap<>();
        for (int i = 0; i < p.size(); i++) folds.put(p.get(i).id(), i % 2);
        StanceEvaluation.Result r = StanceEvaluation.crossValidate(t, LABELS, p, List.of(), folds, dir.resolve("f.tsv"), s -> { });
        assertEquals(12, r.confusion().n());
        folds.remove("a3");
        assertThrows(IllegalArgumentException.class,
                () -> StanceEvaluation.crossValidate(t, LABELS, p, List.of(), folds, dir.resolve("f.tsv"), s -> { }));
    }
}
