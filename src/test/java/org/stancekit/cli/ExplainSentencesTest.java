package org.stancekit.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** explain and analyze with the shipped stance model list the sentences its sentence model reads as evidence. */
class ExplainSentencesTest {

    @Test
    void analyzeWritesTwoEvidenceSentencesPerArticle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        CliRun r = CliRun.of("analyze", "--models", "models", "--report", dir.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        for (String line : java.nio.file.Files.readAllLines(dir.resolve("results.jsonl"))) {
            var stance = org.stancekit.corpus.Jsonl.MAPPER.readTree(line).get("stance-vi");
            assertEquals(2, stance.get("evidence_sentences").size(), line);
            var first = stance.get("evidence_sentences").get(0);
            assertTrue(first.get("probability").asDouble() >= stance.get("evidence_sentences").get(1).get("probability").asDouble());
            assertTrue(first.get("sentence").asText().length() > 10);
        }
        String md = java.nio.file.Files.readString(dir.resolve("report.md"));
        String section = md.substring(md.indexOf("## Evidence sentences"));
        assertTrue(section.contains("\n**003_d5b14f91669aa74f** Bộ trưởng Quốc phòng Nga, Mỹ lần đầu trao đổi về Ukraine\n"), section);
        assertEquals(10, section.lines().filter(l -> l.startsWith("> ") && l.endsWith(")*")).count(), "two quoted sentences for each of the 5 seeds: " + section);
        assertEquals(5, section.lines().filter(l -> l.startsWith("stance-vi: ")).count(), section);
    }

    @Test
    void listsTheStrongestEvidenceSentences() {
        CliRun r = CliRun.of("explain", "--model", "models/stance-vi.zip", "--no-text", "--top", "3", "seeds/003_d5b14f91669aa74f.txt");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int at = out.indexOf("sentences read as evidence for ");
        assertTrue(at > 0, out);
        String[] lines = out.substring(at).split("\n");
        assertTrue(lines.length >= 4, out);
        double previous = 1;
        for (int i = 1; i <= 3; i++) {
            String[] f = lines[i].strip().split("\\s+", 3);
            double p = Double.parseDouble(f[0]);
            assertTrue(p <= previous, "sorted by probability: " + lines[i]);
            previous = p;
            assertTrue(f[1].equals("head") || f[1].equals("lead") || f[1].equals("body"), lines[i]);
        }
        assertTrue(out.contains("sentence:"), "sentence-model features are named in the contributions");
    }
}
