package org.stancekit.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancekit.text.VietnameseSyllables.ToneStyle.NEW;
import static org.stancekit.text.VietnameseSyllables.ToneStyle.OLD;

class VietnameseSyllablesTest {

    private static String old(String s) {
        return VietnameseSyllables.placeTone(s, OLD);
    }

    private static String nu(String s) {
        return VietnameseSyllables.placeTone(s, NEW);
    }

    @Test
    void oldStylePutsToneOnFirstVowelOfOpenOaOeUy() {
        assertEquals("hòa", old("hoà"));
        assertEquals("hòa", old("hòa"));
        assertEquals("thủy", old("thuỷ"));
        assertEquals("ủy", old("uỷ"));
        assertEquals("khỏe", old("khoẻ"));
        assertEquals("lòa", old("loà"));
    }

    @Test
    void newStylePutsToneOnMainVowel() {
        assertEquals("hoà", nu("hòa"));
        assertEquals("thuỷ", nu("thủy"));
        assertEquals("uỷ", nu("ủy"));
        assertEquals("khoẻ", nu("khỏe"));
        assertEquals("hoà", nu("hoà"));
    }

    @Test
    void bothStylesAgreeWhereTheRulesAgree() {
        for (var style : VietnameseSyllables.ToneStyle.values()) {
            assertEquals("hoàng", VietnameseSyllables.placeTone("hòang", style));
            assertEquals("huỳnh", VietnameseSyllables.placeTone("hùynh", style));
            assertEquals("toán", VietnameseSyllables.placeTone("tóan", style));
            assertEquals("của", VietnameseSyllables.placeTone("cuả", style));
            assertEquals("quý", VietnameseSyllables.placeTone("quý", style));
            assertEquals("quả", VietnameseSyllables.placeTone("quả", style));
            assertEquals("ngoài", VietnameseSyllables.placeTone("ngòai", style));
            assertEquals("khuỷu", VietnameseSyllables.placeTone("khủyu", style));
            assertEquals("mía", VietnameseSyllables.placeTone("miá", style));
            assertEquals("người", VietnameseSyllables.placeTone("ngừơi", style));
            assertEquals("rượu", VietnameseSyllables.placeTone("rựơu", style));
        }
    }

    @Test
    void fixesMisspeltTonePlacement() {
        assertEquals("bảo", old("baỏ"));
        assertEquals("lượng", old("lựơng"));
        assertEquals("nghiệm", old("nghịêm"));
        assertEquals("già", old("gìa"));
        assertEquals("quý", old("qúy"));
        assertEquals("thuyết", old("thuýêt"));
    }

    @Test
    void keepsCaseOfEveryLetter() {
        assertEquals("HÒA", old("HOÀ"));
        assertEquals("Thủy", old("Thuỷ"));
        assertEquals("NGHIỆM", old("NGHỊÊM"));
        assertEquals("Bảo", old("Baỏ"));
    }

    @Test
    void leavesNonSyllablesAlone() {
        assertEquals("café", old("café"));
        assertEquals("Pelé", old("Pelé"));
        assertEquals("José", old("José"));
        assertEquals("hóà", old("hóà"));
        assertEquals("Stoltenberg", old("Stoltenberg"));
    }

    @Test
    void recognisesSyllables() {
        assertTrue(VietnameseSyllables.isSyllable("Nga"));
        assertTrue(VietnameseSyllables.isSyllable("nghiêng"));
        assertTrue(VietnameseSyllables.isSyllable("giữa"));
        assertFalse(VietnameseSyllables.isSyllable("Jean"));
        assertFalse(VietnameseSyllables.isSyllable("Pierre"));
        assertFalse(VietnameseSyllables.isSyllable("NATO"));
        assertFalse(VietnameseSyllables.isSyllable("Ukraine"));
        assertFalse(VietnameseSyllables.isSyllable(""));
        assertFalse(VietnameseSyllables.isSyllable("Uk"));
    }
}
