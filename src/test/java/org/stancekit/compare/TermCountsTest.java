package org.stancekit.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermCountsTest {

    @Test
    void countsUnigramsAndBigramsAndNumbersBreakBigrams() {
        TermCounts t = new TermCounts();
        t.add("A", List.of("nga", "cáo_buộc", "mỹ", "2006", "mỹ", "<num>", "nga"));
        assertEquals(2, t.count("nga", "A"));
        assertEquals(2, t.count("mỹ", "A"));
        assertEquals(1, t.count("nga cáo_buộc", "A"));
        assertEquals(1, t.count("cáo_buộc mỹ", "A"));
        assertEquals(0, t.count("mỹ mỹ", "A"));
        assertEquals(0, t.count("2006", "A"));
        assertEquals(0, t.count("nga", "B"));
        assertEquals(7, t.total("A")); // 5 unigrams + 2 bigrams
        assertEquals(List.of("A"), t.groups());
    }

    @Test
    void logOddsWithInformativePriorMatchesHandComputation() {
        TermCounts t = new TermCounts();
        t.add("A", List.of("nga", "nga", "nga", "mỹ"));
        t.add("B", List.of("mỹ", "mỹ", "mỹ", "nga"));
        List<DistinctiveTerms.Term> a = DistinctiveTerms.of(t, "A", 10, 1, 0.0);
        assertEquals(List.of("nga nga", "nga", "nga mỹ"), a.stream().map(DistinctiveTerms.Term::term).toList());
        assertEquals(0.928810, a.get(0).z(), 1e-6);
        assertEquals(0.804373, a.get(0).logOdds(), 1e-6);
        assertEquals(0.802684, a.get(1).z(), 1e-6);
        assertEquals(3, a.get(1).inGroup());
        assertEquals(1, a.get(1).inRest());
        assertEquals(0.607833, a.get(2).z(), 1e-6);
        assertEquals(List.of("mỹ mỹ", "mỹ", "mỹ nga"), DistinctiveTerms.of(t, "B", 10, 1, 0.0).stream().map(DistinctiveTerms.Term::term).toList());
        assertEquals(List.of(), DistinctiveTerms.of(t, "A", 10, 1, 1.96), "nothing is significant in 8 tokens");
        assertEquals(List.of("nga"), DistinctiveTerms.of(t, "A", 10, 4, 0.0).stream().map(DistinctiveTerms.Term::term).toList());
    }
}
