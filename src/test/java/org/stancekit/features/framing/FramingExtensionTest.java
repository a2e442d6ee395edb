package org.stancekit.features.framing;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.Article;
import org.stancekit.features.SparseVector;
import org.stancekit.features.TfidfVectorizer;
import org.stancekit.features.VectorizerConfig;
import org.stancekit.model.FeatureExtension;
import org.stancekit.model.FeatureExtensions;
import org.stancekit.model.ModelFormatException;
import org.stancekit.text.TextConfig;
import org.stancekit.text.TextPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Side masking, headline copies, boilerplate stripping and persistence of the framing extension. */
class FramingExtensionTest {

    private final FramingLexicon vi = FramingLexicon.builtin();

    @Test
    void masksSidesAndAgencies() {
        FramingExtension e = new FramingExtension(vi, true, 0, 0.3);
        assertEquals(List.of("ruside", "cáo", "buộc", "weside", "theo", "weagency"), e.tokens("Nga cáo buộc Mỹ\ntheo AFP"));
        // multi-token actor becomes one placeholder, spans cover the whole phrase
        String t = "Điện Kremlin lên tiếng";
        assertEquals(List.of("ruside", "lên", "tiếng"), e.tokens(t));
        assertArrayEquals(new int[]{0, 12}, e.tokenSpans(t).get(0));
    }

    @Test
    void withoutMaskingTokensAreLowerCased() {
        FramingExtension e = new FramingExtension(vi, false, 0, 0);
        assertEquals(List.of("nga", "cáo", "buộc", "mỹ"), e.tokens("Nga cáo buộc Mỹ"));
        assertEquals(0, e.extraDimension());
        assertEquals(0, e.framingValues("Nga cáo buộc Mỹ").length);
    }

    @Test
    void headlineCopiesArePrefixed() {
        FramingExtension e = new FramingExtension(vi, true, 2, 0.3);
        assertEquals(List.of("ruside", "thắng", "tin", "ngắn", "h:ruside", "h:thắng", "h:ruside", "h:thắng"),
                e.tokens("Nga thắng\nTin ngắn"));
    }

    @Test
    void stripPatternsRemoveHouseStyle() {
        FramingExtension e = new FramingExtension(vi, false, 0, 0, List.of("[—-]\\s*Ukrinform\\.?"), FramingFeatures.names());
        assertEquals(List.of("tin", "mới"), e.tokens("Tin mới — Ukrinform."));
    }

    @Test
    void characterNgramsOfWhiteSpaceWords() {
        FramingExtension e = new FramingExtension(vi, false, 0, 0, List.of(), FramingFeatures.names(), 2, 3);
        assertEquals(List.of("_k", "ki", "iv", "v,", ",_", "_ki", "kiv", "iv,", "v,_", "_a", "a_", "_a_"), e.tokens("Kiv, A"));
        assertThrows(IllegalArgumentException.class,
                () -> new FramingExtension(vi, true, 0, 0, List.of(), FramingFeatures.names(), 2, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new FramingExtension(vi, false, 0, 0, List.of(), FramingFeatures.names(), 3, 2));
        FramingExtension back = FramingExtension.fromJson(e.toJson(), "test");
        assertEquals(e.tokens("Kiv, A"), back.tokens("Kiv, A"));
    }

    @Test
    void selectedFeaturesAndVectorLayout() {
        FramingExtension e = new FramingExtension(vi, true, 0, 0.5, List.of(), List.of("title_first_ru", "title_first_we"));
        assertEquals(2, e.extraDimension());
        assertEquals("framing:title_first_we", e.featureName(1));
        assertArrayEquals(new double[]{0.5, 0}, e.framingValues("Nga cáo buộc Mỹ\nkhông có gì"));
        TfidfVectorizer.Fit fit = TfidfVectorizer.fit(new VectorizerConfig(1, 2, 1, 1.0, 0, true, "l2", "vocabulary", 20), List.of("Nga cáo buộc Mỹ\nkhông có gì", "Mỹ đáp lời"), e::tokens);
        Article a = Article.of("a", "Nga cáo buộc Mỹ\nkhông có gì");
        SparseVector v = e.vectorize(a, TextPipeline.fit(TextConfig.defaults(), List.of()), fit.vectorizer());
        int dim = fit.vectorizer().dimension();
        assertEquals(dim, v.indices()[v.size() - 1]);
        assertEquals(0.5f, v.values()[v.size() - 1]);
        assertThrows(IllegalArgumentException.class,
                () -> new FramingExtension(vi, true, 0, 0.5, List.of(), List.of("no_such_feature")));
    }

    @Test
    void jsonRoundTrip() {
        FramingExtension e = new FramingExtension(vi, true, 1, 0.3, List.of("\\d+"), List.of("quote_ru", "quote_we"));
        FeatureExtension back = FeatureExtensions.fromJson(e.toJson(), "test");
        assertTrue(back instanceof FramingExtension);
        FramingExtension b = (FramingExtension) back;
        String text = "Putin nói 2 lần\n\"Không\", ông Lavrov nói.";
        assertEquals(e.tokens(text), b.tokens(text));
        assertArrayEquals(e.framingValues(text), b.framingValues(text));
        var bad = e.toJson().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad).put("kind", "mystery");
        assertThrows(ModelFormatException.class, () -> FeatureExtensions.fromJson(bad, "test"));
    }
}
