package org.stancekit.clean;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.Article;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input: empty, binary, broken text, huge and deeply nested HTML never crash the cleaner. */
class RobustnessTest {

    private final Cleaner cleaner = Cleaner.withDefaults();

    @Test
    void emptyPageGivesEmptyArticle() {
        CleanResult r = cleaner.clean(Article.of("e", ""));
        assertTrue(r.isEmpty());
        assertEquals("e", r.article().id());
    }

    @Test
    void binaryDataIsRefusedWithAClearMessage() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append((char) (i % 32));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cleaner.clean(Article.of("b", sb.toString())));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void replacementCharactersFromBrokenUtf8AreBestEffort() {
        String page = "Tiêu đề bài viết thử nghiệm\n\nĐây là một đoạn văn có ký tự h\uFFFDng và vẫn đủ dài để được coi là nội dung chính của trang.";
        CleanResult r = cleaner.clean(Article.of("u", page));
        assertTrue(r.article().text().startsWith("Đây là"));
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        int depth = 20_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++) sb.append("<div>");
        sb.append("<p>A paragraph deep inside the page that is long enough to count as prose, with commas, clauses and a full stop.</p>");
        for (int i = 0; i < depth; i++) sb.append("</div>");
        sb.append("</body></html>");
        CleanResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleaner.clean(Article.of("deep", sb.toString())));
        assertTrue(r.article().text().contains("A paragraph deep inside"), r.article().text());
    }

    @Test
    void longLinkMenusAndDateRunsStayLinear() {
        StringBuilder menu = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 30_000; i++) menu.append("<li><a href='/").append(i).append("'>Menu item ").append(i).append(" of the site</a></li>");
        menu.append("</ul><p>The only real paragraph of the page, long enough to count as prose, with commas, and a full stop.</p></body></html>");
        StringBuilder dates = new StringBuilder();
        for (int i = 0; i < 30_000; i++) dates.append("Thứ hai, 10/6/2024, 09:").append(10 + i % 50).append('\n');
        dates.append("A real paragraph of prose that is long enough, with commas, clauses and a full stop at its end.\n");
        CleanResult a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(Article.of("menu", menu.toString())));
        CleanResult b = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(Article.of("dates", dates.toString())));
        assertEquals("The only real paragraph of the page, long enough to count as prose, with commas, and a full stop.", a.article().text());
        assertEquals("A real paragraph of prose that is long enough, with commas, clauses and a full stop at its end.", b.article().text());
    }

    @Test
    void oversizedPageIsCutWithAWarning() {
        Cleaner small = new Cleaner(new CleanerConfig(10_000, true), BoilerplatePhrases.bundled(), SourceCatalog.bundled());
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 2_000; i++) {
            sb.append("<p>Sentence number ").append(i).append(" is part of a very long page, and it keeps going so that the page is big.</p>\n");
        }
        String page = sb.append("</body></html>").toString();
        CleanResult r = small.clean(Article.of("big", page));
        assertEquals(1, r.warnings().size());
        assertTrue(r.dropped().stream().anyMatch(d -> d.reason() == DropReason.TRUNCATED_INPUT));
        assertTrue(r.article().text().length() > 1000);
    }

    @Test
    void formatIsSniffedAndDeclaredFormatWinsUnlessAWholeHtmlDocument() {
        String html = "<html><body><p>Một đoạn văn đủ dài, có dấu phẩy và kết thúc bằng dấu chấm như một câu văn thật.</p></body></html>";
        assertEquals("html", cleaner.clean(Article.of("h", html)).article().metadata().get(Cleaner.FORMAT));
        String fragment = "<p>Một đoạn văn đủ dài, có dấu phẩy và kết thúc bằng dấu chấm như một câu văn thật.</p>";
        assertEquals("txt", cleaner.clean(Article.of("h", fragment).withMetadata("format", "txt")).article().metadata().get(Cleaner.FORMAT));
        assertEquals("html", cleaner.clean(Article.of("h", html).withMetadata("format", "txt")).article().metadata().get(Cleaner.FORMAT));
    }
}
