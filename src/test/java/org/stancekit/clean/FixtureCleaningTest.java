package org.stancekit.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancekit.corpus.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written HTML and text pages with the usual furniture: exact title and body, and the metadata. */
class FixtureCleaningTest {

    private static Cleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = Cleaner.withDefaults();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FixtureCleaningTest.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) throw new IOException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CleanResult clean(String file) throws IOException {
        return cleaner.clean(Article.of(file, resource(file)));
    }

    @ParameterizedTest
    @CsvSource({"html/vi-article-main", "html/en-jsonld", "html/en-div-soup", "html/vi-br-paragraphs",
            "html/vi-jsonld-only"})
    void htmlTitleAndBodyExact(String name) throws IOException {
        String expected = resource(name + ".expected.txt").strip();
        CleanResult r = clean(name + ".html");
        assertEquals("html", r.article().metadata().get(Cleaner.FORMAT), "sniffed format");
        assertEquals(expected, r.article().fullText(), name);
    }

    @Test
    void englishTextDumpExact() throws IOException {
        CleanResult r = clean("txt/en-dump.txt");
        assertEquals(resource("txt/en-dump.expected.txt").strip(), r.article().fullText());
        assertEquals("Mikko Laine", r.article().metadata().get(Cleaner.BYLINE));
        assertEquals(List.of("AP", "Reuters"), r.article().metadata().get(Cleaner.CITED_SOURCES));
        assertEquals(List.of("A guard watches the new fence near Imatra. Photo: Finnish Border Guard"),
                r.article().metadata().get(Cleaner.CAPTIONS));
        assertTrue(r.dropped().stream().anyMatch(d -> d.reason() == DropReason.TEASER
                && d.text().startsWith("Estonia summons")), "teaser headline recorded in the audit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "html/vi-article-main;Báo Phố Thủ Đô;2024-03-05T08:30;Minh Châu;-",
            "html/en-jsonld;The Daily Ledger;2023-07-18T14:05;Jane Okafor;Reuters|AFP|TASS",
            "html/en-div-soup;World News Today;2024-03-03T10:15;-;Reuters|Interfax",
            "html/vi-br-paragraphs;Báo Biển Xanh;2024-04-15T07:20;Thanh Hà;-",
            "html/vi-jsonld-only;Tin Nhanh Số;2023-05-02;Lan Phương;TTXVN|Kyodo"})
    void htmlMetadata(String name, String outlet, String date, String byline, String sources) throws IOException {
        Article a = clean(name + ".html").article();
        assertEquals(outlet, a.outlet(), "outlet");
        assertEquals(date, a.date(), "date");
        assertEquals(byline, a.metadata().get(Cleaner.BYLINE), "byline");
        assertEquals(sources == null ? List.of() : List.of(sources.split("\\|")), a.metadata().get(Cleaner.CITED_SOURCES));
    }

    @Test
    void figcaptionIsKeptAsCaptionNotBody() throws IOException {
        Article a = clean("html/vi-article-main.html").article();
        assertEquals(List.of("Xe buýt điện chạy thử trên đường Võ Nguyên Giáp. Ảnh: Minh Châu"), a.metadata().get(Cleaner.CAPTIONS));
        assertTrue(!a.text().contains("Xe buýt điện chạy thử"));
    }

    @Test
    void auditAccountsForEveryBlockNotInTheBody() throws IOException {
        CleanResult r = clean("html/en-div-soup.html");
        assertTrue(r.dropped().stream().anyMatch(d -> d.text().startsWith("Another attack, another denial")),
                "comment recorded as dropped");
        assertTrue(r.dropped().stream().anyMatch(d -> d.reason() == DropReason.CAPTION));
        assertTrue(r.dropped().stream().noneMatch(d -> r.article().text().contains(d.text()) && d.text().length() > 40),
                "a dropped block is not in the body");
    }
}
