package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clean verb: one article per readable input, bad inputs in the errors file, an audit, counts at the end. */
class CleanCommandTest {

    @TempDir
    Path tmp;

    private static List<JsonNode> lines(Path p) throws IOException {
        List<JsonNode> l = new ArrayList<>();
        for (String s : Files.readAllLines(p)) l.add(Jsonl.MAPPER.readTree(s));
        return l;
    }

    @Test
    void cleansAFolderAndAccountsForEveryInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(in.resolve("page-one.txt"), """
                Menu
                Home

                A headline for the first page

                The first paragraph of the article is long enough to be prose, and it ends with a full stop.

                The second paragraph adds a quote from the news agency TASS, which the cleaner should record.

                Related

                Another story headline

                Another story headline

                Its teaser summary is cut off before the end of the ...
                """);
        Files.writeString(in.resolve("page-two.html"), "<html><head><title>Second page</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>Second page</h1><p>The only paragraph of the second page, with a comma, and a full stop at the end.</p></article></body></html>");
        Files.write(in.resolve("broken.txt"), new byte[]{'o', 'k', (byte) 0xC3});
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = tmp.resolve("cleaned.jsonl");
        Path audit = tmp.resolve("audit.jsonl");
        CliRun r = CliRun.of("clean", in.toString(), "-o", out.toString(), "--audit", audit.toString());
        assertEquals(0, r.code(), r.err());

        List<JsonNode> arts = lines(out);
        assertEquals(2, arts.size());
        JsonNode one = arts.stream().filter(a -> a.get("id").asText().equals("page-one")).findFirst().orElseThrow();
        assertEquals("A headline for the first page", one.get("title").asText());
        assertEquals("The first paragraph of the article is long enough to be prose, and it ends with a full stop.\n\n"
                + "The second paragraph adds a quote from the news agency TASS, which the cleaner should record.", one.get("text").asText());
        assertEquals("TASS", one.get("cited_sources").get(0).asText());

        List<JsonNode> dropped = lines(audit);
        assertTrue(dropped.stream().anyMatch(d -> d.get("id").asText().equals("page-one") && d.get("reason").asText().equals("teaser")));
        assertTrue(dropped.stream().allMatch(d -> d.has("why") && d.has("text") && d.has("block")));

        List<JsonNode> errors = lines(tmp.resolve("cleaned.jsonl.errors.jsonl"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(r.out().contains("read:                2"), r.out());
        assertTrue(r.out().contains("cleaned:             2"), r.out());
        assertTrue(r.out().contains("errors:              2"), r.out());
        assertTrue(r.out().contains("empty after cleaning: 0"), r.out());
    }

    @Test
    void missingInputFailsBeforeWriting() {
        CliRun r = CliRun.of("clean", tmp.resolve("nope").toString(), "-o", tmp.resolve("o.jsonl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertTrue(!Files.exists(tmp.resolve("o.jsonl")));
    }
}
