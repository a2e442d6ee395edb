package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Leave-outlets-out cross-validation on the real annotated stance-vi set. */
class StanceCvTest {

    @Test
    void leaveOutletsOutOnStanceVi(@TempDir Path tmp) throws Exception {
        Path data = Path.of("..", "shared", "data", "stance-vi", "annotated.jsonl").toAbsolutePath().normalize();
        assumeTrue(Files.exists(data), "../shared/data absent: skipping the stance-vi cross-validation");
        Path cfg = tmp.resolve("stance.yaml");
        Files.writeString(cfg, "task: stance\ndata:\n  train: " + data + "\n  label_field: label\nfeatures:\n  min_df: 2\nmodel:\n  solver: svm\n  c: 1\nseed: 42\n");
        CliRun r = CliRun.of("cv", "--config", cfg.toString(), "--folds", "4", "--group-by", "outlet", "--bootstrap", "200",
                "--report", tmp.resolve("cv").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode cv = Jsonl.MAPPER.readTree(tmp.resolve("cv/cv.json").toFile());
        assertEquals(260, cv.get("pooled").get("n").asInt());
        java.util.Set<String> outlets = new java.util.TreeSet<>();
        for (JsonNode f : cv.get("per_fold")) {
            assertEquals(1, f.get("held_out_groups").size());
            outlets.add(f.get("held_out_groups").get(0).asText());
        }
        assertEquals(java.util.Set.of("NLD", "TN", "TT", "VNE"), outlets, "each outlet is held out exactly once");
        assertTrue(cv.get("summary").has("f1_sided_avg"), "stance configs report the sided F1 average");
        assertTrue(r.out().contains("macro_f1"), r.out());
    }
}
