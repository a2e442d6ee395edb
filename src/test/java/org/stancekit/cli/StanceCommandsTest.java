package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** weak-label, train-stance and explain end to end on hand-written articles. */
class StanceCommandsTest {

    private static final String[][] ROWS = {
            {"r1", "Nga cáo buộc Mỹ can thiệp\nĐiện Kremlin khẳng định phương Tây gây sức ép.", "russia_aligned"},
            {"r2", "Putin chỉ trích NATO mở rộng\nÔng Putin cho biết NATO đe dọa an ninh.", "russia_aligned"},
            {"r3", "Lavrov bác bỏ cáo buộc của Washington\nNgoại trưởng Nga nói Mỹ tiêu chuẩn kép.", "russia_aligned"},
            {"w1", "Mỹ cáo buộc Nga đe dọa láng giềng\nNhà Trắng cho biết Nga dùng vũ khí năng lượng.", "west_aligned"},
            {"w2", "EU chỉ trích Nga về khí đốt\nLiên minh châu Âu khẳng định Nga tống tiền Ukraina.", "west_aligned"},
            {"w3", "Gruzia tố cáo Nga xâm lược\nTổng thống Saakashvili nói Nga gây hấn.", "west_aligned"},
            {"n1", "Động đất ở Indonesia\nHàng trăm người thiệt mạng sau trận động đất.", "not_applicable"},
            {"n2", "Giá dầu tăng mạnh\nThị trường châu Á biến động trong phiên sáng.", "not_applicable"},
            {"n3", "Lũ lụt ở Trung Quốc\nMưa lớn khiến nhiều tỉnh ngập sâu.", "not_applicable"},
    };

    private static Path corpus(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String[] r : ROWS) {
            var o = Jsonl.MAPPER.createObjectNode();
            o.put("id", r[0]);
            o.put("label", r[2]);
            o.put("text", r[1]);
            sb.append(o).append('\n');
        }
        sb.append("{not json\n");
        Path f = dir.resolve("corpus.jsonl");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void weakLabelWritesEveryArticleAndTheTable(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                labels: [russia_aligned, west_aligned, not_applicable]
                rules:
                  - {name: ru_first, type: feature, label: russia_aligned, all: [{feature: title_first_ru, op: "==", value: 1}]}
                  - {name: we_first, type: feature, label: west_aligned, all: [{feature: title_first_we, op: "==", value: 1}]}
                  - {name: no_side, type: feature, label: not_applicable, all: [{feature: mention_any, op: "==", value: 0}]}
                """);
        Path out = dir.resolve("weak.jsonl");
        CliRun r = CliRun.of("weak-label", "--rules", rules.toString(), "--data", corpus(dir).toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(9, lines.size());
        JsonNode first = Jsonl.MAPPER.readTree(lines.get(0));
        assertEquals("russia_aligned", first.get("weak_label").asText());
        assertTrue(first.get("weak_probs").has("west_aligned"));
        assertTrue(r.out().contains("ru_first"), r.out());
        assertTrue(r.out().contains("9 articles read, 9 weakly labelled, 0 with every rule abstaining"), r.out());
        assertTrue(r.out().contains("1 unreadable lines skipped"), r.out());
        assertTrue(r.err().contains("corpus.jsonl:10"), r.err());
        assertTrue(Files.exists(Path.of(out + ".errors.jsonl")));
    }

    @Test
    void benchStanceWritesHeldOutPredictionsAndPrintsTheConfusion(@TempDir Path dir) throws Exception {
        corpus(dir);
        StringBuilder folds = new StringBuilder("id\tfold\n");
        for (int i = 0; i < ROWS.length; i++) folds.append(ROWS[i][0]).append('\t').append(i % 3).append('\n');
        Files.writeString(dir.resolve("folds.tsv"), folds.toString());
        Path cfg = dir.resolve("stance.yaml");
        Files.writeString(cfg, """
                task: stance-test
                labels: [russia_aligned, west_aligned, not_applicable]
                data: {format: jsonl, train: corpus.jsonl, folds_file: folds.tsv}
                text: {language: vi}
                features: {ngram_min: 1, ngram_max: 1, min_df: 1}
                model: {solver: logreg, c: 10, class_weight: balanced}
                """);
        Path preds = dir.resolve("pred.jsonl");
        CliRun b = CliRun.of("bench", "stance", "--config", cfg.toString(), "--no-peer", "--threads", "1", "--predictions", preds.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("3-fold CV (folds.tsv), 9 train / 9 test articles"), b.out());
        assertTrue(b.out().contains("stancekit confusion (rows: gold, columns: predicted)"), b.out());
        List<JsonNode> rows = Files.readAllLines(preds).stream().map(l -> {
            try {
                return Jsonl.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(9, rows.size(), "one held-out prediction per labelled article");
        assertEquals("r1", rows.get(0).get("id").asText());
        assertEquals("russia_aligned", rows.get(0).get("gold").asText());
        assertEquals(1.0, rows.get(0).get("scores").get("russia_aligned").asDouble() + rows.get(0).get("scores").get("west_aligned").asDouble()
                + rows.get(0).get("scores").get("not_applicable").asDouble(), 1e-9);
        CliRun ev = CliRun.of("evaluate", "--predictions", preds.toString(), "--report", dir.resolve("rep").toString(), "--bootstrap", "0");
        assertEquals(0, ev.code(), ev.err());
        // --folds replaces the config's fold file: two folds instead of three
        StringBuilder two = new StringBuilder("id\tfold\n");
        for (int i = 0; i < ROWS.length; i++) two.append(ROWS[i][0]).append('\t').append(i % 2).append('\n');
        Files.writeString(dir.resolve("two.tsv"), two.toString());
        CliRun b2 = CliRun.of("bench", "stance", "--config", cfg.toString(), "--no-peer", "--threads", "1", "--folds", dir.resolve("two.tsv").toString());
        assertEquals(0, b2.code(), b2.err());
        assertTrue(b2.out().contains("2-fold CV (two.tsv), 9 train / 9 test articles"), b2.out());
        Files.writeString(dir.resolve("short.tsv"), "id\tfold\nr1\t0\n");
        CliRun b3 = CliRun.of("bench", "stance", "--config", cfg.toString(), "--no-peer", "--threads", "1", "--folds", dir.resolve("short.tsv").toString());
        assertEquals(1, b3.code());
        assertTrue(b3.err().contains("short.tsv: no fold for article"), b3.err());
    }

    @Test
    void trainStanceThenExplain(@TempDir Path dir) throws Exception {
        Path data = corpus(dir);
        Path cfg = dir.resolve("stance.yaml");
        Files.writeString(cfg, """
                task: stance-test
                labels: [russia_aligned, west_aligned, not_applicable]
                data: {format: jsonl, train: corpus.jsonl}
                text: {language: vi, framing_weight: 0.3}
                features: {ngram_min: 1, ngram_max: 2, min_df: 1}
                model: {solver: logreg, c: 10, class_weight: balanced}
                output: model.zip
                """);
        CliRun t = CliRun.of("train-stance", "--config", cfg.toString(), "--threads", "1");
        assertEquals(0, t.code(), t.err());
        assertTrue(Files.exists(dir.resolve("model.zip")));
        assertTrue(t.out().contains("from 9 labelled articles"), t.out());
        Path report = dir.resolve("report");
        CliRun ev = CliRun.of("evaluate", "--model", dir.resolve("model.zip").toString(), "--data", data.toString(),
                "--report", report.toString(), "--bootstrap", "0", "--no-leakage");
        assertEquals(0, ev.code(), ev.err());
        JsonNode metrics = Jsonl.MAPPER.readTree(report.resolve("metrics.json").toFile());
        assertEquals("[\"russia_aligned\",\"west_aligned\"]", metrics.get("sided_labels").toString(), "sided pair by labels, whatever the task name");
        assertEquals(1.0, metrics.get("f1_sided_avg").asDouble());
        Path article = dir.resolve("a.jsonl");
        Files.writeString(article, "{\"id\": \"x\", \"text\": \"Nga cáo buộc EU gây sức ép\\nMatxcơva khẳng định phương Tây khiêu khích.\"}\n");
        CliRun e = CliRun.of("explain", "--model", dir.resolve("model.zip").toString(), "-n", "5", article.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("label: russia_aligned"), e.out());
        assertTrue(e.out().contains("pushed towards russia_aligned"), e.out());
        assertTrue(e.out().contains("framing:"), e.out());
        assertTrue(e.out().contains("[[") || e.out().contains("<<"), e.out());
    }

    @Test
    void poolLabelFilterMatchingNothingIsOneLine(@TempDir Path dir) throws Exception {
        corpus(dir);
        Files.writeString(dir.resolve("pool.jsonl"), """
                {"id": "p1", "label": "The gioi", "text": "Nga và Mỹ đàm phán"}
                {"id": "p2", "label": "Kinh doanh", "text": "Giá dầu tăng"}
                {"id": "p3", "label": "The gioi", "text": "EU họp về Nga"}
                """);
        Path cfg = dir.resolve("stance.yaml");
        Files.writeString(cfg, """
                task: stance-test
                labels: [russia_aligned, west_aligned, not_applicable]
                data: {format: jsonl, train: corpus.jsonl}
                unlabelled: {paths: [pool.jsonl], label: The-gioi}
                model: {solver: logreg, c: 10}
                output: model.zip
                """);
        CliRun t = CliRun.of("train-stance", "--config", cfg.toString(), "--threads", "1");
        assertEquals(1, t.code(), t.err());
        assertEquals("stancekit train-stance: " + cfg + ": unlabelled.label 'The-gioi' matches no record of pool.jsonl (values of 'label' found: The gioi, Kinh doanh)",
                t.err().strip());
    }

    @Test
    void badRulesFileIsOneLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "labels: [a, b]\nrules:\n  - {name: x, type: lexicon, label: c, words: [y]}\n");
        CliRun r = CliRun.of("weak-label", "--rules", rules.toString(), "--data", corpus(dir).toString(), "-o", dir.resolve("o.jsonl").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("rules.yaml") && r.err().contains("'c'"), r.err());
    }
}
