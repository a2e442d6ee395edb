package org.stancekit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress bars on stderr for long batch work, shown only on an interactive terminal (never in CI or pipes). */
final class Progress {

    private Progress() {
    }

    /** A bar counting {@code unit}s up to {@code max} ({@code -1} when unknown), or null when not interactive. */
    static ProgressBar bar(String task, long max, String unit) {
        if (!Terminal.interactive()) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish().build();
    }
}
