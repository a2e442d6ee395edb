package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** analyze's report.md lists a bounded number of articles and says so; results.jsonl has every article. */
class AnalyzeReportLimitsTest {

    @Test
    void reportListsTheFirstThousandArticlesAndResultsHaveAll(@TempDir Path dir) throws Exception {
        int n = AnalyzeCommand.ROWS_IN_REPORT + 5;
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"title\":\"Nga và Mỹ bàn về Ukraine ").append(i)
                    .append("\",\"text\":\"Ngoại trưởng Nga cho biết Moscow sẵn sàng đối thoại với Washington. Mỹ cáo buộc Nga gây căng thẳng.\"}\n");
        }
        Path in = dir.resolve("many.jsonl");
        Files.writeString(in, jsonl.toString());
        Path rep = dir.resolve("rep");
        CliRun r = CliRun.of("analyze", "--models", "models", "--report", rep.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(n, Files.readAllLines(rep.resolve("results.jsonl")).size());
        String md = Files.readString(rep.resolve("report.md"));
        assertTrue(md.contains("The first 1,000 articles; every article's results are in `results.jsonl`."), md.substring(0, 300));
        assertEquals(AnalyzeCommand.ROWS_IN_REPORT, md.lines().filter(l -> l.startsWith("| a")).count());
        assertTrue(md.contains("(the first 200 articles; every article's are in `results.jsonl`)"));
        assertEquals(AnalyzeCommand.EVIDENCE_IN_REPORT, md.lines().filter(l -> l.startsWith("**a")).count());
    }
}
