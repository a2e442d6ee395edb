package org.stancekit.features.framing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceModelTest {

    @Test
    void splitsIntoHeadlineLeadAndBodySentences() {
        List<Sentences.Sentence> s = Sentences.split("Nga cảnh báo Mỹ\r\n\r\nMatxcơva nói rõ. Mỹ phản đối!\nÔng nói: \"Không.\" Sau đó đi; rồi về… Hết");
        assertEquals(List.of(
                new Sentences.Sentence("Nga cảnh báo Mỹ", Sentences.HEAD),
                new Sentences.Sentence("Matxcơva nói rõ.", Sentences.LEAD),
                new Sentences.Sentence("Mỹ phản đối!", Sentences.LEAD),
                new Sentences.Sentence("Ông nói: \"Không.", Sentences.BODY),
                new Sentences.Sentence("Sau đó đi;", Sentences.BODY),
                new Sentences.Sentence("rồi về…", Sentences.BODY),
                new Sentences.Sentence("Hết", Sentences.BODY)), s);
        assertEquals(List.of(), Sentences.split(" \n\n "));
    }

    @Test
    void summarisesSentenceProbabilitiesPerLabel() {
        // two labels + none; three sentences, the first is the headline
        double[][] p = {{0.6, 0.1, 0.3}, {0.1, 0.1, 0.8}, {0.3, 0.5, 0.2}};
        double[] f = SentenceModel.summarise(p, 2);
        double w = 0.7 + 0.2 + 0.8; // 1 - P(none) per sentence
        assertArrayEquals(new double[]{
                0.6, 1.0 / 3, 1.0 / 3, 0.6, (0.7 * 0.6 + 0.2 * 0.1 + 0.8 * 0.3) / w,
                0.5, 0.7 / 3, 0.7 / 3, 0.1, (0.7 * 0.1 + 0.2 * 0.1 + 0.8 * 0.5) / w}, f, 1e-12);
        assertArrayEquals(new double[10], SentenceModel.summarise(new double[0][], 2));
        double[] one = SentenceModel.summarise(new double[][]{{0.2, 0.3, 0.5}}, 2);
        assertArrayEquals(new double[]{0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3}, one, 1e-12);
    }
}
