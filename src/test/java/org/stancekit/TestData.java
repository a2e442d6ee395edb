package org.stancekit;

import org.junit.jupiter.api.Assumptions;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of test fixtures and of the shared corpora (skipping tests with a message when absent). */
public final class TestData {

    private TestData() {
    }

    /** A file under src/test/resources. */
    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** A path under ../shared/data, skipping the calling test when it is absent. */
    public static Path shared(String relative) {
        Path p = Path.of("..", "shared", "data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "../shared/data absent (" + p + "): skipping test that needs the shared corpora");
        return p;
    }
}
