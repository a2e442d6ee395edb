package org.stancekit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stancekit bench}: benchmarks that print figures (speed, memory, accuracy against peers). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures: accuracy and speed against peers measured in the same run.",
        subcommands = {
                BenchTopicCommand.class,
                BenchCleanCommand.class,
                BenchStanceCommand.class,
                BenchEvalCommand.class,
                BenchTextCommand.Ablation.class,
                BenchTextCommand.Throughput.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
