package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.text.TextPipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches the first records a model scores and warns once, on stderr, when their writing (NFD share, tone style,
 * unknown tokens) differs strongly from the model's training data.
 */
final class DriftWatch {

    static final int SAMPLE = 200;
    private final TextPipeline pipeline;
    private final String model;
    private final List<String> sample = new ArrayList<>(SAMPLE);
    private boolean checked;

    DriftWatch(TextPipeline pipeline, String model) {
        this.pipeline = pipeline;
        this.model = model;
    }

    /** Adds a scored record; checks once the sample is full. */
    void accept(Article a) {
        if (checked) return;
        sample.add(a.fullText());
        if (sample.size() >= SAMPLE) finish();
    }

    /** Checks whatever was sampled, if not done yet (call at the end of a run). */
    void finish() {
        if (checked || sample.isEmpty()) return;
        checked = true;
        pipeline.driftWarning(sample).ifPresent(w -> Terminal.warn("%s: %s", model, w));
        sample.clear();
    }
}
