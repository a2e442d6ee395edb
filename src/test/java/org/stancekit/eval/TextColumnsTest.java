package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Table cells are measured in terminal columns, so decomposed Vietnamese and wide characters keep rows aligned. */
class TextColumnsTest {

    private static final String NFC = "Thủ tướng Đức điện đàm";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void combiningMarksTakeNoColumnAndWideCharactersTwo() {
        assertEquals(22, TextColumns.width(NFC));
        assertEquals(22, TextColumns.width(NFD));
        assertEquals(31, NFD.length());
        assertEquals(7, TextColumns.width("北京 ok"));
        assertEquals(2, TextColumns.width("\uD83D\uDE00"));
    }

    @Test
    void clipAndPadCountColumns() {
        assertEquals("Thủ tướng…", TextColumns.clip(NFC, 10));
        assertEquals(Normalizer.normalize("Thủ tướng…", Normalizer.Form.NFD), TextColumns.clip(NFD, 10));
        assertEquals(NFD, TextColumns.clip(NFD, 22));
        assertEquals(NFD + "   ", TextColumns.padRight(NFD, 25));
        assertEquals("  北京", TextColumns.padLeft("北京", 6));
        assertEquals("北…", TextColumns.clip("北京市", 4));
    }
}
