package org.stancekit.corpus;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A streaming source of articles. Records are pushed one at a time, so memory stays constant;
 * records that cannot be read go to the error consumer with their file and line.
 */
public interface CorpusReader {

    /** Reads every record, passing good ones to {@code articles} and bad ones to {@code errors}. */
    void read(Consumer<Article> articles, Consumer<ReadError> errors);

    /**
     * As {@link #read}, passing each good record with its {@link Origin}. Line-based readers (JSONL, CSV) override
     * this to give the line; the default gives the record's file when known.
     */
    default void readWithOrigin(BiConsumer<Article, Origin> articles, Consumer<ReadError> errors) {
        read(a -> articles.accept(a, Origin.of(a)), errors);
    }
}
