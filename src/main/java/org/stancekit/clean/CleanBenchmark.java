package org.stancekit.clean;

import org.stancekit.corpus.Article;

import java.util.List;

/**
 * Measures the cleaner's single-thread throughput: cleans the given pages round-robin for a warm-up period, then
 * for a timed period, and reports pages per wall-clock second and per second of the thread's own CPU time (the
 * fair figure for "one core" on a shared machine).
 */
public final class CleanBenchmark {

    /** Throughput figures of one run. */
    public record Result(long pages, double seconds, double pagesPerSecond, double charsPerSecond, double meanPageChars,
                         double cpuSeconds, double pagesPerCpuSecond) {
    }

    private CleanBenchmark() {
    }

    /**
     * Runs the benchmark on the calling thread.
     *
     * @throws IllegalArgumentException when there are no pages or a period is not positive
     */
    public static Result run(Cleaner cleaner, List<Article> pages, double warmupSeconds, double seconds) {
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages to benchmark");
        if (seconds <= 0 || warmupSeconds < 0) throw new IllegalArgumentException("benchmark periods must be positive");
        long sink = loop(cleaner, pages, (long) (warmupSeconds * 1e9), new long[1]);
        long[] chars = new long[1];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        long n = loop(cleaner, pages, (long) (seconds * 1e9), chars);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e9 : secs;
        if (sink < 0) throw new IllegalStateException("unreachable");
        return new Result(n, secs, n / secs, chars[0] / secs, chars[0] / (double) Math.max(1, n), cpuSecs, n / cpuSecs);
    }

    private static long loop(Cleaner cleaner, List<Article> pages, long nanos, long[] chars) {
        long end = System.nanoTime() + nanos;
        long n = 0;
        int i = 0;
        long check = 0;
        while (true) {
            Article p = pages.get(i);
            CleanResult r = cleaner.clean(p);
            check += r.article().text().length();
            chars[0] += p.text().length();
            n++;
            if (++i == pages.size()) i = 0;
            if ((n & 15) == 0 && System.nanoTime() >= end) break;
        }
        return check >= 0 ? n : -1;
    }
}
