package org.stancekit.score;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.CorpusReader;
import org.stancekit.corpus.Origin;
import org.stancekit.corpus.ReadError;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores a stream of articles in parallel with constant memory: records are read into fixed-size batches,
 * each batch is scored on a thread pool, and results are handed on in input order.
 *
 * @param <R> the per-article result
 */
public final class StreamingScorer<R> {

    private final Function<Article, R> scorer;
    private final int threads;
    private final int batchSize;

    public StreamingScorer(Function<Article, R> scorer, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) throw new IllegalArgumentException("threads and batch size must be >= 1");
        this.scorer = scorer;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** What happened to one input record (read from {@code origin}): a result, or the reason it could not be scored. */
    public record Outcome<R>(Article article, Origin origin, R result, String problem) {

        /** The record that failed as an error-file entry: its file and line, its id and the problem. */
        public ReadError asError(String what) {
            return new ReadError(origin.source(), origin.line(), what + " record " + article.id() + ": " + problem, "");
        }
    }

    /** One record waiting in a batch. */
    private record Pending(Article article, Origin origin) {
    }

    /** Counts at the end of a run. */
    public record Counts(long read, long scored, long failed, long unreadable) {
    }

    /**
     * Reads every record from {@code reader}; calls {@code sink} once per readable record in order and
     * {@code errors} for every unreadable one.
     */
    public Counts run(CorpusReader reader, Consumer<Outcome<R>> sink, Consumer<ReadError> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] c = new long[4];
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            reader.readWithOrigin((a, origin) -> {
                batch.add(new Pending(a, origin));
                c[0]++;
                if (batch.size() == batchSize) flush(pool, batch, sink, c);
            }, e -> {
                c[3]++;
                errors.accept(e);
            });
            flush(pool, batch, sink, c);
        } finally {
            pool.shutdownNow();
        }
        return new Counts(c[0], c[1], c[2], c[3]);
    }

    private void flush(ExecutorService pool, List<Pending> batch, Consumer<Outcome<R>> sink, long[] c) {
        if (batch.isEmpty()) return;
        List<Future<Outcome<R>>> futures = new ArrayList<>(batch.size());
        for (Pending p : batch) futures.add(pool.submit(() -> score(p)));
        try {
            for (Future<Outcome<R>> f : futures) {
                Outcome<R> o = f.get();
                if (o.problem() == null) c[1]++; else c[2]++;
                sink.accept(o);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scoring interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
        }
        batch.clear();
    }

    private Outcome<R> score(Pending p) {
        try {
            return new Outcome<>(p.article(), p.origin(), scorer.apply(p.article()), null);
        } catch (RuntimeException e) {
            return new Outcome<>(p.article(), p.origin(), null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
