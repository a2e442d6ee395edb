package org.stancekit.cli;

import org.stancekit.eval.BootstrapBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Prints how long the evaluator's stratified bootstrap takes, the figure the evaluation report relies on. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Time the bootstrap confidence intervals: N resamples of M synthetic predictions (all metrics, with probabilities).")
public final class BenchEvalCommand extends Verb implements Callable<Integer> {


    @Option(names = "--records", defaultValue = "50000", description = "Predictions per evaluation (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--classes", defaultValue = "10", description = "Number of classes (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed repetitions after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the synthetic data and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        BootstrapBenchmark.Result r = BootstrapBenchmark.run(records, classes, resamples, repeats, seed);
        out().printf(Locale.ROOT, "bootstrap: %,d resamples x %,d predictions (%d classes, 10 metrics with intervals): best %.2f s, median %.2f s over %d runs (1 thread)%n",
                r.resamples(), r.records(), r.classes(), r.bestSeconds(), r.medianSeconds(), repeats);
        out().printf(Locale.ROOT, "  macro-F1 %.4f, 95%% CI [%.4f, %.4f]%n", r.evaluation().macroF1(),
                r.evaluation().ci().get("macro_f1").low(), r.evaluation().ci().get("macro_f1").high());
        return 0;
    }
}
