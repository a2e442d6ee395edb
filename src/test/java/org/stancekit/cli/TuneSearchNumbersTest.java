package org.stancekit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code search.folds} and {@code search.max_trials} that are not whole numbers in range are errors, never the default. */
class TuneSearchNumbersTest {

    @TempDir
    Path tmp;

    @Test
    void aNonNumericFoldsValueIsRejectedBeforeAnyWork() throws Exception {
        Path cfg = tmp.resolve("tune.yaml");
        Files.writeString(cfg, "data: {train: absent.jsonl}\nsearch:\n  folds: five\n  params:\n    model.c: [0.5, 1]\n");
        CliRun r = CliRun.of("tune", "--config", cfg.toString(), "--budget", "1m");
        assertEquals(1, r.code(), r.err());
        assertEquals("stancekit tune: config error: " + cfg + ": bad value 'five' for key 'search.folds' (allowed: an integer >= 2)",
                r.err().strip());
    }

    @Test
    void theShippedTuneConfigsSearchNumbersRead() {
        TuneCommand t = new TuneCommand();
        t.config = Path.of("training", "tune-stance-vi.yaml");
        var search = Configs.readTree(t.config).get("search");
        assertEquals(5, t.searchInt(search, "folds", 3, 2));
        assertEquals(1000, t.searchInt(search, "max_trials", 1000, 1));
    }

    @Test
    void valuesAreWholeNumbersInRange() throws Exception {
        TuneCommand t = new TuneCommand();
        t.config = Path.of("t.yaml");
        assertEquals(3, t.searchInt(Configs.YAML.readTree("params: {}\n"), "folds", 3, 2));
        assertEquals(5, t.searchInt(Configs.YAML.readTree("folds: 5\n"), "folds", 3, 2));
        assertEquals(7, t.searchInt(Configs.YAML.readTree("max_trials: '7'\n"), "max_trials", 1000, 1));
        assertEquals("t.yaml: bad value '2.5' for key 'search.folds' (allowed: an integer >= 2)",
                assertThrows(ConfigException.class, () -> t.searchInt(Configs.YAML.readTree("folds: 2.5\n"), "folds", 3, 2)).getMessage());
        assertEquals("t.yaml: bad value '1' for key 'search.folds' (allowed: an integer >= 2)",
                assertThrows(ConfigException.class, () -> t.searchInt(Configs.YAML.readTree("folds: 1\n"), "folds", 3, 2)).getMessage());
        assertEquals("t.yaml: bad value 'lots' for key 'search.max_trials' (allowed: an integer >= 1)",
                assertThrows(ConfigException.class, () -> t.searchInt(Configs.YAML.readTree("max_trials: lots\n"), "max_trials", 1000, 1)).getMessage());
        assertEquals("t.yaml: bad value '[3]' for key 'search.folds' (allowed: an integer >= 2)",
                assertThrows(ConfigException.class, () -> t.searchInt(Configs.YAML.readTree("folds: [3]\n"), "folds", 3, 2)).getMessage());
    }
}
