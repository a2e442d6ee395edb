package org.stancekit.features.framing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each framing feature on short hand-written Vietnamese sentences. */
class FramingFeaturesTest {

    private final FramingFeatures ff = FramingFeatures.vietnamese();

    @Test
    void namesAreStableAndUnique() {
        List<String> names = FramingFeatures.names();
        assertEquals(39, names.size());
        assertEquals(names.size(), names.stream().distinct().count());
        assertEquals("title_ru", names.get(0));
    }

    @Test
    void headlineSubjectAndSpeaker() {
        FramingAnalysis a = ff.analyse("Nga cáo buộc Mỹ can thiệp\nMatxcơva hôm qua lên tiếng về kế hoạch của Washington.");
        assertEquals(1.0, a.get("title_ru"));
        assertEquals(1.0, a.get("title_we"));
        assertEquals(1.0, a.get("title_first_ru"));
        assertEquals(0.0, a.get("title_first_we"));
        assertEquals(1.0, a.get("title_speaker_ru"));
        assertEquals(0.0, a.get("title_speaker_we"));
        assertEquals(1 / 3.0, a.get("accuse_by_ru"), 1e-12);
        assertEquals(1 / 3.0, a.get("accused_we"), 1e-12);
        assertEquals(0.0, a.get("accused_ru"));
        // "can thiệp" sits right after "Mỹ": the evaluative word is near the West
        assertEquals(0.25, a.get("eval_near_we"), 1e-12);
        assertEquals(1.0, a.get("eval_title_we"));
        assertEquals(1 / 3.0, a.get("lead_ru"), 1e-12);
        assertEquals(1 / 3.0, a.get("lead_we"), 1e-12);
        assertEquals(1.0, a.get("lead_first_ru"));
    }

    @Test
    void caseSensitiveEntriesIgnorePronounsAndCommonWords() {
        FramingAnalysis a = ff.analyse("anh ấy học pháp luật và thẩm mỹ\nkhông có gì.");
        assertEquals(0.0, a.get("mention_we"));
        assertEquals(0.0, a.get("mention_any"));
        assertEquals(0.5, a.get("mention_share_ru"));
        FramingAnalysis b = ff.analyse("Anh và Pháp họp\nĐức cũng tham dự.");
        assertEquals(0.3, b.get("mention_we"), 1e-12);
    }

    @Test
    void agenciesAndAttribution() {
        FramingAnalysis a = ff.analyse("Tin thế giới\nTheo Itar-Tass, cuộc họp diễn ra hôm qua. Hãng AFP và Reuters cũng đưa tin. Theo AP, không có thương vong.");
        assertEquals(1 / 3.0, a.get("agency_ru"), 1e-12);
        assertEquals(1.0, a.get("agency_we"), 1e-12);
        assertEquals(1 / 3.0, a.get("theo_ru"), 1e-12);
        assertEquals(1 / 3.0, a.get("theo_we"), 1e-12);
        // agencies are not actors
        assertEquals(0.0, a.get("mention_any"));
    }

    @Test
    void firstAndLastSpeakerAndShares() {
        String text = "Tranh cãi khí đốt\n"
                + "Ông Putin khẳng định giá khí đốt là hợp lý. "
                + "Nhà Trắng cho biết sẽ theo dõi. "
                + "Tổng thống Yushchenko bác bỏ đề nghị của Gazprom.";
        FramingAnalysis a = ff.analyse(text);
        assertEquals(1.0, a.get("first_speaker_ru"));
        assertEquals(0.0, a.get("first_speaker_we"));
        assertEquals(1.0, a.get("last_speaker_we"));
        assertEquals(0.2, a.get("speech_ru"), 1e-12);
        assertEquals(0.4, a.get("speech_we"), 1e-12);
        assertEquals(1 / 3.0, a.get("speech_share_ru"), 1e-12);
        assertEquals(1 / 3.0, a.get("deny_by_we"), 1e-12);
        assertEquals(0.0, a.get("deny_by_ru"));
    }

    @Test
    void verbsInsideQuotesAreNotSpeechActsAndQuotesGoToTheirSpeaker() {
        String text = "Bình luận\n"
                + "\"Chúng tôi không đe dọa ai, Nga tuyên bố như vậy nhiều lần\", ông Lavrov nói. "
                + "Ông Rice cho biết: \"Đây là một bước đi đúng\".";
        FramingAnalysis a = ff.analyse(text);
        // only "nói" (subject Lavrov) and "cho biết" (subject Rice) are speech acts
        assertEquals(0.2, a.get("speech_ru"), 1e-12);
        assertEquals(0.2, a.get("speech_we"), 1e-12);
        // 13 quoted tokens for Lavrov, 6 for Rice
        assertEquals(13 / 19.0, a.get("quote_ru"), 1e-12);
        assertEquals(6 / 19.0, a.get("quote_we"), 1e-12);
    }

    @Test
    void aQuoteIsNeverGivenToASideNamedInTheNextSentence() {
        // no speech verb in the quote's sentence: the side named after the closing quote belongs to the next sentence
        String text = "Bình luận\n"
                + "Về chuyến thăm, người phát ngôn viết trên mạng: \"Chúng tôi theo dõi chặt chẽ\". Hãng RIA Novosti đưa tin khác.";
        FramingAnalysis a = ff.analyse(text);
        assertEquals(0.0, a.get("quote_ru"), 1e-12);
        assertEquals(0.0, a.get("quote_we"), 1e-12);
    }

    @Test
    void chiaSeIsASpeechVerbSoTheQuoteGoesToItsSpeaker() {
        String text = "Bình luận\n"
                + "Thư ký báo chí Nhà Trắng chia sẻ: \"Chúng tôi sẽ tiếp tục theo dõi lực lượng của Nga\". Hãng RIA Novosti đưa tin khác.";
        FramingAnalysis a = ff.analyse(text);
        assertEquals(0.2, a.get("speech_we"), 1e-12);
        assertEquals(1.0, a.get("quote_we"), 1e-12);
        assertEquals(0.0, a.get("quote_ru"), 1e-12);
    }

    @Test
    void narrativePhrasesOfEachSide() {
        FramingAnalysis a = ff.analyse("Bình luận\nMatxcơva nói phương Tây dùng tiêu chuẩn kép và tư duy chiến tranh lạnh. "
                + "Kiev đáp rằng Nga dùng vũ khí năng lượng.");
        assertEquals(2 / 3.0, a.get("narrative_ru"), 1e-12);
        assertEquals(1 / 3.0, a.get("narrative_we"), 1e-12);
        assertTrue(a.evidence().stream().anyMatch(e -> e.feature().equals("narrative_we")
                && a.text().substring(e.start(), e.end()).equals("vũ khí năng lượng")));
    }

    @Test
    void subjectDoesNotCrossSentences() {
        FramingAnalysis a = ff.analyse("Tin ngắn\nQuan chức Nga đã tới. Sau đó người phát ngôn cho biết mọi việc ổn.");
        assertEquals(0.0, a.get("speech_ru"));
        assertEquals(0.5, a.get("speech_share_ru"));
    }

    @Test
    void evidenceSpansPointIntoTheText() {
        FramingAnalysis a = ff.analyse("Nga cáo buộc Mỹ can thiệp\nkhông có gì.");
        FramingEvidence e = a.evidence().stream().filter(x -> x.feature().equals("accuse_by_ru")).findFirst().orElseThrow();
        assertEquals("Nga cáo buộc", a.text().substring(e.start(), e.end()));
        assertTrue(a.evidence().stream().anyMatch(x -> x.feature().equals("title_first_ru")));
    }

    @Test
    void unknownFeatureNameIsAnError() {
        FramingAnalysis a = ff.analyse("x");
        assertThrows(IllegalArgumentException.class, () -> a.get("nope"));
    }

    @Test
    void customLexiconFromMap() {
        FramingLexicon lx = new FramingLexicon(List.of("Nga"), List.of("TASS"), List.of("Mỹ"), List.of("AFP"),
                List.of("nói"), List.of("chỉ trích"), List.of("bác bỏ"), List.of("xấu"), List.of("theo"), null, null);
        FramingAnalysis a = new FramingFeatures(lx).analyse("Mỹ chỉ trích Nga\nMỹ nói Nga xấu.");
        assertEquals(1 / 3.0, a.get("accuse_by_we"), 1e-12);
        assertEquals(1 / 3.0, a.get("accused_ru"), 1e-12);
        assertEquals(0.25, a.get("eval_near_ru"), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new FramingLexicon(List.of(), List.of("TASS"), List.of("Mỹ"),
                List.of("AFP"), List.of("nói"), List.of("x"), List.of("y"), List.of("z"), List.of("theo"), null, null));
        assertEquals(Map.of(), Map.of());
    }
}
