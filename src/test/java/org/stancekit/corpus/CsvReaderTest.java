package org.stancekit.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stancekit.corpus.FolderReaderTest.fixture;
import static org.stancekit.corpus.FolderReaderTest.read;

class CsvReaderTest {

    @TempDir
    Path tmp;

    static Article art(String id, String text, String outlet, String label, Map<String, Object> meta) {
        return new Article(id, text, null, outlet, null, null, Map.of("label", label), meta);
    }

    @Test
    void mapsColumnsAndReportsEveryBadRow() {
        Path f = fixture("csv/news.csv");
        CsvColumns cols = CsvColumns.byName().withText(List.of("headline", "body")).withOutlet("source")
                .withLabels(Map.of("label", "topic"));
        FolderReaderTest.Result r = read(new CsvReader(f, cols));
        assertEquals(List.of(
                art("1", "Tin \"nóng\"\n\nDòng một\nDòng hai", "VNE", "The gioi", Map.of("extra", "x")),
                art("news:2", "Chỉ tiêu đề", "TN", "Kinh doanh", Map.of()),
                art("6", "Có dấu, phẩy\n\nThân", "NLD", "Phap luat", Map.of("extra", "z"))), r.articles());
        assertEquals(List.of(
                new ReadError(f.toString(), 6, "empty text (columns headline, body)", "3,,,TT,Van hoa,y"),
                new ReadError(f.toString(), 7, "expected 6 fields (as in the header), got 4", "4,a,b,c"),
                new ReadError(f.toString(), 8, "unexpected character 'x' after closing quote in field 2", "5,\"bad\"x,b,TT,The thao,"),
                new ReadError(f.toString(), 10, "unterminated quoted field (a quote opened on line 10 or later is never closed)",
                        "7,\"never closed,b,TT,X,\n8,a,b,c,d,e")), r.errors());
    }

    @Test
    void byNameWithBomCrlfAndBrokenUtf8() throws IOException {
        Path f = tmp.resolve("t.csv");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("ID,Text,label,Title,url\r\na1,\"x\r\ny\",pos,T,\r\na2,h".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[]{(byte) 0xC3, '!'});
        b.write(",neg,,\r\na3,z,,,http://e.vn\r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        FolderReaderTest.Result r = read(Inputs.open(List.of(f), InputOptions.defaults()));
        assertEquals(List.of(
                new Article("a1", "x\ny", "T", null, null, null, Map.of("label", "pos"), Map.of()),
                new Article("a3", "z", null, null, "http://e.vn", null, Map.of(), Map.of())), r.articles());
        assertEquals(List.of(new ReadError(f.toString(), 4, "invalid UTF-8 (malformed byte sequence) on line 4", "a2,h\uFFFD!,neg,,")),
                r.errors());
    }

    @Test
    void aMappedColumnReplacesTheColumnNamedLikeItsField() throws IOException {
        Path f = tmp.resolve("clash.csv");
        Files.writeString(f, "id,text,body,stance,topic,src\n1,old text,Nga cáo buộc Mỹ,russia_aligned,The gioi,x\n");
        CsvColumns cols = CsvColumns.byName().withText(List.of("body")).withLabels(Map.of("stance", "topic"));
        FolderReaderTest.Result r = read(new CsvReader(f, cols));
        assertEquals(List.of(new Article("1", "Nga cáo buộc Mỹ", null, null, null, null, Map.of("stance", "The gioi"), Map.of("src", "x"))),
                r.articles());
    }

    @Test
    void missingColumnsFailUpFront() throws IOException {
        Path f = tmp.resolve("h.csv");
        Files.writeString(f, "a,b\n1,2\n");
        CorpusException e = assertThrows(CorpusException.class, () -> read(new CsvReader(f, CsvColumns.byName())));
        assertEquals(f + ": no \"text\" column (columns: \"a\", \"b\"); map the text column(s) with --csv-text", e.getMessage());
        e = assertThrows(CorpusException.class, () -> read(new CsvReader(f, CsvColumns.byName().withText(List.of("a")).withId("zz"))));
        assertEquals(f + ": no column \"zz\" for id (columns: \"a\", \"b\")", e.getMessage());
        Path empty = tmp.resolve("e.csv");
        Files.writeString(empty, "");
        e = assertThrows(CorpusException.class, () -> read(new CsvReader(empty, CsvColumns.byName())));
        assertEquals(empty + ": empty CSV file (no header row)", e.getMessage());
    }

    @Test
    void delimiterAndLabelFields() throws IOException {
        Path f = tmp.resolve("s.csv");
        Files.writeString(f, "text;stance;n\n\"a;b\";west;1\n");
        FolderReaderTest.Result r = read(new CsvReader(f, CsvColumns.byName().withDelimiter(';'), Set.of("stance"), 1000));
        assertEquals(List.of(new Article("s:1", "a;b", null, null, null, null, Map.of("stance", "west"), Map.of("n", "1"))),
                r.articles());
    }

    @Test
    void gzippedCsvThroughInputs() throws IOException {
        Path f = tmp.resolve("g.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("id,text\nk1,\"nén, gzip\"\n".getBytes(StandardCharsets.UTF_8));
        }
        FolderReaderTest.Result r = read(Inputs.open(List.of(f), InputOptions.defaults()));
        assertEquals(List.of(Article.of("k1", "nén, gzip")), r.articles());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void aSemicolonSeparatedExportOrANonUtf8FileGetsAHintThatReadsIt() throws Exception {
        Path semi = java.nio.file.Files.writeString(tmp.resolve("semi.csv"), "Tiêu đề;Nội dung;Báo\r\nA;Giá lúa tăng;VnExpress\r\n");
        CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class,
                () -> read(new CsvReader(semi, CsvColumns.byName().withText(List.of("Nội dung")))));
        assertEquals(semi + ": no column \"Nội dung\" for text (columns: \"Tiêu đề;Nội dung;Báo\"); the header looks ';'-separated: "
                + "give --csv-delimiter ';'", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class, () -> read(new CsvReader(semi, CsvColumns.byName())));
        assertEquals(semi + ": no \"text\" column (columns: \"Tiêu đề;Nội dung;Báo\"); the header looks ';'-separated: give --csv-delimiter ';'",
                e.getMessage());
        FolderReaderTest.Result ok = read(new CsvReader(semi, CsvColumns.byName().withText(List.of("Nội dung")).withDelimiter(';')));
        assertEquals("Giá lúa tăng", ok.articles().get(0).text());
        Path latin = java.nio.file.Files.write(tmp.resolve("latin.csv"), "Ti\u00eau,text\r\na,b\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class, () -> read(new CsvReader(latin, CsvColumns.byName())));
        assertEquals(latin + ":1: bad header row: invalid UTF-8 (malformed byte sequence) on line 1; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
                e.getMessage());
    }
}
