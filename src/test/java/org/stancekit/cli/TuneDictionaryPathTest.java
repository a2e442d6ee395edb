package org.stancekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.config.Configs;
import org.stancekit.train.TrainConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code tune} reads a relative {@code pipeline.words.dictionary} beside the config, as {@code train} does, and keeps it pointing there in the best config. */
class TuneDictionaryPathTest {

    @TempDir
    Path tmp;

    @Test
    void trialsReadTheDictionaryBesideTheConfig() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("exp"));
        TuneCommand tune = new TuneCommand();
        tune.config = dir.resolve("c.yaml");
        ObjectNode tree = (ObjectNode) Configs.YAML.readTree("data: {train: a.jsonl}\npipeline: {words: {dictionary: words.txt}}\n");
        TrainConfig c = tune.configWith(tree, Map.of("model.c", 2.0));
        assertEquals(dir.resolve("words.txt").toAbsolutePath().normalize().toString(), c.pipeline().words().dictionary());
        assertEquals(2.0, c.model().c());
    }

    @Test
    void theBestConfigWrittenElsewhereStillFindsTheDictionary() throws Exception {
        EvalCommandsTest.corpus(tmp.resolve("train.jsonl"), 60, 3, List.of());
        Files.writeString(tmp.resolve("words.txt"), "bóng đá\ncổ phiếu\nbác sĩ\n");
        Path cfg = tmp.resolve("tune.yaml");
        Files.writeString(cfg, "data: {train: train.jsonl}\npipeline: {words: {learn: false, dictionary: words.txt}}\nfeatures: {min_df: 1}\n"
                + "search:\n  strategy: grid\n  folds: 3\n  params:\n    model.c: [0.5, 1]\n");
        Path best = tmp.resolve("out").resolve("best.yaml");
        CliRun r = CliRun.of("tune", "--config", cfg.toString(), "--budget", "1m", "-o", best.toString(),
                "--report", tmp.resolve("report").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        TrainConfig b = TrainConfig.load(best);
        assertEquals(tmp.resolve("words.txt").toAbsolutePath().normalize().toString(), b.pipeline().words().dictionary());
    }
}
