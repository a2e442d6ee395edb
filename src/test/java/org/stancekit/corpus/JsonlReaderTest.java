package org.stancekit.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancekit.corpus.FolderReaderTest.fixture;
import static org.stancekit.corpus.FolderReaderTest.read;

class JsonlReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsGoodLinesAndReportsEachBadLine() {
        Path f = fixture("jsonl/mixed.jsonl");
        FolderReaderTest.Result r = read(new JsonlReader(f, Set.of("label", "topic")));
        assertEquals(List.of(
                new Article("n1", "Hội nghị thượng đỉnh.", null, "VNE", null, null, Map.of("label", "The gioi"), Map.of()),
                new Article("mixed:4", "Đội tuyển thắng.", null, null, null, null, Map.of("label", "The thao"), Map.of("year", 2006)),
                new Article("n9", "Thân bài.", "Tít", null, null, null, Map.of("label", "Phap luat", "topic", "Phap luat"), Map.of())),
                r.articles());
        List<String> problems = r.errors().stream().map(e -> e.line() + " " + e.problem()).toList();
        assertEquals(6, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("2 malformed JSON: Unexpected end-of-input"), problems.get(0));
        assertEquals("5 expected a JSON object, got ARRAY", problems.get(1));
        assertEquals("6 missing field \"text\"", problems.get(2));
        assertEquals("7 empty text", problems.get(3));
        assertEquals("8 field \"text\" is not a string", problems.get(4));
        assertTrue(problems.get(5).startsWith("9 malformed JSON: Unrecognized token 'trailing'"), problems.get(5));
        assertEquals("{\"id\": \"n5\", \"label\": \"Van hoa\"}", r.errors().get(2).excerpt());
        assertEquals(f + ":6: missing field \"text\"", r.errors().get(2).message());
    }

    @Test
    void everyRecordComesWithItsFileAndLine() throws IOException {
        Path f = tmp.resolve("origins.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"một\"}\n\nnot json\n{\"id\":\"b\",\"text\":\"hai\"}\n");
        Path csv = tmp.resolve("origins.csv");
        Files.writeString(csv, "id,text\nc,\"ba\nbốn\"\nd,năm\n");
        List<String> seen = new java.util.ArrayList<>();
        Inputs.open(List.of(f, csv), InputOptions.defaults()).readWithOrigin(
                (a, o) -> seen.add(a.id() + "@" + o.source() + ":" + o.line()), e -> seen.add("error@" + e.line()));
        assertEquals(List.of("a@" + f + ":1", "error@3", "b@" + f + ":4", "c@" + csv + ":2", "d@" + csv + ":4"), seen);
    }

    @Test
    void brokenUtf8CostsOnlyItsLineAndBomIsSkipped() throws IOException {
        Path f = tmp.resolve("bad.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("{\"id\":\"a\",\"text\":\"một\"}\r\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"b\",\"text\":\"h".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[]{(byte) 0xE1, (byte) 0xBB});
        b.write("\"}\n{\"id\":\"c\",\"text\":\"ba\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        FolderReaderTest.Result r = read(new JsonlReader(f));
        assertEquals(List.of(Article.of("a", "một"), Article.of("c", "ba")), r.articles());
        assertEquals(1, r.errors().size());
        assertEquals(f + ":2: invalid UTF-8 (malformed byte sequence)", r.errors().get(0).message());
    }

    @Test
    void oversizedLineIsReportedAndSkipped() throws IOException {
        Path f = tmp.resolve("big.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"" + "x".repeat(100) + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
        FolderReaderTest.Result r = read(new JsonlReader(f, Set.of("label"), 50));
        assertEquals(List.of(Article.of("b", "ok")), r.articles());
        assertEquals(List.of(new ReadError(f.toString(), 1, "record too large (120 bytes, limit 50)", "")), r.errors());
    }

    @Test
    void roundTripPlainAndGzip() throws IOException {
        List<Article> in = List.of(
                new Article("x1", "Dòng một\r\nDòng hai \"trích\" \\ \t", "Tiêu đề", "TN", "https://e.vn/a", "2006-05-01",
                        Map.of("label", "The gioi", "stance", "balanced"), Map.of("source", "a.txt", "n", 3, "tags", List.of("a", "b"))),
                Article.of("x2", "😀 emoji and \u0000 NUL-free? no: NUL is valid JSON"));
        for (String name : List.of("c.jsonl", "c.jsonl.gz")) {
            Path f = tmp.resolve(name);
            try (JsonlWriter w = new JsonlWriter(f)) {
                in.forEach(w::write);
                assertEquals(2, w.count());
            }
            FolderReaderTest.Result r = read(Inputs.open(List.of(f), InputOptions.defaults().withLabelFields(Set.of("label", "stance"))));
            assertEquals(in, r.articles(), name);
            assertEquals(List.of(), r.errors());
        }
        byte[] head = Arrays.copyOf(Files.readAllBytes(tmp.resolve("c.jsonl.gz")), 2);
        assertEquals(0x1f, head[0] & 0xFF);
        assertEquals(0x8b, head[1] & 0xFF);
    }

    @Test
    void truncatedGzipKeepsEarlierRecordsAndReportsOnce() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b)) {
            for (int i = 0; i < 2000; i++) gz.write(("{\"id\":\"r" + i + "\",\"text\":\"văn bản số " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = b.toByteArray();
        Path f = tmp.resolve("cut.jsonl.gz");
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        FolderReaderTest.Result r = read(new JsonlReader(f));
        assertTrue(r.articles().size() > 0 && r.articles().size() < 2000, "read " + r.articles().size());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).problem().endsWith("truncated or corrupt file; rest of file skipped"), r.errors().get(0).problem());

        Path notGz = tmp.resolve("plain.jsonl.gz");
        Files.writeString(notGz, "{}\n");
        CorpusException e = assertThrows(CorpusException.class, () -> read(new JsonlReader(notGz)));
        assertTrue(e.getMessage().startsWith(notGz + ": cannot open: Not in GZIP format"), e.getMessage());
    }

    @Test
    void dashReadsStdin() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("{\"text\":\"từ stdin\",\"label\":\"a\"}\n".getBytes(StandardCharsets.UTF_8)));
            FolderReaderTest.Result r = read(Inputs.open(List.of(Path.of("-")), InputOptions.defaults()));
            assertEquals(List.of(Article.of("stdin:1", "từ stdin").withLabel("label", "a")), r.articles());
        } finally {
            System.setIn(saved);
        }
    }
}
