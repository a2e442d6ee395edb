package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LeakageDetectorTest {

    static String words(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(prefix).append(i).append(i % 7 == 6 ? ".\n" : " ");
        return b.toString();
    }

    @Test
    void findsExactAndNearDuplicates() {
        String base = "Bộ trưởng Ngoại giao hai nước đã gặp nhau tại Hà Nội. " + words("tu", 60);
        String other = words("khac", 80);
        LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS);
        d.addTrain("tr1", base);
        d.addTrain("tr2", other);
        d.addTrain("tr3", "ngắn");
        // same text after NFC, case and whitespace normalisation
        d.checkTest("te1", Normalizer.normalize(base.toUpperCase(), Normalizer.Form.NFD).replace(" ", "  \t"));
        // one word of ~70 changed: a near-duplicate
        d.checkTest("te2", base.replace("tu30 ", "khong "));
        d.checkTest("te3", words("moi", 80));
        d.checkTest("te4", "NGẮN");
        d.checkTest("te5", other);
        LeakageReport r = d.report();
        assertEquals(3, r.trainRecords());
        assertEquals(5, r.testRecords());
        assertEquals(3, r.exactTestRecords(), "te1, te4, te5");
        assertEquals(3, r.uniqueSharedTexts());
        assertEquals(1, r.nearTestRecords());
        assertEquals(Set.of("te1", "te2", "te4", "te5"), r.leakedTestIds());
        LeakPair near = r.pairs().stream().filter(p -> p.kind().equals(LeakPair.NEAR)).findFirst().orElseThrow();
        assertEquals("te2", near.testId());
        assertEquals("tr1", near.trainId());
        assertTrue(near.similarity() >= 0.8 && near.similarity() < 1, "similarity " + near.similarity());
    }

    @Test
    void countsDistinctSharedTexts() {
        LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS);
        d.addTrain("a", "same text here");
        d.addTrain("b", "same text here");
        d.checkTest("x", "same text here");
        d.checkTest("y", "Same  text here ");
        LeakageReport r = d.report();
        assertEquals(2, r.exactTestRecords());
        assertEquals(1, r.uniqueSharedTexts());
        assertEquals(List.of("a", "a"), r.pairs().stream().map(LeakPair::trainId).toList(), "first training id is named");
    }

    @Test
    void trainAfterTestIsAnError() {
        LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS);
        d.checkTest("x", "t");
        assertThrows(IllegalStateException.class, () -> d.addTrain("a", "t"));
    }

    @Test
    void similarityEstimateTracksJaccard() {
        LeakageDetector d = new LeakageDetector(new LeakageOptions(1, 512, 64, 0.8, 1));
        // word sets {0..99} and {50..149}: Jaccard 50/150 = 1/3
        int[] a = d.signature(LeakageDetector.normalize(words("w", 100)));
        StringBuilder b = new StringBuilder();
        for (int i = 50; i < 150; i++) b.append("w").append(i).append(' ');
        int[] c = d.signature(LeakageDetector.normalize(b.toString()));
        assertEquals(1 / 3.0, LeakageDetector.similarity(a, c), 0.08);
    }
}
