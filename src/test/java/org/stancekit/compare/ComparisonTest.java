package org.stancekit.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    private static final List<String> LABELS = List.of("ru", "we", "na");

    private static void add(LabelTally t, String group, String label, int times) {
        for (int i = 0; i < times; i++) t.add(group, label, null);
    }

    @Test
    void sharesTestsAndSmallGroups() {
        LabelTally t = new LabelTally(LABELS);
        add(t, "A", "ru", 12);
        add(t, "A", "we", 3);
        add(t, "A", "na", 5);
        add(t, "B", "ru", 4);
        add(t, "B", "we", 10);
        add(t, "B", "na", 6);
        add(t, "C", "ru", 2);
        add(t, "C", "we", 2);
        add(t, "C", "na", 16);
        add(t, "D", "ru", 2);
        add(t, "(no outlet)", "na", 7);
        Comparison c = Comparison.of(t, null, CompareOptions.defaults(), false);
        assertEquals(List.of("A", "B", "C", "(no outlet)", "D"), c.groups().stream().map(Comparison.GroupShares::group).toList());
        Comparison.Share aRu = c.groups().get(0).shares().get(0);
        assertEquals(12, aRu.count());
        assertEquals(0.6, aRu.share(), 1e-12);
        assertEquals(Proportions.wilson(12, 20, 0.95)[0], aRu.low(), 1e-12);
        assertTrue(Double.isNaN(aRu.meanProbability()));
        assertFalse(c.groups().get(3).tested());
        assertFalse(c.groups().get(4).tested());
        Comparison.Test test = c.test();
        assertNotNull(test);
        assertEquals(25.155556, test.chiSquare(), 1e-5); // the hand-checked 3x3 table of IndependenceTestsTest
        assertEquals(4, test.df());
        assertEquals(60, test.articles());
        assertTrue(test.permutationP() < 0.001, "permutation p " + test.permutationP());
        assertEquals(3, c.pairs().size());
        assertEquals("A", c.pairs().get(0).a());
        assertEquals("B", c.pairs().get(0).b());
        assertTrue(c.notes().get(0).contains("fewer than 5 articles left out of the tests: D"), c.notes().toString());
        assertEquals(Comparison.of(t, null, CompareOptions.defaults(), false), c, "seeded: the same comparison twice");
    }

    @Test
    void periodsSortChronologicallyAndOneGroupGivesNoTest() {
        LabelTally t = new LabelTally(LABELS);
        add(t, "2007", "ru", 6);
        add(t, "2005", "we", 6);
        Comparison c = Comparison.of(t, null, CompareOptions.defaults(), true);
        assertEquals(List.of("2005", "2007"), c.groups().stream().map(Comparison.GroupShares::group).toList());
        assertNotNull(c.test());
        LabelTally one = new LabelTally(LABELS);
        add(one, "A", "ru", 9);
        Comparison d = Comparison.of(one, null, CompareOptions.defaults(), false);
        assertNull(d.test());
        assertEquals(List.of("fewer than two groups with 5 or more articles: no test"), d.notes());
    }

    @Test
    void probabilitiesGiveMeanSharesAndMustBeConsistent() {
        LabelTally t = new LabelTally(LABELS);
        t.add("A", "ru", new double[]{0.6, 0.3, 0.1});
        t.add("A", "na", new double[]{0.2, 0.2, 0.6});
        Comparison c = Comparison.of(t, null, CompareOptions.defaults(), false);
        assertEquals(0.4, c.groups().get(0).shares().get(0).meanProbability(), 1e-12);
        assertEquals(0.35, c.groups().get(0).shares().get(2).meanProbability(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> t.add("B", "we", null));
        assertThrows(IllegalArgumentException.class, () -> t.add("B", "xx", new double[]{0.2, 0.2, 0.6}));
    }

    /** 2,000 articles per outlet, each outlet one label: the chi-squared p underflows to 0. */
    @Test
    void aVanishingPValueIsPrintedAsABoundNeverAsZero() {
        LabelTally t = new LabelTally(LABELS);
        add(t, "A", "ru", 2000);
        add(t, "B", "we", 2000);
        Comparison c = Comparison.of(t, null, CompareOptions.defaults(), false);
        assertEquals(0.0, c.test().pValue());
        String line = new ComparisonReport(c, "outlet", "input field 'stance'").text();
        assertTrue(line.contains("chi2 = 4000.00, df = 1, p < 0.0001, permutation p = 0.0005 (2,000 shuffles); Cramér's V = 1.000"), line);
        assertFalse(line.contains("e+00") || line.contains("0.0000"), line);
        String md = new ComparisonReport(c, "outlet", "input field 'stance'").markdown(java.util.Map.of());
        assertTrue(md.contains("| A | B | 4000.00 | < 0.0001 | < 0.0001 |"), md);
        assertTrue(md.contains("(min(groups, labels) - 1 = 1) Cohen's benchmarks are 0.10 small, 0.30 medium, 0.50 large."), md);
    }

    @Test
    void smallPairwiseTablesAreFlaggedAndCramersBenchmarksFollowTheTableShape() {
        LabelTally t = new LabelTally(LABELS);
        add(t, "A", "ru", 5);
        add(t, "A", "we", 1);
        add(t, "B", "ru", 1);
        add(t, "B", "we", 4);
        add(t, "B", "na", 1);
        add(t, "C", "ru", 30);
        add(t, "C", "we", 30);
        add(t, "C", "na", 30);
        add(t, "D", "ru", 30);
        add(t, "D", "we", 32);
        add(t, "D", "na", 28);
        Comparison c = Comparison.of(t, null, CompareOptions.defaults(), false);
        assertEquals(6, c.pairs().size());
        String note = c.notes().stream().filter(n -> n.startsWith("in 5 of 6 pairs")).findFirst().orElseThrow();
        assertEquals("in 5 of 6 pairs more than 20% of the cells expect fewer than 5 articles, so their p-values are permutation p-values"
                + " (2,000 shuffles each; marked † in report.md): C vs A, C vs B, D vs A, D vs B, A vs B", note);
        assertEquals(List.of(false, true, true, true, true, true), c.pairs().stream().map(Comparison.Pair::permutation).toList());
        Comparison.Pair ab = c.pairs().get(5);
        assertEquals("A", ab.a());
        // A: ru 5, we 1; B: ru 1, we 4, na 1 -> the pair's own permutation p, seeded with seed + pair index
        int[] g = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, l = {0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 2};
        assertEquals(IndependenceTests.permutationP(g, l, 2, 3, 2000, 1 + 5), ab.pValue(), 1e-15);
        assertTrue(ab.pValue() > IndependenceTests.pValue(IndependenceTests.dropEmptyColumns(new long[][]{{5, 1, 0}, {1, 4, 1}})),
                "the chi-squared approximation is too small here: " + ab.pValue());
        Comparison noPerm = Comparison.of(t, null, new CompareOptions(0.95, 5, 0, 1, 15, 10, 12, 1000), false);
        assertTrue(noPerm.pairs().stream().noneMatch(Comparison.Pair::permutation));
        assertTrue(noPerm.notes().stream().anyMatch(n -> n.contains("their chi-squared p-values are rough; run with --permutations")), noPerm.notes().toString());
        String md = new ComparisonReport(c, "outlet", "input field 'stance'").markdown(java.util.Map.of());
        assertTrue(md.contains("† permutation p-value: more than 20% of that pair's cells expect fewer than 5 articles."), md);
        assertTrue(md.contains("(min(groups, labels) - 1 = 2) Cohen's benchmarks are 0.07 small, 0.21 medium, 0.35 large."), md);
        Comparison c975 = Comparison.of(t, null, new CompareOptions(0.975, 5, 0, 1, 15, 10, 12, 1000), false);
        String text = new ComparisonReport(c975, "outlet", "input field 'stance'").text();
        assertTrue(text.contains("with its 97.5% Wilson interval"), text); // was "98%"
    }
}
