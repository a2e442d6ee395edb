package org.stancekit.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancekit.corpus.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five seed pages: exact titles and token precision/recall of the body against hand-made expected bodies. */
class SeedCleaningTest {

    private static Cleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = Cleaner.withDefaults();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedCleaningTest.class.getResourceAsStream("/clean/seeds/" + name)) {
            if (in == null) throw new IOException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Article seed(String id) throws IOException {
        Path p = Path.of("seeds", id + ".txt");
        return Article.of(id, Files.readString(p)).withMetadata("format", "txt");
    }

    @ParameterizedTest
    @CsvSource({"000_65fb26386707b54f", "001_4529e99cacd506a2", "002_4a20151fa78d95ec", "003_d5b14f91669aa74f",
            "004_be9bdd126f5ced08"})
    void titleExactAndBodyPrecisionRecallAtLeast95(String id) throws IOException {
        String expected = resource(id + ".expected.txt");
        String optional = resource(id + ".optional.txt");
        String expectedTitle = expected.substring(0, expected.indexOf('\n'));
        Article out = cleaner.clean(seed(id)).article();
        assertEquals(expectedTitle, out.title(), "title of " + id);
        TokenOverlap o = TokenOverlap.of(out.fullText(), expected, optional);
        System.out.printf("seed %s: precision %.4f recall %.4f f1 %.4f%n", id, o.precision(), o.recall(), o.f1());
        assertTrue(o.precision() >= 0.95, id + " precision " + o.precision());
        assertTrue(o.recall() >= 0.95, id + " recall " + o.recall());
        assertTrue(!out.text().startsWith(expectedTitle), "title must not be repeated in the text of " + id);
    }

    /** The generic method alone, without the phrase list, reaches the same bar: the list is only a complement. */
    @ParameterizedTest
    @CsvSource({"000_65fb26386707b54f", "001_4529e99cacd506a2", "002_4a20151fa78d95ec", "003_d5b14f91669aa74f",
            "004_be9bdd126f5ced08"})
    void genericMethodAloneWithoutThePhraseList(String id) throws IOException {
        Cleaner generic = new Cleaner(new CleanerConfig(CleanerConfig.DEFAULTS.maxInputChars(), false),
                BoilerplatePhrases.bundled(), SourceCatalog.bundled());
        String expected = resource(id + ".expected.txt");
        Article out = generic.clean(seed(id)).article();
        TokenOverlap o = TokenOverlap.of(out.fullText(), expected, resource(id + ".optional.txt"));
        assertTrue(o.precision() >= 0.95 && o.recall() >= 0.95, id + ": P " + o.precision() + " R " + o.recall());
        assertEquals(expected.substring(0, expected.indexOf('\n')), out.title());
    }

    /** The same pages with every headline printed once (no "headline twice" cue) and without blank lines. */
    @ParameterizedTest
    @CsvSource({"000_65fb26386707b54f", "001_4529e99cacd506a2", "002_4a20151fa78d95ec", "003_d5b14f91669aa74f",
            "004_be9bdd126f5ced08"})
    void robustToTeasersPrintedOnceAndToMissingBlankLines(String id) throws IOException {
        String expected = resource(id + ".expected.txt");
        String optional = resource(id + ".optional.txt");
        String page = seed(id).text();
        StringBuilder once = new StringBuilder();
        StringBuilder dense = new StringBuilder();
        String prev = null;
        for (String line : page.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty()) dense.append(line).append('\n');
            if (!t.isEmpty() && t.equals(prev)) continue;
            if (!t.isEmpty()) prev = t;
            once.append(line).append('\n');
        }
        for (String variant : List.of(once.toString(), dense.toString())) {
            Article out = cleaner.clean(Article.of(id, variant)).article();
            TokenOverlap o = TokenOverlap.of(out.fullText(), expected, optional);
            assertTrue(o.precision() >= 0.95 && o.recall() >= 0.95, id + ": P " + o.precision() + " R " + o.recall());
            assertEquals(expected.substring(0, expected.indexOf('\n')), out.title());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "000_65fb26386707b54f;Baoquocte.vn;Hạnh Lê;RIA Novosti|AFP|Reuters|TASS",
            "001_4529e99cacd506a2;;;Welt am Sonntag",
            "002_4a20151fa78d95ec;Baoquocte.vn;Bảo Hà;CNN|RBC-Ukraine|Sputnik|AFP",
            "003_d5b14f91669aa74f;Kinhtedothi;;TASS",
            "004_be9bdd126f5ced08;VOV.VN;;"})
    void metadata(String id, String outlet, String byline, String sources) throws IOException {
        Article out = cleaner.clean(seed(id)).article();
        assertEquals(outlet, out.outlet(), "outlet of " + id);
        assertEquals(byline, out.metadata().get(Cleaner.BYLINE), "byline of " + id);
        List<String> want = sources == null ? List.of() : List.of(sources.split("\\|"));
        assertEquals(want, out.metadata().get(Cleaner.CITED_SOURCES), "cited sources of " + id);
    }

    @ParameterizedTest
    @CsvSource({"000_65fb26386707b54f", "001_4529e99cacd506a2", "002_4a20151fa78d95ec", "003_d5b14f91669aa74f"})
    void captionsKeptOutOfBodyButRecorded(String id) throws IOException {
        CleanResult r = cleaner.clean(seed(id));
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) r.article().metadata().get(Cleaner.CAPTIONS);
        assertTrue(!captions.isEmpty(), "captions of " + id);
        for (String c : captions) assertTrue(!r.article().text().contains(c), "caption in body: " + c);
        assertTrue(r.dropped().stream().anyMatch(d -> d.reason() == DropReason.CAPTION));
        Map<String, Object> md = r.article().metadata();
        assertEquals("txt", md.get(Cleaner.FORMAT));
    }
}
