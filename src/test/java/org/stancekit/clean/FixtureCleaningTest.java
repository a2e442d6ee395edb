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
            "html/vi-jsonld-only", "html/vi-vne-like", "html/en-bbc-like",
            "html/en-cards-comments", "html/en-cards-no-jsonld", "html/en-split-body",
            "html/vi-tto-like", "html/en-guardian-like", "html/zh-unspaced-script"})
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
            "txt/en-dump-bbc-style;Example Broadcasting;Anna Visser;-;Image caption, Tractors lined the motorway into the city on Wednesday morning",
            "txt/vi-dump-dantri-style;Dân trí;Minh Phương;Kyodo|Reuters;Tên lửa H3 rời bệ phóng tại Tanegashima (Ảnh: Reuters).",
            "txt/en-dump-wire-style;-;Reuters;Reuters;-",
            "txt/ru-dump;Новостной портал;-;TASS;-",
            "txt/en-markdown;-;Sara Lind;-;-"})
    void textDumpsOfOtherOutlets(String name, String outlet, String byline, String sources, String caption) throws IOException {
        Article a = clean(name + ".txt").article();
        assertEquals(resource(name + ".expected.txt").strip(), a.fullText());
        assertEquals(outlet, a.outlet());
        assertEquals(byline, a.metadata().get(Cleaner.BYLINE));
        assertEquals(sources == null ? List.of() : List.of(sources.split("\\|")), a.metadata().get(Cleaner.CITED_SOURCES));
        if (caption != null) assertTrue(((List<?>) a.metadata().get(Cleaner.CAPTIONS)).contains(caption), a.metadata().toString());
    }

    @Test
    void subSectionsWithShortParagraphsInsideTheArticleAreKept() throws IOException {
        assertEquals(resource("txt/vi-listicle.expected.txt").strip(), clean("txt/vi-listicle.txt").article().fullText());
    }

    @Test
    void hardWrappedDumpIsRejoinedIntoParagraphs() throws IOException {
        CleanResult r = clean("txt/en-dump-wrapped.txt");
        assertEquals(resource("txt/en-dump.expected.txt").strip(), r.article().fullText());
    }

    @Test
    void inputTitleWinsAndIsNotRepeatedInTheText() {
        Article raw = new Article("t", "A title given by the input\n\nThe body of the article is one sentence long enough to count as prose.",
                "A title given by the input", null, null, null, null, null);
        Article a = cleaner.clean(raw).article();
        assertEquals("A title given by the input", a.title());
        assertEquals("The body of the article is one sentence long enough to count as prose.", a.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "html/vi-article-main;Báo Phố Thủ Đô;2024-03-05T08:30;Minh Châu;-",
            "html/en-jsonld;The Daily Ledger;2023-07-18T14:05;Jane Okafor;Reuters|AFP|TASS",
            "html/en-div-soup;World News Today;2024-03-03T10:15;-;Reuters|Interfax",
            "html/vi-br-paragraphs;Báo Biển Xanh;2024-04-15T07:20;Thanh Hà;-",
            "html/vi-jsonld-only;Tin Nhanh Số;2023-05-02;Lan Phương;TTXVN|Kyodo",
            "html/vi-vne-like;Tin Mới Mỗi Ngày;2024-06-10T09:15;Hoài Thu;-",
            "html/en-bbc-like;Global Desk;2025-02-08T10:02;Tom Hale;Interfax",
            "html/en-cards-comments;Riverside Courier;2024-09-12;Priya Nair;-",
            "html/vi-tto-like;TTO;2024-04-20T10:30;LÊ THANH;Reuters",
            "html/en-guardian-like;The Morning Ledger;2024-07-16T06:00;Lena Ortiz;Bloomberg"})
    void htmlMetadata(String name, String outlet, String date, String byline, String sources) throws IOException {
        Article a = clean(name + ".html").article();
        assertEquals(outlet, a.outlet(), "outlet");
        assertEquals(date, a.date(), "date");
        assertEquals(byline, a.metadata().get(Cleaner.BYLINE), "byline");
        assertEquals(sources == null ? List.of() : List.of(sources.split("\\|")), a.metadata().get(Cleaner.CITED_SOURCES));
    }

    @Test
    void declaredBodyThatDiffersInSmallDetailsStillKeepsTheDomParagraphs() {
        String p1 = "LONDON (Reuters) - The central bank kept its main interest rate unchanged on Thursday, saying that inflation was "
                + "falling but remained well above its target.";
        String p2 = "Policymakers voted six to three for the decision, with the three dissenters preferring a cut of a quarter point.";
        String p3 = "Markets had expected the pause after data last week showed that wage growth slowed for the third month in a row.";
        String json = p1.substring("LONDON (Reuters) - ".length()) + "\n" + p2 + "\n" + p3;
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bank holds rates\","
                + "\"articleBody\":\"" + json.replace("\n", "\\n") + "\"}</script></head><body><h1>Bank holds rates</h1>"
                + "<p>" + p1 + "</p><div class='promo'><p>Sign up for our daily briefing, delivered to your inbox every morning at seven.</p></div>"
                + "<p>" + p2 + "</p><p>" + p3 + "</p></body></html>";
        Article a = cleaner.clean(Article.of("bank", html)).article();
        assertEquals(p1 + "\n\n" + p2 + "\n\n" + p3, a.text());
        assertEquals(List.of("Reuters"), a.metadata().get(Cleaner.CITED_SOURCES));
    }

    @Test
    void dateAndOutletFromTheUrlWhenThePageHasNone() {
        String page = "A headline without any date\n\nThe body of the page is one sentence, long enough to be prose, and it ends here.";
        for (String[] c : new String[][]{
                {"https://www.example-news.org/world/2023/11/07/a-headline", "2023-11-07"},
                {"https://tin.example.vn/the-gioi/mot-tieu-de-20240305093011234.htm", "2024-03-05"}}) {
            Article raw = new Article("u", page, null, null, c[0], null, null, null);
            Article a = cleaner.clean(raw).article();
            assertEquals(c[1], a.date(), c[0]);
        }
        Article a = cleaner.clean(new Article("u", page, null, null, "https://www.example-news.org/x", null, null, null)).article();
        assertEquals("example-news.org", a.outlet());
        assertEquals(null, a.date());
    }

    @Test
    void aCopyrightLineWithOnlyAYearNamesNoOutlet() {
        String page = "A headline\n\nThe body of the page is one sentence, long enough to be prose, and it ends here.\n\n© 2022";
        assertEquals(null, cleaner.clean(Article.of("c1", page)).article().outlet());
        String named = "A headline\n\nThe body of the page is one sentence, long enough to be prose, and it ends here.\n\n© 2022 Northern Wire. All rights reserved.";
        assertEquals("Northern Wire", cleaner.clean(Article.of("c2", named)).article().outlet());
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
