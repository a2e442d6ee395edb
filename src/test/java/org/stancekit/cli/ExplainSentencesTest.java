package org.stancekit.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** explain with the shipped stance model lists the sentences its sentence model reads as evidence. */
class ExplainSentencesTest {

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
