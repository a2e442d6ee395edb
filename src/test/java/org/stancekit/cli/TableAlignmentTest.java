package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.eval.TextColumns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables analyze and compare print stay aligned when titles or outlets are in decomposed Unicode (NFD). */
class TableAlignmentTest {

    private static final String TITLE = "Tổng thống Nga và Thủ tướng Đức điện đàm về khủng hoảng năng lượng ở châu Âu";

    private static String record(String id, String title, String outlet, String label) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"outlet\":\"" + outlet + "\",\"label\":\"" + label
                + "\",\"text\":\"Nga và Đức đàm phán về khí đốt.\"}\n";
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void analyzeRowsLineUpWithDecomposedTitles(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), record("nfc", TITLE, "VnExpress", "x") + record("nfd", nfd(TITLE), "VnExpress", "x")
                + record("short", "Ngắn", "VnExpress", "x"));
        CliRun r = CliRun.of("analyze", "--models", "models", "-r", dir.resolve("rep").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        for (String l : lines) assertEquals(28 + 1 + 44 + 2 * (1 + 22), TextColumns.width(l), "row '" + l + "'");
        assertEquals("nfc                          Tổng thống Nga và Thủ tướng Đức điện đàm về… ", lines.get(1).substring(0, 74));
        assertTrue(lines.get(2).startsWith(nfd("nfd                          Tổng thống Nga và Thủ tướng Đức điện đàm về… The gioi")), lines.get(2));
    }

    @Test
    void compareRowsLineUpWithDecomposedOutletNames(@TempDir Path dir) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            in.append(record("a" + i, "t", nfd("Báo Điện tử Đảng Cộng sản Việt Nam"), i == 0 ? "yes" : "no"));
            in.append(record("b" + i, "t", "Người Lao Động", "no"));
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), in);
        CliRun r = CliRun.of("compare", "--use-labels", "--terms", "0", "--permutations", "0", "-r", dir.resolve("cmp").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        List<String> table = r.out().lines().limit(3).toList();
        assertEquals(String.join("\n", "outlet                              articles                     no                    yes",
                        nfd("Báo Điện tử Đảng Cộng sản Việt Nam*") + "        3     66.7% [20.8, 93.9]     33.3% [ 6.1, 79.2]",
                        "Người Lao Động*                            3   100.0% [43.9, 100.0]      0.0% [ 0.0, 56.1]"),
                String.join("\n", table));
    }
}
