package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReportWriterTest {

    @Test
    void writesEveryFileAndPredictionsRoundTrip(@TempDir Path dir) throws Exception {
        PredictionSet p = ReportFixtures.predictions(400, 3);
        Report r = ReportFixtures.report(p);
        ReportWriter.write(dir, r);
        for (String f : List.of("metrics.json", "predictions.jsonl", "leakage.jsonl", "report.md", "report.html",
                "charts/confusion.png", "charts/per_class.png", "charts/reliability.png", "charts/learning_curve.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        JsonNode m = Jsonl.MAPPER.readTree(dir.resolve("metrics.json").toFile());
        assertEquals(400, m.get("n").asInt());
        assertEquals(r.evaluation().macroF1(), m.get("macro_f1").asDouble(), 1e-12);
        assertEquals("stancekit evaluate --model fixture.zip --data fixture.jsonl --bootstrap 300 --seed 5", m.get("provenance").get("command").asText());
        assertEquals("f".repeat(64), m.get("provenance").get("model_sha256").asText());
        assertTrue(m.get("deduplicated").get("n").asInt() < 400);
        assertEquals(1.2345, m.get("temperature").asDouble());

        // anyone can recompute the figures from predictions.jsonl
        PredictionSet back = PredictionsFile.read(dir.resolve("predictions.jsonl"));
        assertEquals(p.labels(), back.labels());
        assertArrayEquals(p.gold(), back.gold());
        assertArrayEquals(p.pred(), back.pred());
        Evaluation again = Evaluator.evaluate(back, r.evaluation().options());
        assertEquals(r.evaluation().toJson(), again.toJson());

        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(4, html.split("data:image/png;base64,", -1).length - 1, "four embedded charts");
        assertFalse(html.contains("src=\"charts/"), "self-contained: no external images");
        assertTrue(html.contains("most confident errors"));
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| macro_f1 |"));
        assertTrue(md.contains("## Extra figures") && md.contains("| x | 1.0000 |"), "extra tables are shown");
        assertTrue(html.contains("<h2>Extra figures</h2>"));
        assertTrue(md.contains("\"task\" : \"stance\""), "model manifest is shown");
        assertEquals(20, ReportWriter.confidentErrors(p, 20).size());
        double prev = 2;
        for (ReportWriter.ErrorRow e : ReportWriter.confidentErrors(p, 20)) {
            assertTrue(e.confidence() <= prev);
            prev = e.confidence();
        }
    }

    @Test
    void htmlEscapesText() {
        assertEquals("&lt;b&gt; &amp; &quot;", ReportWriter.esc("<b> & \""));
    }

    @Test
    void predictionsFileErrorsNameTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"gold\":\"x\",\"pred\":\"y\",\"scores\":null}\n{\"id\":\"b\",\"gold\":\"x\"}\n");
        var ex = assertThrows(org.stancekit.corpus.CorpusException.class, () -> PredictionsFile.read(f));
        assertTrue(ex.getMessage().endsWith("p.jsonl:2: missing field \"pred\""), ex.getMessage());
    }
}
