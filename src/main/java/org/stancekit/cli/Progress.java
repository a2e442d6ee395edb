package org.stancekit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import java.nio.file.Path;

/** Progress bars on stderr for long batch work, shown only on an interactive terminal (never in CI or pipes). */
final class Progress {

    private Progress() {
    }

    /** A bar counting {@code unit}s up to {@code max} ({@code -1} when unknown), or null when not interactive. */
    static ProgressBar bar(String task, long max, String unit) {
        return bar(task, max, unit, null);
    }

    /**
     * As above for a verb writing records to {@code output}: no bar when they go to stdout ({@code -}), where they
     * stream onto the same terminal and the bar would be redrawn between them.
     */
    static ProgressBar bar(String task, long max, String unit, Path output) {
        if (!shown(Terminal.interactive(), output)) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish().build();
    }

    /** Whether a bar is drawn: on an interactive terminal, unless the output records go to stdout. */
    static boolean shown(boolean interactive, Path output) {
        return interactive && (output == null || !output.toString().equals("-"));
    }
}
