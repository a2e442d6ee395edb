package org.stancekit.train.stance;

import org.junit.jupiter.api.Test;
import org.stancekit.features.framing.FramingExtension;
import org.stancekit.features.framing.FramingLexicon;
import org.stancekit.features.framing.SentenceModel;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceMatcherTest {

    private final FramingExtension ext = new FramingExtension(FramingLexicon.builtin("vi"), true, 0, 0.3);

    @Test
    void quotesMarkTheirSentencesBySubstringOrTokenCoverage() {
        String text = "Nga cảnh báo Mỹ về lá chắn tên lửa\nÔng Putin nói Washington đang khiêu khích. Giá dầu tăng nhẹ trong phiên sáng. "
                + "Các nhà phân tích cho rằng căng thẳng sẽ còn kéo dài.";
        List<SentenceModel.Prepared> s = SentenceModel.prepare(text, ext);
        assertArrayEquals(new boolean[]{false, true, false, false},
                EvidenceMatcher.match(s, List.of("Washington đang khiêu khích"), ext, 0.6).flags(), "inside a sentence, names masked alike");
        assertArrayEquals(new boolean[]{true, true, false, false},
                EvidenceMatcher.match(s, List.of("Nga cảnh báo Mỹ về lá chắn tên lửa. Ông Putin nói Washington đang khiêu khích."), ext, 0.6).flags(),
                "a quote spanning two sentences holds both");
        assertArrayEquals(new boolean[]{false, false, false, true},
                EvidenceMatcher.match(s, List.of("căng thẳng giữa hai bên sẽ còn kéo dài"), ext, 0.6).flags(), "reworded: 6 of 8 tokens found");
        assertArrayEquals(new boolean[]{false, false, false, false},
                EvidenceMatcher.match(s, List.of("một câu không có trong bài"), ext, 0.6).flags(), "nothing covers 60%");
        EvidenceMatcher.Match m = EvidenceMatcher.match(s, List.of("Washington đang khiêu khích", "căng thẳng giữa hai bên sẽ còn kéo dài",
                "một câu không có trong bài", " ... "), ext, 0.6);
        assertArrayEquals(new boolean[]{false, true, false, true}, m.flags());
        assertEquals(3, m.quotes(), "a quote without tokens is not counted");
        assertEquals(1, m.byCoverage());
        assertEquals(1, m.unmatched());
    }
}
