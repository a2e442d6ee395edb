package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A researcher's spreadsheet export (BOM, CRLF, quoted commas, Vietnamese headers) through analyze. */
class AnalyzeCsvExportTest {

    private static final String CSV = "\uFEFFTiêu đề,Nội dung,Báo,Ngày đăng,Link\r\n"
            + "\"Nga, Mỹ \"\"đàm phán\"\"\",\"Ngoại trưởng Nga và Mỹ gặp nhau tại Geneva, bàn về Ukraine.\",Tuổi Trẻ,23/11/2026,https://x.vn/1\r\n"
            + "Giá lúa tăng,Giá lúa tại An Giang tăng 500 đồng/kg.,VnExpress,2026-11-23 08:15,https://x.vn/2\r\n";

    @Test
    void columnsMappedByHeaderFillTheRightFields(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("export.csv"), CSV);
        CliRun r = CliRun.of("analyze", "-m", "models/topic-vi.zip", "-r", dir.resolve("rep").toString(), csv.toString(),
                "--csv-text", "Nội dung", "--csv-title", "Tiêu đề", "--csv-outlet", "Báo", "--csv-date", "Ngày đăng", "--csv-url", "Link");
        assertEquals(0, r.code(), r.err());
        var rows = Files.readAllLines(dir.resolve("rep/results.jsonl"));
        JsonNode first = Jsonl.MAPPER.readTree(rows.get(0));
        assertEquals("Nga, Mỹ \"đàm phán\"", first.get("title").asText());
        assertEquals("Tuổi Trẻ", first.get("outlet").asText());
        assertEquals("23/11/2026", first.get("date").asText());
        assertEquals("https://x.vn/1", first.get("url").asText());
        assertEquals("2026-11-23 08:15", Jsonl.MAPPER.readTree(rows.get(1)).get("date").asText());
        assertEquals("analyzed 2 of 2 records (0 unreadable, 0 failed); report in " + dir.resolve("rep"), r.err().strip());
    }

    @Test
    void anUnmappedTextColumnIsOneErrorLineWithoutAnEmptyTable(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("export.csv"), CSV);
        CliRun r = CliRun.of("analyze", "-m", "models/topic-vi.zip", "-r", dir.resolve("rep").toString(), csv.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("stancekit analyze: input error: " + csv + ": no \"text\" column (columns: \"Tiêu đề\", \"Nội dung\", \"Báo\", \"Ngày đăng\", \"Link\"); "
                + "map the text column(s) with --csv-text", r.err().strip());
    }

    @Test
    void aTitleWithALineBreakStaysOnItsRow(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("export.csv"), "title,text\r\n\"Giá lúa\r\n\ttăng mạnh\",Giá lúa tại An Giang tăng.\r\n");
        CliRun r = CliRun.of("analyze", "-m", "models/topic-vi.zip", "-r", dir.resolve("rep").toString(), csv.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertEquals("export:1                     Giá lúa tăng mạnh                            Kinh doanh", r.out().lines().skip(1).findFirst().orElseThrow().substring(0, 84));
    }
}
