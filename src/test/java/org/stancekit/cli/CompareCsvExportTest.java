package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compare on a spreadsheet export: mixed date styles under one pattern, and a hint when the outlet column was not mapped. */
class CompareCsvExportTest {

    private static final String CSV = "\uFEFFTiêu đề,Nội dung,Báo,Ngày đăng\r\n"
            + "A,Đội tuyển Việt Nam thắng 2-0.,Tuổi Trẻ,23/11/2026\r\n"
            + "B,Giá lúa tại An Giang tăng.,VnExpress,2026-11-02 08:15\r\n"
            + "C,Ngân hàng giữ nguyên lãi suất.,VnExpress,15/10/2026\r\n";

    private static CliRun compare(Path dir, String... extra) throws Exception {
        Path csv = dir.resolve("export.csv");
        if (!Files.exists(csv)) Files.writeString(csv, CSV);
        String[] base = {"compare", "-m", "models/topic-vi.zip", "--terms", "0", "--permutations", "0", "--resamples", "100",
                "-r", dir.resolve("cmp").toString(), csv.toString(), "--csv-text", "Nội dung", "--csv-title", "Tiêu đề"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void dayFirstAndIsoDatesGroupByMonthWithOnePattern(@TempDir Path dir) throws Exception {
        CliRun r = compare(dir, "--by", "month", "--date-format", "d/M/yyyy", "--csv-date", "Ngày đăng");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("2026-10*", "2026-11*"), r.out().lines().skip(1).limit(2).map(l -> l.split(" +")[0]).toList());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("2026-11\\* +2 .*")), r.out());
        assertTrue(r.err().endsWith("compared 3 of 3 records (0 unreadable, 0 failed); report in " + dir.resolve("cmp") + "\n"), r.err());
    }

    @Test
    void anUnmappedOutletColumnIsNamed(@TempDir Path dir) throws Exception {
        CliRun r = compare(dir, "--by", "outlet");
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: no article has an outlet to group by: name the CSV column that holds it with --csv-outlet "
                + "(the input's other fields: Báo, Ngày đăng)", r.err().lines().findFirst().orElseThrow());
        CliRun mapped = compare(dir, "--by", "outlet", "--csv-outlet", "Báo");
        assertTrue(mapped.err().lines().noneMatch(l -> l.startsWith("warning: no article")), mapped.err());
        assertTrue(mapped.out().lines().anyMatch(l -> l.startsWith("VnExpress*")), mapped.out());
    }
}
