package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opens a written report.html in headless Chromium and checks the screenshot shows the embedded charts. */
class ReportRenderTest {

    @Test
    void rendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium absent: skipping the report rendering check");
        Path dir = Path.of("target", "eval-fixture-report");
        ReportWriter.write(dir, ReportFixtures.report(ReportFixtures.predictions(400, 3)));
        Path png = dir.resolve("screenshot.png");
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder("training/render-report.sh", dir.resolve("report.html").toString(), png.toString(), "1200x2400")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), out);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        // the chart area must hold many coloured (non-grey) pixels: the heat map and the bars
        long coloured = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) coloured++;
            }
        }
        assertTrue(coloured > 5000, "only " + coloured + " coloured pixels: charts missing from the rendered page");
    }
}
