package org.stancekit.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzeOutletTableTest {

    @Test
    void outletsWithMostArticlesFirstWithCountsAndShares() {
        Map<String, Map<String, Integer>> by = new TreeMap<>();
        by.put("vov.vn", new TreeMap<>(Map.of("balanced", 1)));
        by.put("baoquocte.vn", new TreeMap<>(Map.of("west_aligned", 1, "balanced", 2)));
        by.put("a|b", new TreeMap<>(Map.of("russia_aligned", 1)));
        String md = AnalyzeCommand.outletTable(by, List.of("russia_aligned", "west_aligned", "balanced"));
        assertEquals("""

                By outlet (articles; share of the outlet's articles):

                | outlet | articles | russia_aligned | west_aligned | balanced |
                |---|---:|---:|---:|---:|
                | baoquocte.vn | 3 | 0 (0%) | 1 (33%) | 2 (67%) |
                | a\\|b | 1 | 1 (100%) | 0 (0%) | 0 (0%) |
                | vov.vn | 1 | 0 (0%) | 0 (0%) | 1 (100%) |

                Intervals, a test of whether outlets differ, error-corrected shares and distinctive terms: `stancekit compare --by outlet <inputs>`.
                """, md);
    }

    @Test
    void oneOutletNeedsNoTable() {
        assertEquals("", AnalyzeCommand.outletTable(Map.of("x", Map.of("a", 2)), List.of("a")));
    }
}
