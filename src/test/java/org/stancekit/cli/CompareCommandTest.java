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

/** compare end to end on hand-written labelled articles, and with the shipped stance model. */
class CompareCommandTest {

    private static Path corpus(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        String[][] rows = {
                {"VNE", "2006-03-01", "russia_aligned", "Nga cáo buộc Mỹ can thiệp vào Ukraina."},
                {"VNE", "2006-05-02", "russia_aligned", "Điện Kremlin bác bỏ cáo buộc của phương Tây."},
                {"VNE", "2007-01-03", "not_applicable", "Động đất ở Indonesia làm nhiều người thiệt mạng."},
                {"TT", "2006-02-04", "west_aligned", "Mỹ cáo buộc Nga đe dọa Ukraine bằng khí đốt."},
                {"TT", "2007-06-05", "west_aligned", "EU chỉ trích Nga về khí đốt."},
                {"TT", "2007-07-06", "not_applicable", "Giá dầu tăng mạnh trên thị trường châu Á."},
        };
        int i = 0;
        for (String[] r : rows) {
            var o = Jsonl.MAPPER.createObjectNode();
            o.put("id", "a" + (++i));
            o.put("outlet", r[0]);
            o.put("date", r[1]);
            o.put("label", r[2]);
            o.put("text", r[3]);
            sb.append(o).append('\n');
        }
        sb.append("{not json\n");
        sb.append("{\"id\": \"nolabel\", \"outlet\": \"TT\", \"date\": \"2007-01-01\", \"text\": \"Bài không có nhãn.\"}\n");
        sb.append("{\"id\": \"baddate\", \"outlet\": \"TT\", \"date\": \"28/02/2007\", \"label\": \"balanced\", \"text\": \"Ngày sai định dạng.\"}\n");
        Path f = dir.resolve("coded.jsonl");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void comparesStoredLabelsByOutletAndYearAndAccountsForEveryRecord(@TempDir Path dir) throws Exception {
        Path rep = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", "--use-labels", "--by", "outlet,year", "--min-articles", "1", "--terms", "3", "--min-term-count", "2",
                "-r", rep.toString(), corpus(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("compared 6 of 9 records (1 unreadable, 2 failed)"), r.err());
        assertTrue(r.out().startsWith("outlet year"), r.out());
        assertTrue(r.out().contains("TT 2007"), r.out());
        JsonNode j = Jsonl.MAPPER.readTree(rep.resolve("comparison.json").toFile());
        assertEquals("outlet year", j.get("by").asText());
        assertEquals(List.of("not_applicable", "russia_aligned", "west_aligned"),
                List.of(j.get("labels").get(0).asText(), j.get("labels").get(1).asText(), j.get("labels").get(2).asText()));
        assertEquals(6, j.get("articles").asInt());
        assertEquals(9, j.get("records").get("records_read").asInt());
        assertEquals(4, j.get("groups").size());
        assertEquals("TT 2006", j.get("groups").get(0).get("group").asText(), "chronological: keys sort by name");
        JsonNode vne2006 = j.get("groups").get(2);
        assertEquals("VNE 2006", vne2006.get("group").asText());
        assertEquals(2, vne2006.get("shares").get("russia_aligned").get("count").asInt());
        assertEquals(1.0, vne2006.get("shares").get("russia_aligned").get("share").asDouble());
        assertTrue(j.get("test").get("p_value").isNumber());
        assertTrue(j.get("test").get("permutation_p_value").isNumber());
        assertTrue(Files.size(rep.resolve("shares.png")) > 1000);
        String md = Files.readString(rep.resolve("report.md"));
        assertTrue(md.contains("| VNE 2006 | 2 | 0 (0.0%, 0.0–65.8) | 2 (100.0%, 34.2–100.0) | 0 (0.0%, 0.0–65.8) |"), md);
        List<String> errors = Files.readAllLines(rep.resolve("errors.jsonl"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("no label under field 'label'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("date '28/02/2007' is not ISO 8601")), errors.toString());
    }

    @Test
    void usesTheShippedStanceModelByDefault(@TempDir Path dir) throws Exception {
        Path rep = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", "--models", "models", "-r", rep.toString(), "--min-articles", "1", corpus(dir).toString());
        assertEquals(0, r.code(), r.err());
        // without a period key the badly formatted date is no problem; the unlabelled article gets a model label
        assertTrue(r.err().contains("compared 8 of 9 records (1 unreadable, 0 failed)"), r.err());
        JsonNode j = Jsonl.MAPPER.readTree(rep.resolve("comparison.json").toFile());
        assertTrue(j.get("label_source").asText().startsWith("model "), j.get("label_source").asText());
        assertEquals(List.of("russia_aligned", "west_aligned", "balanced", "not_applicable"),
                List.of(j.get("labels").get(0).asText(), j.get("labels").get(1).asText(), j.get("labels").get(2).asText(), j.get("labels").get(3).asText()));
        JsonNode first = j.get("groups").get(0);
        assertEquals("TT", first.get("group").asText(), "outlets sort by size: TT has 5 readable articles");
        double sum = 0;
        for (JsonNode s : first.get("shares")) sum += s.get("mean_probability").asDouble();
        assertEquals(1.0, sum, 1e-3);
        assertTrue(Files.readString(rep.resolve("report.md")).contains("labels are a model's predictions"));
        assertTrue(j.get("correction").get("source").asText().contains("cross-validation confusion matrix (260 articles)"), j.get("correction").toString());
        assertEquals(12, j.get("correction").get("confusion").get(0).get(0).asInt(), "russia_aligned right in the shipped model's CV");
        assertTrue(first.get("shares").get("russia_aligned").has("corrected_share"));
        CliRun plain = CliRun.of("compare", "--models", "models", "--no-correction", "-r", dir.resolve("cmp2").toString(), corpus(dir).toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(Jsonl.MAPPER.readTree(dir.resolve("cmp2").resolve("comparison.json").toFile()).get("correction").isNull());
    }

    @Test
    void correctsWithAUserValidationSetAndNamesAMissingLabel(@TempDir Path dir) throws Exception {
        Path data = corpus(dir);
        Path rep = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", "-m", "models/stance-vi.zip", "--validation", data.toString(), "-r", rep.toString(), data.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode corr = Jsonl.MAPPER.readTree(rep.resolve("comparison.json").toFile()).get("correction");
        assertTrue(corr.get("source").asText().endsWith("coded.jsonl (7 articles)"), corr.toString());
        long total = 0;
        for (JsonNode row : corr.get("confusion")) for (JsonNode v : row) total += v.asLong();
        assertEquals(7, total);
        Path partial = dir.resolve("partial.jsonl");
        Files.writeString(partial, "{\"id\": \"v1\", \"label\": \"balanced\", \"text\": \"Nga và Mỹ hội đàm.\"}\n");
        r = CliRun.of("compare", "-m", "models/stance-vi.zip", "--validation", partial.toString(), "-r", rep.toString(), data.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("partial.jsonl: no validation article labelled 'russia_aligned' in field 'label'"), r.err());
    }

    @Test
    void badOptionsFailWithOneClearLine(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("compare", "--use-labels", "--by", "week", "-r", dir.resolve("x").toString(), corpus(dir).toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--by: unknown key 'week'"), r.err());
        r = CliRun.of("compare", "--use-labels", "-m", "models/stance-vi.zip", corpus(dir).toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("give either --model or --use-labels, not both"), r.err());
    }
}
