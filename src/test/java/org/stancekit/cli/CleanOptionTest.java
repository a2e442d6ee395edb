package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.Article;

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
    void neverKeepsTheMarkup() {
        CleanOption never = new CleanOption();
        never.mode = CleanOption.Mode.never;
        Article raw = Article.of("r3", PAGE);
        assertSame(raw, never.apply(raw));
    }
}
