package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.TestData;
import org.stancekit.config.Configs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train -> inspect -> evaluate -> score -> analyze on the tiny hand-written topic corpus. */
class TopicWorkflowTest {

    @TempDir
    static Path tmp;
    static Path model;

    @BeforeAll
    static void train() {
        model = tmp.resolve("models/topic.zip");
        CliRun r = CliRun.of("train", "--config", TestData.resource("topic/tiny.yaml").toString(), "-o", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("test:         n=3  accuracy=1.0000  macro-F1=1.0000"), r.out());
        assertTrue(Files.exists(model));
    }

    @Test
    void inspectPrintsTheManifest() {
        CliRun r = CliRun.of("inspect", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("labels:    [\"kinh_doanh\",\"suc_khoe\",\"the_thao\"]"), r.out());
        assertTrue(r.out().contains("seed 7"), r.out());
        assertTrue(r.out().contains("weights.bin"), r.out());
    }

    @Test
    void evaluateWritesStableMetricKeys() throws IOException {
        Path report = tmp.resolve("report");
        CliRun r = CliRun.of("evaluate", "--model", model.toString(), "--data", TestData.resource("topic/test.jsonl").toString(),
                "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode m = Configs.JSON.readTree(report.resolve("metrics.json").toFile());
        for (String k : List.of("n", "accuracy", "macro_f1", "weighted_f1", "per_class", "confusion")) assertTrue(m.has(k), k);
        assertEquals(3, m.get("n").asInt());
        assertEquals(1, m.get("per_class").get("the_thao").get("support").asInt());
        assertEquals(3, Files.readAllLines(report.resolve("predictions.jsonl")).size());
    }

    @Test
    void scoreWritesOneLinePerRecordAndRecordsBadOnes() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"Cầu thủ ghi bàn\"}\nnot json\n{\"id\":\"b\",\"text\":\"Giá vàng tăng\"}\n");
        Path out = tmp.resolve("scores.jsonl");
        CliRun r = CliRun.of("score", "--model", model.toString(), in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode a = Configs.JSON.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        assertEquals("the_thao", a.get("label").asText());
        assertEquals(3, a.get("scores").size());
        assertEquals("b", Configs.JSON.readTree(lines.get(1)).get("id").asText());
        assertTrue(r.err().contains("scored 2 of 3 records; 1 unreadable"), r.err());
        assertTrue(Files.readString(Path.of(out + ".errors.jsonl")).contains("\"line\":2"));
    }

    @Test
    void scoreCleansHtmlRecordsUnlessToldNotTo() throws IOException {
        String page = "<html><head><title>Giá vàng tăng mạnh</title></head><body>"
                + "<nav><a href=\\\"/bong-da\\\">Bóng đá</a> | <a href=\\\"/doi-tuyen\\\">Đội tuyển</a> | <a href=\\\"/chung-ket\\\">Chung kết</a></nav>"
                + "<article><h1>Giá vàng tăng mạnh</h1><p>Giá vàng trên thị trường hôm nay tăng mạnh, nhiều nhà đầu tư "
                + "mua vào khi giá vàng thế giới lập đỉnh mới trong phiên giao dịch buổi sáng.</p></article></body></html>";
        Path in = tmp.resolve("pages.jsonl");
        Files.writeString(in, "{\"id\":\"g\",\"text\":\"" + page + "\"}\n");
        Path cleaned = tmp.resolve("cleaned.jsonl");
        Path raw = tmp.resolve("raw.jsonl");
        assertEquals(0, CliRun.of("score", "--model", model.toString(), in.toString(), "-o", cleaned.toString()).code());
        assertEquals(0, CliRun.of("score", "--model", model.toString(), "--clean", "never", in.toString(),
                "-o", raw.toString()).code());
        // the navigation's sport links pull the raw page towards the_thao; the cleaned article reads as business only
        double sportCleaned = Configs.JSON.readTree(Files.readString(cleaned)).get("scores").get("the_thao").asDouble();
        double sportRaw = Configs.JSON.readTree(Files.readString(raw)).get("scores").get("the_thao").asDouble();
        assertTrue(sportRaw > sportCleaned + 0.1, sportRaw + " vs " + sportCleaned);
    }

    @Test
    void scoreReadsACsvThroughTheColumnMappingOptions() throws IOException {
        Path in = tmp.resolve("news.csv");
        Files.writeString(in, "key;headline;body\nk1;Đội tuyển thắng;Cầu thủ ghi bàn ở trận chung kết\nk2;Giá vàng;Giá vàng tăng mạnh trên thị trường\n");
        Path out = tmp.resolve("csv-scores.jsonl");
        CliRun r = CliRun.of("score", "--model", model.toString(), "--csv-id", "key", "--csv-text", "headline,body",
                "--csv-delimiter", ";", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("k1", Configs.JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals("the_thao", Configs.JSON.readTree(lines.get(0)).get("label").asText());
        assertEquals("kinh_doanh", Configs.JSON.readTree(lines.get(1)).get("label").asText());
        CliRun wrong = CliRun.of("score", "--model", model.toString(), "--format", "jsonl", "--csv-text", "body", in.toString());
        assertEquals(1, wrong.code());
        assertEquals("stancekit score: --csv-* options apply to CSV input only, not to --format jsonl", wrong.err().strip());
    }

    @Test
    void explainMarksTheNgramsThatPushedTheLabel() throws IOException {
        Path in = tmp.resolve("explain.jsonl");
        Files.writeString(in, "{\"id\":\"e1\",\"text\":\"Đội tuyển bóng đá thắng trận, cầu thủ vui mừng.\"}\n");
        CliRun r = CliRun.of("explain", "--model", model.toString(), "--top", "3", in.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("label: the_thao"), r.out());
        String text = r.out().substring(r.out().indexOf("text ([[n-gram]]"));
        assertTrue(text.contains("[[") && text.contains("]]") && text.replace("[[", "").replace("]]", "").contains("Đội tuyển bóng đá thắng trận, cầu thủ vui mừng."), text);
    }

    @Test
    void analyzePrintsARowPerArticleAndWritesTheReport() throws IOException {
        Path pages = tmp.resolve("pages");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("p1.txt"), "Đội tuyển thắng trận\n\nCầu thủ ghi bàn ở phút cuối trận đấu, huấn luyện viên khen đội bóng.\n");
        Path report = tmp.resolve("analysis");
        CliRun r = CliRun.of("analyze", pages.toString(), "--models", model.getParent().toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("p1") && l.contains("the_thao")), r.out());
        assertTrue(Files.readString(report.resolve("report.md")).contains("| the_thao | 1 |"));
        assertEquals(1, Configs.JSON.readTree(report.resolve("summary.json").toFile()).get("analyzed").asInt());
    }

    @Test
    void badModelFileIsAOneLineError() throws IOException {
        Path bogus = tmp.resolve("bogus.zip");
        Files.writeString(bogus, "not a zip");
        CliRun r = CliRun.of("score", "--model", bogus.toString(), TestData.resource("topic/test.jsonl").toString());
        assertEquals(1, r.code());
        assertEquals("stancekit score: " + bogus + ": not a stancekit model (not a zip file)", r.err().strip());
    }
}
