package org.stancekit.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    private static TextConfig style(String tone) {
        return new TextConfig("vi", true, true, tone, null, null, null, null, null, null, null);
    }

    private final TextNormalizer old = new TextNormalizer(style("old"));
    private final TextNormalizer nu = new TextNormalizer(style("new"));
    private final TextNormalizer keep = new TextNormalizer(style("keep"));

    @Test
    void composesNfdInput() {
        String nfd = Normalizer.normalize("Tổng thống Nga", Normalizer.Form.NFD);
        assertEquals(18, nfd.length());
        assertEquals("Tổng thống Nga", old.normalize(nfd));
        assertEquals("Tổng thống Nga", keep.normalize(nfd));
    }

    @Test
    void normalisesToneStyleSyllableBySyllable() {
        String mixed = "Hoà bình, hòa giải; thuỷ điện, thủy lợi; uỷ ban, ủy viên; khoẻ mạnh.";
        assertEquals("Hòa bình, hòa giải; thủy điện, thủy lợi; ủy ban, ủy viên; khỏe mạnh.", old.normalize(mixed));
        assertEquals("Hoà bình, hoà giải; thuỷ điện, thuỷ lợi; uỷ ban, uỷ viên; khoẻ mạnh.", nu.normalize(mixed));
        assertEquals(mixed, keep.normalize(mixed));
    }

    @Test
    void fixesMisspeltTonesInRunningText() {
        assertEquals("bảo vệ lực lượng, thử nghiệm", old.normalize("baỏ vệ lực lựơng, thử nghịêm"));
        assertEquals("bảo lượng nghiệm", nu.normalize("baỏ lựơng nghịêm"));
    }

    @Test
    void replacesLookalikeLetters() {
        assertEquals("Đà Nẵng đi", old.normalize("\u00D0à Nẵng \u00F0i"));
        assertEquals("Điện Kremlin", old.normalize("\u0189iện Kremlin"));
        assertEquals("ABC 123", old.normalize("\uFF21\uFF22\uFF23 \uFF11\uFF12\uFF13"));
    }

    @Test
    void replacesGreekAndCyrillicLookalikesInsideLatinWords() {
        assertEquals("Nguyen NATO Hòa", old.normalize("Nguy\u0435n N\u0410TO H\u043E\u00E0"));
        assertEquals("Москва Ελλάδα", old.normalize("Москва Ελλάδα"));
        assertEquals("Ос", old.normalize("Ос"));
    }

    @Test
    void normalisesSpacesQuotesDashesAndLineEnds() {
        assertEquals("a b c d", old.normalize("a\u00A0b\u2009\u2009c\td"));
        assertEquals("zerowidth", old.normalize("zero\u200Bwi\u00ADdth\uFEFF"));
        assertEquals("\"vô căn cứ\" 'đỏ'", old.normalize("\u201Cvô căn cứ\u201D \u2018đỏ\u2019"));
        assertEquals("Nga - Mỹ - Anh", old.normalize("Nga \u2013 Mỹ \u2014 Anh"));
        assertEquals("dòng 1\ndòng 2\ndòng 3\n", old.normalize("dòng 1\r\ndòng 2\rdòng 3\u2028"));
        assertEquals("chờ...", old.normalize("chờ\u2026"));
    }

    @Test
    void offMeansUntouched() {
        TextNormalizer off = new TextNormalizer(new TextConfig("vi", true, false));
        String s = "Hoà\u00A0\u201Cx\u201D\r\n";
        assertEquals(s, off.normalize(s));
    }
}
