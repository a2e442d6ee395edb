package org.stancekit.clean;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cited-source matching: whole words, case-sensitive, aliases to canonical names, longest alias first. */
class SourceCatalogTest {

    private final SourceCatalog catalog = SourceCatalog.bundled();

    @Test
    void mapsAliasesToCanonicalNamesInOrderOfFirstMention() {
        assertEquals(List.of("RIA Novosti", "TASS", "Xinhua", "AFP"),
                catalog.mentions("Hãng RIA Novosti (Nga) cho biết, TASS dẫn lời... Tân Hoa Xã và Agence France-Presse, lại TASS."));
    }

    @Test
    void wholeWordsAndCaseMatter() {
        assertEquals(List.of(), catalog.mentions("The map showed a tap and a trap; afp in lower case is not the agency."));
        assertEquals(List.of("AP"), catalog.mentions("an AP reporter"));
    }

    @Test
    void canonicalOfAWholeName() {
        assertEquals("Reuters", catalog.canonical("reuters"));
        assertEquals("TTXVN", catalog.canonical("Thông tấn xã Việt Nam"));
        assertNull(catalog.canonical("Pakistan Point"));
    }

    @Test
    void badCatalogLineNamesItsLine() {
        String bad = "# c\nTASS\tOk\nno tab here\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceCatalog.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "x.tsv"));
        assertTrue(e.getMessage().startsWith("x.tsv:3:"), e.getMessage());
    }
}
