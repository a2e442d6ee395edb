package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Article;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --clean auto} cleans pages read from files and JSONL/CSV records whose text is HTML, and nothing else. */
class CleanOptionTest {

    private static final String PAGE = "<html><head><title>Điện Kremlin bác bỏ cáo buộc | Báo Mẫu</title></head><body>"
            + "<nav><a href=\"/\">Trang chủ</a> | <a href=\"/the-gioi\">Thế giới</a></nav>"
            + "<article><h1>Điện Kremlin bác bỏ cáo buộc</h1>"
            + "<p>Người phát ngôn Điện Kremlin hôm nay bác bỏ cáo buộc của phương Tây về việc can thiệp bầu cử, "
            + "cho rằng đó là những lời lẽ vô căn cứ nhằm gây căng thẳng.</p>"
            + "<p>Trong khi đó, Bộ Ngoại giao Mỹ khẳng định sẽ tiếp tục theo dõi tình hình và phối hợp với các đồng minh.</p>"
            + "</article></body></html>";

    @Test
    void autoCleansAJsonlRecordWhoseTextIsHtml() {
        Article cleaned = new CleanOption().apply(Article.of("r1", PAGE));
        assertFalse(cleaned.text().contains("<"), cleaned.text());
        assertFalse(cleaned.text().contains("Trang chủ"), cleaned.text());
        assertTrue(cleaned.text().contains("bác bỏ cáo buộc của phương Tây"), cleaned.text());
        assertEquals("Điện Kremlin bác bỏ cáo buộc", cleaned.title());
    }

    @Test
    void autoLeavesPlainTextRecordsAlone() {
        Article plain = Article.of("r2", "Nga và Mỹ đàm phán tại Geneva.\nHai bên cho biết sẽ gặp lại vào tháng sau.");
        assertSame(plain, new CleanOption().apply(plain));
    }

    @Test
    void aRecordWithNoArticleLeftIsRecordedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pages.jsonl");
        Files.writeString(in, "{\"id\":\"ok\",\"text\":\"Nga và Mỹ đàm phán về Ukraine.\"}\n"
                + "{\"id\":\"menu\",\"text\":\"<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>\"}\n");
        Path rep = dir.resolve("rep");
        CliRun r = CliRun.of("analyze", "--models", "models", "--report", rep.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        String line = in + ":2: cannot analyze record menu: no article text left after cleaning the page";
        assertTrue(r.err().contains("skipped: " + line), r.err());
        assertEquals("{\"source\":\"" + in + "\",\"line\":2,\"problem\":\"cannot analyze record menu: no article text left after cleaning the page\",\"excerpt\":\"\"}",
                Files.readString(rep.resolve("errors.jsonl")).strip());
        assertTrue(r.err().contains("analyzed 1 of 2 records (0 unreadable, 1 failed)"), r.err());
    }

    @Test
    void neverKeepsTheMarkup() {
        CleanOption never = new CleanOption();
        never.mode = CleanOption.Mode.never;
        Article raw = Article.of("r3", PAGE);
        assertSame(raw, never.apply(raw));
    }
}
