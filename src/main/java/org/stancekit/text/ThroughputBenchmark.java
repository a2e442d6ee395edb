package org.stancekit.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Measures the text pipeline on one thread: normalisation alone, normalisation plus tokenisation, and the
 * full {@link TextPipeline#tokens} (normalise, tokenise, segment into words, build the token strings),
 * in MB of UTF-8 input per second, by wall clock and by the thread's CPU time (which other load on a
 * shared machine does not inflate).
 */
public final class ThroughputBenchmark {

    /** Figures of one stage: wall and CPU seconds for {@code bytes} of input. */
    public record Stage(String name, double wallSeconds, double cpuSeconds, long bytes, long tokens) {
        public double wallMBps() {
            return bytes / 1e6 / wallSeconds;
        }

        public double cpuMBps() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    private ThroughputBenchmark() {
    }

    /** UTF-8 size of the texts in bytes. */
    public static long utf8Bytes(List<String> texts) {
        long b = 0;
        for (String t : texts) b += t.getBytes(StandardCharsets.UTF_8).length;
        return b;
    }

    /** Runs one untimed warm-up pass of every stage, then one timed pass each. */
    public static List<Stage> run(TextPipeline p, List<String> texts) {
        long bytes = utf8Bytes(texts);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        TextNormalizer norm = p.normalizer();
        Tokenizer tok = p.tokenizer();
        long sink = 0;
        for (String t : texts) sink += p.tokens(t).size();
        Stage[] stages = new Stage[3];
        for (int s = 0; s < 3; s++) {
            long w0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
            long tokens = 0;
            for (String t : texts) {
                if (s == 0) {
                    tokens += norm.apply(t).length > 0 ? 0 : 1;
                } else if (s == 1) {
                    TextNormalizer.Chars c = norm.apply(t);
                    tokens += tok.scan(c.chars, c.length).size;
                } else {
                    tokens += p.tokens(t).size();
                }
            }
            double wall = (System.nanoTime() - w0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            String name = s == 0 ? "normalise" : s == 1 ? "normalise + tokenise" : "normalise + tokenise + segment (tokens())";
            stages[s] = new Stage(name, wall, cpu, bytes, s == 0 ? 0 : tokens);
            sink += tokens;
        }
        if (sink == Long.MIN_VALUE) throw new IllegalStateException("unreachable");
        return List.of(stages);
    }
}
