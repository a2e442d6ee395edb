package org.stancekit.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderReaderTest {

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(FolderReaderTest.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collected output of one read. */
    record Result(List<Article> articles, List<ReadError> errors) {
    }

    static Result read(CorpusReader r) {
        List<Article> as = new ArrayList<>();
        List<ReadError> es = new ArrayList<>();
        r.read(as::add, es::add);
        return new Result(as, es);
    }

    static Article page(String id, String text, Path file, String format) {
        return new Article(id, text, null, null, null, null, Map.of(), Map.of("source", file.toString(), "format", format));
    }

    @Test
    void readsFolderInSortedOrderSkippingHiddenAndReportingUnsupported() {
        Path root = fixture("folder");
        Result r = read(new FolderReader(List.of(root)));
        assertEquals(List.of(
                page("a", "Hà Nội mưa lớn.\nĐường ngập sâu.\n", root.resolve("a.txt"), "txt"),
                page("b", "<html><head><meta charset=\"utf-8\"><title>Tin nhanh</title></head><body><p>Giá xăng tăng.</p></body></html>\n",
                        root.resolve("sub/b.html"), "html")), r.articles());
        assertEquals(List.of(
                new ReadError(root.resolve("sub/c.md").toString(), 0, "unsupported file type (expected .txt, .text, .html or .htm)", ""),
                new ReadError(root.resolve("sub/d.jsonl").toString(), 0, "unsupported file type (expected .txt, .text, .html or .htm)", "")),
                r.errors());
    }

    @Test
    void theAssetFolderOfABrowserSavedPageIsNotWalked() throws IOException {
        Files.writeString(tmp.resolve("bai.html"), "<html><body><p>Giá xăng tăng.</p></body></html>");
        Files.createDirectories(tmp.resolve("bai_files"));
        Files.writeString(tmp.resolve("bai_files/app.js"), "var a = 1;");
        Files.writeString(tmp.resolve("bai_files/note.txt"), "not an article of its own");
        Files.createDirectories(tmp.resolve("other_files"));
        Files.writeString(tmp.resolve("other_files/x.css"), "body{}");
        Result r = read(new FolderReader(List.of(tmp)));
        assertEquals(List.of("bai"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(new ReadError(tmp.resolve("other_files/x.css").toString(), 0, "unsupported file type (expected .txt, .text, .html or .htm)", "")),
                r.errors(), "a _files folder without its page is walked as any folder");
    }

    @Test
    void autoInputsReadJsonlInsideFolders() {
        Path root = fixture("folder");
        Result r = read(Inputs.open(List.of(root), InputOptions.defaults()));
        assertEquals(List.of("a", "b", "j1"), r.articles().stream().map(Article::id).toList());
        assertEquals("sport", r.articles().get(2).label("label"));
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).source().endsWith("c.md"));
    }

    @Test
    void decodesBomsAndNormalisesLineEnds() throws IOException {
        Path le = tmp.resolve("le.txt");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        b.write("Thế giới\r\nTin mới\r\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(le, b.toByteArray());
        Path be = tmp.resolve("be.txt");
        b.reset();
        b.write(new byte[]{(byte) 0xFE, (byte) 0xFF});
        b.write("Kinh doanh\rvàng".getBytes(StandardCharsets.UTF_16BE));
        Files.write(be, b.toByteArray());
        Path u8 = tmp.resolve("u8.text");
        b.reset();
        b.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("Xin chào".getBytes(StandardCharsets.UTF_8));
        Files.write(u8, b.toByteArray());

        Result r = read(new FolderReader(List.of(tmp)));
        assertEquals(List.of(
                page("be", "Kinh doanh\nvàng", be, "txt"),
                page("le", "Thế giới\nTin mới\n", le, "txt"),
                page("u8", "Xin chào", u8, "txt")), r.articles());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void reportsBrokenUtf8WithLineBinaryEmptyAndTooLarge() throws IOException {
        Path broken = tmp.resolve("broken.txt");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("line one\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[]{'x', (byte) 0xC3, '(', '\n'});
        Files.write(broken, b.toByteArray());
        int badOffset = b.size() - 3;
        Path bin = tmp.resolve("bin.txt");
        Files.write(bin, new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path blank = tmp.resolve("blank.html");
        Files.writeString(blank, " \n\t\r\n");
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "x".repeat(101));
        Path ok = tmp.resolve("ok.txt");
        Files.writeString(ok, "fine");

        Result r = read(new FolderReader(List.of(tmp), 100));
        assertEquals(List.of(page("ok", "fine", ok, "txt")), r.articles());
        assertEquals(List.of(
                new ReadError(big.toString(), 0, "file too large (101 bytes, limit 100)", ""),
                new ReadError(bin.toString(), 0, "binary file (NUL byte at offset 4)", ""),
                new ReadError(blank.toString(), 0, "empty file", ""),
                new ReadError(broken.toString(), 3, "invalid UTF-8 (malformed input of 1 byte(s) at byte offset " + badOffset + ")", ""),
                new ReadError(empty.toString(), 0, "empty file", "")), r.errors());
        assertEquals(broken + ":3: invalid UTF-8 (malformed input of 1 byte(s) at byte offset " + badOffset + ")",
                r.errors().get(3).message());
    }

    @Test
    void honoursHtmlMetaCharset() throws IOException {
        Path latin = tmp.resolve("latin.htm");
        Files.write(latin, "<meta charset=\"iso-8859-1\"><p>café</p>".getBytes(StandardCharsets.ISO_8859_1));
        Path unknown = tmp.resolve("unknown.html");
        Files.writeString(unknown, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-nonsense-42\"><p>a</p>");
        Result r = read(new FolderReader(List.of(tmp)));
        assertEquals(List.of(page("latin", "<meta charset=\"iso-8859-1\"><p>café</p>", latin, "html")), r.articles());
        assertEquals(List.of(new ReadError(unknown.toString(), 1, "unsupported charset \"x-nonsense-42\" declared in <meta>", "")),
                r.errors());
    }

    @Test
    void singleFilesAndMissingPaths() throws IOException {
        Path f = tmp.resolve("one.html");
        Files.writeString(f, "<p>x</p>");
        Result r = read(Inputs.open(List.of(f), InputOptions.defaults()));
        assertEquals(List.of(page("one", "<p>x</p>", f, "html")), r.articles());

        CorpusException missing = assertThrows(CorpusException.class,
                () -> Inputs.open(List.of(tmp.resolve("nope")), InputOptions.defaults()));
        assertEquals(tmp.resolve("nope") + ": no such file or directory", missing.getMessage());
        Path other = tmp.resolve("x.docx");
        Files.writeString(other, "x");
        assertThrows(CorpusException.class, () -> Inputs.open(List.of(other), InputOptions.defaults()));
        assertThrows(CorpusException.class,
                () -> Inputs.open(List.of(tmp), InputOptions.defaults().withFormat(Format.JSONL)));
    }

    @Test
    void forcedFoldersFormatIgnoresJsonlInsideFolders() {
        Path root = fixture("folder");
        Result r = read(Inputs.open(List.of(root), InputOptions.defaults().withFormat(Format.FOLDERS)));
        assertEquals(List.of("a", "b"), r.articles().stream().map(Article::id).toList());
        assertEquals(2, r.errors().size());
    }
}
