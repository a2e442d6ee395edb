package org.stancekit.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.TestData;
import org.stancekit.config.Configs;
import org.stancekit.corpus.Article;
import org.stancekit.corpus.Corpora;
import org.stancekit.train.ClassifierTrainer;
import org.stancekit.train.LinearConfig;
import org.stancekit.train.TrainConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelFileTest {

    @TempDir
    Path dir;

    private static TextClassifier tiny() {
        Path cfgPath = TestData.resource("topic/tiny.yaml");
        TrainConfig cfg = TrainConfig.load(cfgPath).withModel(new LinearConfig("logreg", 10.0, null, null, null, null));
        List<Article> train = Corpora.readJsonl(TrainConfig.resolve(cfgPath, cfg.data().train()), "label").articles();
        return new ClassifierTrainer().train(train, cfg, 3).classifier();
    }

    @Test
    void saveLoadRoundTripGivesTheSameScores() throws IOException {
        TextClassifier c = tiny();
        Path f = dir.resolve("m.zip");
        ObjectNode manifest = Configs.JSON.createObjectNode();
        manifest.put("task", "topic");
        manifest.set("labels", Configs.JSON.valueToTree(c.labels()));
        ModelFile.save(c, manifest, f);
        ModelFile.Loaded l = ModelFile.load(f);
        assertEquals(c.labels(), l.classifier().labels());
        for (Article a : Corpora.readJsonl(TestData.resource("topic/test.jsonl"), "label").articles()) {
            assertArrayEquals(c.probabilities(a), l.classifier().probabilities(a), 0.0);
        }
        Path g = dir.resolve("again.zip");
        ModelFile.save(l.classifier(), manifest, g);
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g), "same model, same bytes");
    }

    @Test
    void aNeuralMemberIsSavedAsFormatVersionTwoAndScoresTheSameAfterLoading() throws IOException {
        TextClassifier lin = tiny();
        int hidden = 3, k = lin.labels().size();
        int[] columns = {0, 2, lin.vectorizer().dimension() - 1};
        java.util.Random r = new java.util.Random(1);
        float[][] w = {new float[columns.length * hidden], new float[hidden], new float[hidden * k], new float[k]};
        for (float[] a : w) for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
        TextClassifier c = new TextClassifier(lin.task(), lin.pipeline(), lin.vectorizer(), lin.model(), null,
                new NeuralModel(columns, hidden, k, w[0], w[1], w[2], w[3], 0.4));
        ObjectNode manifest = Configs.JSON.createObjectNode();
        manifest.set("labels", Configs.JSON.valueToTree(c.labels()));
        Path f = dir.resolve("nn.zip");
        ModelFile.save(c, manifest, f);
        assertEquals(2, ModelFile.manifest(f).path("format_version").asInt());
        ModelFile.Loaded l = ModelFile.load(f);
        for (Article a : Corpora.readJsonl(TestData.resource("topic/test.jsonl"), "label").articles()) {
            assertArrayEquals(c.probabilities(a), l.classifier().probabilities(a), 0.0);
        }
        Path g = dir.resolve("lin.zip");
        ModelFile.save(lin, Configs.JSON.createObjectNode().set("labels", Configs.JSON.valueToTree(lin.labels())), g);
        assertEquals(1, ModelFile.manifest(g).path("format_version").asInt(), "linear-only models stay readable by older readers");
    }

    @Test
    void rejectsFilesThatAreNotStancekitModels() throws IOException {
        Path txt = dir.resolve("notes.zip");
        Files.writeString(txt, "hello");
        assertEquals(txt + ": not a stancekit model (not a zip file)", assertThrows(ModelFormatException.class, () -> ModelFile.load(txt)).getMessage());

        Path other = zip("other.zip", "readme.txt", "x");
        assertEquals(other + ": not a stancekit model (the zip has no manifest.json)",
                assertThrows(ModelFormatException.class, () -> ModelFile.load(other)).getMessage());

        Path foreign = zip("foreign.zip", "manifest.json", "{\"format\": \"something-else\"}");
        assertEquals(foreign + ": not a stancekit model (manifest.json does not declare format 'stancekit-model')",
                assertThrows(ModelFormatException.class, () -> ModelFile.load(foreign)).getMessage());

        Path newer = zip("newer.zip", "manifest.json", "{\"format\": \"stancekit-model\", \"format_version\": 99}");
        assertEquals(newer + ": model format version 99 is newer than this stancekit reads (2); upgrade stancekit",
                assertThrows(ModelFormatException.class, () -> ModelFile.load(newer)).getMessage());

        Path missing = dir.resolve("nope.zip");
        assertEquals(missing + ": no such model file", assertThrows(ModelFormatException.class, () -> ModelFile.load(missing)).getMessage());

        Path damaged = zip("damaged.zip", "manifest.json", "{\"format\": \"stancekit-model\", \"format_version\": 1, \"labels\": []}");
        assertEquals(damaged + ": damaged model file: missing pipeline.json",
                assertThrows(ModelFormatException.class, () -> ModelFile.load(damaged)).getMessage());

        Path badJson = zip("badjson.zip", "manifest.json", "{\"format\": \"stancekit-model\",\n  oops}");
        assertEquals(badJson + "!manifest.json:2:3: damaged model file: not valid JSON (Unexpected character ('o' (code 111)): "
                + "was expecting double-quote to start field name)", assertThrows(ModelFormatException.class, () -> ModelFile.load(badJson)).getMessage());

        assertEquals(dir + ": is a folder; give a model file (.zip)", assertThrows(ModelFormatException.class, () -> ModelFile.load(dir)).getMessage());
    }

    @Test
    void truncatedWeightsAreNamed() throws IOException {
        Path good = dir.resolve("good.zip");
        TextClassifier c = tiny();
        ObjectNode manifest = Configs.JSON.createObjectNode();
        manifest.put("task", "topic");
        manifest.set("labels", Configs.JSON.valueToTree(c.labels()));
        ModelFile.save(c, manifest, good);
        Path cut = dir.resolve("cut.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(good.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(cut))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals("weights.bin") ? java.util.Arrays.copyOf(b, b.length / 2) : b);
                z.closeEntry();
            }
        }
        assertEquals(cut + "!weights.bin: damaged model file: the weights end early (truncated)",
                assertThrows(ModelFormatException.class, () -> ModelFile.load(cut)).getMessage());
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }
}
