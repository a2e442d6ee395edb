package org.stancekit.train.stance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.ConfigException;
import org.stancekit.corpus.ReadError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outlet-alignment labels from a CSV, the shipped configs, and config validation. */
class StanceCorpusTest {

    private static final String CONFIG = """
            task: stance-test
            labels: [russia, ukraine, west]
            data:
              format: outlet_csv
              train: tiny.csv
              outlet_labels: {rt.com: russia, tass.com: russia, ukrinform.net: ukraine, reuters.com: west, bbc.co.uk: west}
              train_outlets: [rt.com, ukrinform.net, reuters.com]
              test_outlets: [tass.com, bbc.co.uk]
            text: {language: en, mask_sides: false, framing_weight: 0}
            """;

    @Test
    void outletCsvMapsOutletsToLabelsAndSplits(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tiny.csv"), """
                ,title,desc,Site
                0,,Moscow says talks stalled,rt.com
                1,Kyiv repels attack,"Defense forces held, the ministry said",ukrinform.net
                2,Markets fall,,reuters.com
                3,Talks in Istanbul,,tass.com
                4,,,bbc.co.uk
                5,Explainer,What we know,bbc.co.uk
                6,Other outlet,text,example.org
                """);
        Path cfgFile = dir.resolve("c.yaml");
        Files.writeString(cfgFile, CONFIG);
        StanceConfig cfg = StanceConfig.load(cfgFile);
        List<ReadError> errors = new ArrayList<>();
        StanceCorpus.Labelled l = StanceCorpus.labelled(cfg, cfgFile, errors::add);
        assertEquals(List.of("russia", "ukraine", "west"), l.train().stream().map(a -> a.label("label")).toList());
        assertEquals(List.of("russia", "west"), l.test().stream().map(a -> a.label("label")).toList());
        assertEquals("Kyiv repels attack\n\nDefense forces held, the ministry said", l.train().get(1).text());
        assertEquals(1, errors.size(), "the row with neither title nor desc is reported");
        assertTrue(errors.get(0).problem().contains("empty text"), errors.get(0).problem());
        assertEquals(1, l.otherOutlets());
    }

    @Test
    void badConfigsNameTheKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, CONFIG.replace("test_outlets: [tass.com, bbc.co.uk]", "test_outlets: [tass.com, rt.com]"));
        ConfigException e = assertThrows(ConfigException.class, () -> StanceConfig.load(f));
        assertTrue(e.getMessage().contains("rt.com"), e.getMessage());
        Files.writeString(f, CONFIG + "colour: blue\n");
        e = assertThrows(ConfigException.class, () -> StanceConfig.load(f));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void shippedConfigsLoad() {
        assertEquals("stance-vi", StanceConfig.load(Path.of("training", "stance-vi.yaml")).task());
        StanceConfig r = StanceConfig.load(Path.of("training", "stance-ruwa.yaml"));
        assertEquals(9, r.data().outletLabels().size());
    }

    @Test
    void ruwaRowsAreCountedWhenTheDataIsPresent() {
        Path csv = Path.of("..", "shared", "data", "ruwa", "ruwa.csv");
        Assumptions.assumeTrue(Files.exists(csv), "../shared/data absent: skipping the RUWA count check");
        Path cfgFile = Path.of("training", "stance-ruwa.yaml");
        List<ReadError> errors = new ArrayList<>();
        StanceCorpus.Labelled l = StanceCorpus.labelled(StanceConfig.load(cfgFile), cfgFile, errors::add);
        assertEquals(10119, l.train().size());
        assertEquals(6232, l.test().size());
        assertEquals(16545, l.train().size() + l.test().size() + errors.size() + l.otherOutlets());
    }
}
