package org.stancekit.model;

import org.junit.jupiter.api.Test;
import org.stancekit.TestData;
import org.stancekit.corpus.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A model file written by format version 1 must keep loading and predicting the same way in every later version. */
class FrozenModelTest {

    @Test
    void formatVersion1ModelStillLoadsAndPredicts() {
        ModelFile.Loaded l = ModelFile.load(TestData.resource("models/tiny-topic-v1.zip"));
        assertEquals(1, l.manifest().get("format_version").asInt());
        assertEquals(List.of("kinh_doanh", "suc_khoe", "the_thao"), l.classifier().labels());
        assertEquals("the_thao", l.classifier().predict(Article.of("x", "Cầu thủ ghi bàn thắng"), 0).label());
        assertEquals("kinh_doanh", l.classifier().predict(Article.of("y", "Giá vàng và lãi suất ngân hàng"), 0).label());
        assertEquals("suc_khoe", l.classifier().predict(Article.of("z", "Bác sĩ tiêm vắc xin"), 0).label());
    }
}
