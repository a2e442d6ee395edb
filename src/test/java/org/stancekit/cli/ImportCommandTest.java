package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.JsonlReader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path tmp;

    static List<Article> readAll(Path p) {
        List<Article> l = new ArrayList<>();
        new JsonlReader(p, Set.of("label", "stance")).read(l::add, e -> {
            throw new AssertionError(e.message());
        });
        return l;
    }

    @Test
    void importsMixedInputsAndAccountsForEveryRecord() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), "{\"id\":\"1\",\"label\":\"pos\",\"text\":\"tốt\"}\n{bad json}\n{\"id\":\"2\",\"label\":\"neg\",\"text\":\"xấu\"}\n{\"id\":\"3\",\"label\":\"pos\",\"text\":\"hay\"}\n");
        Files.writeString(in.resolve("b.txt"), "không nhãn");
        Files.write(in.resolve("c.txt"), new byte[]{(byte) 0xFF, 'a'});
        Path out = tmp.resolve("corpus.jsonl");
        CliRun r = CliRun.of("import", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("1", "2", "3", "b"), readAll(out).stream().map(Article::id).toList());
        Path errors = tmp.resolve("corpus.jsonl.errors.jsonl");
        assertEquals(List.of(
                "{\"source\":\"" + in.resolve("a.jsonl") + "\",\"line\":2,\"problem\":\"malformed JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name\",\"excerpt\":\"{bad json}\"}",
                "{\"source\":\"" + in.resolve("c.txt") + "\",\"line\":1,\"problem\":\"invalid UTF-8 (malformed input of 1 byte(s) at byte offset 0)\",\"excerpt\":\"\"}"),
                Files.readAllLines(errors, StandardCharsets.UTF_8));
        assertEquals(String.join("\n",
                "records written: 4 (" + out + ")",
                "errors:          2 (" + errors + ")",
                "",
                "label          records   share",
                "neg                  1   25.0%",
                "pos                  2   50.0%",
                "(no label)           1   25.0%",
                ""), r.out());
        assertTrue(r.err().startsWith("skipped: " + in.resolve("a.jsonl") + ":2: malformed JSON"), r.err());
        assertFalse(Files.exists(tmp.resolve(".part-corpus.jsonl")));
    }

    @Test
    void csvFlagsMapColumnsAndNoErrorsFileWhenClean() throws IOException {
        Path csv = tmp.resolve("h.csv");
        Files.writeString(csv, "n,title,desc,Site\n7,Tít,Mô tả,tass.com\n8,,Chỉ mô tả,rt.com\n");
        Path out = tmp.resolve("o.jsonl.gz");
        CliRun r = CliRun.of("import", "--format", "csv", csv.toString(), "-o", out.toString(), "--csv-id", "n",
                "--csv-text", "title,desc", "--csv-outlet", "Site", "--csv-label", "stance=Site");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                new Article("7", "Tít\n\nMô tả", null, "tass.com", null, null, Map.of("stance", "tass.com"), Map.of()),
                new Article("8", "Chỉ mô tả", null, "rt.com", null, null, Map.of("stance", "rt.com"), Map.of())), readAll(out));
        assertFalse(Files.exists(tmp.resolve("o.jsonl.gz.errors.jsonl")));
        assertTrue(r.out().contains("stance         records   share\nrt.com               1   50.0%\ntass.com             1   50.0%\n"), r.out());
        assertTrue(r.out().contains("\nlabel          records   share\n(no label)           2  100.0%\n"), r.out());
    }

    @Test
    void nothingReadableExitsThreeAndBadPathsFailBeforeWriting() throws IOException {
        Path empty = tmp.resolve("e.txt");
        Files.writeString(empty, "  ");
        Path out = tmp.resolve("x.jsonl");
        CliRun r = CliRun.of("import", empty.toString(), "-o", out.toString(), "--errors", tmp.resolve("err.jsonl").toString());
        assertEquals(3, r.code(), "3: not one record processed (2 is picocli's usage error)");
        assertEquals(2, CliRun.of("import", "--no-such-option").code());
        assertTrue(r.err().endsWith("stancekit import: nothing could be read from the input (see " + tmp.resolve("err.jsonl") + ")\n"), r.err());
        assertEquals(1, Files.readAllLines(tmp.resolve("err.jsonl")).size());

        Path out2 = tmp.resolve("y.jsonl");
        r = CliRun.of("import", tmp.resolve("missing").toString(), "-o", out2.toString());
        assertEquals(1, r.code());
        assertEquals("stancekit import: input error: " + tmp.resolve("missing") + ": no such file or directory\n", r.err());
        assertFalse(Files.exists(out2));

        r = CliRun.of("import", "--format", "vntc", empty.toString(), "-o", out2.toString());
        assertEquals(1, r.code());
        r = CliRun.of("import", empty.toString(), "-o", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is also an input"), r.err());
    }

    @Test
    void sizes() {
        assertEquals(64L << 20, ImportCommand.parseSize("64MB"));
        assertEquals(500L << 10, ImportCommand.parseSize("500kb"));
        assertEquals(1L << 30, ImportCommand.parseSize("1G"));
        assertEquals(123, ImportCommand.parseSize("123"));
        assertThrows(IllegalArgumentException.class, () -> ImportCommand.parseSize("12 parsecs"));
    }

    @Test
    void warnsOnDuplicateIdsRemovesStaleErrorsAndHintsVntc() throws IOException {
        Path a = tmp.resolve("x/Train_Full/The gioi/a.txt");
        Files.createDirectories(a.getParent());
        Files.writeString(a, "một");
        Path b = tmp.resolve("x/Train_Full/Van hoa/a.txt");
        Files.createDirectories(b.getParent());
        Files.writeString(b, "hai");
        Path out = tmp.resolve("o.jsonl");
        Path stale = tmp.resolve("o.jsonl.errors.jsonl");
        Files.writeString(stale, "{\"old\":true}\n");
        CliRun r = CliRun.of("import", tmp.resolve("x").toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale));
        assertTrue(r.out().contains("warning: 1 records repeat an id already written; ids are not unique\n"), r.out());
        assertEquals("hint: " + tmp.resolve("x") + " looks like the VNTC release layout; add --format vntc to take labels from the topic folders\n",
                r.err());

        r = CliRun.of("import", "--format", "vntc", tmp.resolve("x").toString(), "-o", out.toString(), "--label-field", "topic");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("topic          records   share\nThe gioi             1   50.0%\nVan hoa              1   50.0%\n"), r.out());

        Path inside = tmp.resolve("x/all.jsonl");
        r = CliRun.of("import", "--format", "vntc", tmp.resolve("x").toString(), "-o", inside.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: the output " + inside + " is inside the input folder " + tmp.resolve("x")
                + ": a later run over that folder will read it as input\n", r.err());
    }
}
