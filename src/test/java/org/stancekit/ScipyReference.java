package org.stancekit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/resources/stats/scipy_reference.py (textbook formulas, SciPy and NumPy under Debian's
 * /usr/bin/python3) on cases written by a test, so the statistics of compare and compare-models are checked
 * against an independent implementation.
 */
public final class ScipyReference {

    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path SCRIPT = Path.of("src/test/resources/stats/scipy_reference.py");
    public static final String ABSENT = "/usr/bin/python3 with scipy and numpy absent: skipping the SciPy reference comparison";

    private ScipyReference() {
    }

    /** Whether /usr/bin/python3 can import scipy and numpy. */
    public static boolean available() throws Exception {
        if (!Files.isExecutable(PYTHON)) return false;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import scipy.stats, numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** The reference values for {@code cases} (written to {@code dir/cases.json}); fails when the script does. */
    public static JsonNode run(ObjectNode cases, Path dir) throws Exception {
        Path in = dir.resolve("cases.json");
        Jsonl.MAPPER.writeValue(in.toFile(), cases);
        Process proc = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), in.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(proc.getInputStream().readAllBytes());
        if (!proc.waitFor(300, TimeUnit.SECONDS)) throw new IllegalStateException("scipy_reference.py did not finish in 300 s");
        if (proc.exitValue() != 0) throw new IllegalStateException("scipy_reference.py failed: " + out);
        return Jsonl.MAPPER.readTree(out);
    }
}
