package org.stancekit.features;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfidfVectorizerTest {

    private static List<String> split(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static final List<String> DOCS = List.of("a b a", "b c", "a c d");

    @Test
    void vocabularyIsSortedAndFilteredByDocumentFrequency() {
        VectorizerConfig cfg = new VectorizerConfig(1, 2, 2, 1.0, 0, false, "none", "vocabulary", null);
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split);
        FittedVectorizer v = fit.vectorizer();
        // unigrams with df >= 2: a(2) b(2) c(2); no bigram occurs in two documents
        assertEquals(3, v.dimension());
        assertEquals(List.of("a", "b", "c"), List.of(v.term(0), v.term(1), v.term(2)));
        assertEquals(2, v.documentFrequency(0));
    }

    @Test
    void tfidfValuesMatchHandComputation() {
        VectorizerConfig cfg = new VectorizerConfig(1, 1, 1, 1.0, 0, false, "none", "vocabulary", null);
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split);
        SparseVector x = fit.vectors().get(0); // "a b a": tf a=2, b=1
        double idfA = Math.log(4.0 / 3.0) + 1, idfB = Math.log(4.0 / 3.0) + 1;
        assertArrayEquals(new int[]{0, 1}, x.indices());
        assertEquals(2 * idfA, x.values()[0], 1e-6);
        assertEquals(idfB, x.values()[1], 1e-6);
        SparseVector d = fit.vectors().get(2); // "a c d": d has df 1 -> idf ln(4/2)+1
        assertEquals(Math.log(2.0) + 1, d.values()[2], 1e-6);
    }

    @Test
    void sublinearTfAndL2Norm() {
        VectorizerConfig cfg = new VectorizerConfig(1, 1, 1, 1.0, 0, true, "l2", "vocabulary", null);
        SparseVector x = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split).vectors().get(0);
        double a = (1 + Math.log(2)) * (Math.log(4.0 / 3.0) + 1), b = Math.log(4.0 / 3.0) + 1;
        double n = Math.sqrt(a * a + b * b);
        assertEquals(a / n, x.values()[0], 1e-6);
        assertEquals(b / n, x.values()[1], 1e-6);
    }

    @Test
    void bigramsAndTransformOfUnseenTokens() {
        VectorizerConfig cfg = new VectorizerConfig(1, 2, 1, 1.0, 0, false, "none", "vocabulary", null);
        FittedVectorizer v = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split).vectorizer();
        SparseVector x = v.transform(split("zz a b zz"));
        List<String> terms = Arrays.stream(x.indices()).mapToObj(v::term).toList();
        assertEquals(List.of("a", "a b", "b"), terms);
        assertEquals(0, v.transform(List.of()).size());
    }

    @Test
    void trainingVectorsEqualTransformOfTheSameText() {
        VectorizerConfig cfg = new VectorizerConfig(1, 3, 1, 1.0, 0, true, "l2", "vocabulary", null);
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split);
        for (int i = 0; i < DOCS.size(); i++) {
            SparseVector a = fit.vectors().get(i), b = fit.vectorizer().transform(split(DOCS.get(i)));
            assertArrayEquals(a.indices(), b.indices());
            assertArrayEquals(a.values(), b.values());
        }
    }

    @Test
    void maxDfAndMaxFeatures() {
        VectorizerConfig cfg = new VectorizerConfig(1, 1, 1, 0.5, 0, false, "none", "vocabulary", null);
        FittedVectorizer v = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split).vectorizer();
        assertEquals(List.of("d"), List.of(v.term(0))); // a, b, c are in 2 of 3 docs > 0.5
        VectorizerConfig top = new VectorizerConfig(1, 1, 1, 1.0, 2, false, "none", "vocabulary", null);
        FittedVectorizer t = TfidfVectorizer.fit(top, DOCS, TfidfVectorizerTest::split).vectorizer();
        assertEquals(List.of("a", "b"), List.of(t.term(0), t.term(1))); // ties on df broken alphabetically
    }

    @Test
    void hashingModeIsConsistentBetweenFitAndTransform() {
        VectorizerConfig cfg = new VectorizerConfig(1, 2, 1, 1.0, 0, true, "l2", "hashing", 10);
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(cfg, DOCS, TfidfVectorizerTest::split);
        assertEquals(1024, fit.vectorizer().dimension());
        SparseVector a = fit.vectors().get(1), b = fit.vectorizer().transform(split(DOCS.get(1)));
        assertArrayEquals(a.indices(), b.indices());
        assertArrayEquals(a.values(), b.values());
        assertTrue(a.size() >= 2);
    }

    @Test
    void invalidConfigNamesKeyAndAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new VectorizerConfig(1, 4, 1, 1.0, 0, true, "l2", "vocabulary", null));
        assertEquals("bad value '4' for key 'features.ngram_max' (allowed: 1..3 in vocabulary mode)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new VectorizerConfig(null, null, null, null, null, null, "l1", null, null));
        assertEquals("bad value 'l1' for key 'features.norm' (allowed: l2, none)", e.getMessage());
    }
}
