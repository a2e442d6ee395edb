package org.stancekit.text;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.stancekit.corpus.CorpusFiles;
import org.stancekit.corpus.Jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline on real VNTC text (a spread sample of each split); skipped when ../shared/data is absent. */
class VntcPipelineTest {

    private static final Path VNTC = Path.of("..", "shared", "data", "vntc");

    /** Every {@code stride}-th document's text, so that every topic is represented. */
    private static List<String> read(String file, int stride) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = CorpusFiles.strictUtf8Reader(CorpusFiles.open(VNTC.resolve(file)))) {
            long no = 0;
            for (String line; (line = r.readLine()) != null; no++) {
                if (no % stride == 0) out.add(Jsonl.MAPPER.readTree(line).get("text").asText());
            }
        }
        return out;
    }

    @Test
    void learnsCommonWordsAndSeesNoDriftBetweenSplits() throws IOException {
        Assumptions.assumeTrue(Files.exists(VNTC.resolve("train.jsonl.gz")), "../shared/data absent: skipping the VNTC pipeline test");
        List<String> train = read("train.jsonl.gz", 8);
        List<String> test = read("test.jsonl.gz", 100);
        TextPipeline p = TextPipeline.fit(TextConfig.defaults().withWords(new TextConfig.Words(true, 10, null, null, null, null, null)), train);
        for (String w : List.of("tổng thống", "chính phủ", "bóng đá", "thị trường")) {
            assertTrue(p.words().containsKey(w), "expected the learned word '" + w + "'");
        }
        assertEquals(List.of("tổng_thống", "nga", "thăm", "hà_nội"), p.tokens("Tổng thống Nga thăm Hà Nội"));
        assertEquals(Optional.empty(), p.driftWarning(test));
        List<String> nfd = test.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFD)).toList();
        Optional<String> w = p.driftWarning(nfd);
        assertTrue(w.isPresent() && w.get().contains("texts in decomposed Unicode (NFD): 100.0% of input"), w.toString());
        // the same text in NFD gives the same tokens
        assertEquals(p.tokens(test.get(0)), p.tokens(nfd.get(0)));
    }
}
