package org.stancekit.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stancekit} command line: one verb per stage. This is the only place that exits the JVM.
 */
@Command(name = "stancekit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "News text classification and stance (framing) analysis, Vietnamese first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:error (bad input file, config or model; one line says which)", "2:usage error (unknown option, missing argument)",
                "3:a batch verb could not process a single input record (see its errors file)"},
        subcommands = {
                AnalyzeCommand.class,
                ImportCommand.class,
                CleanCommand.class,
                TokenizeCommand.class,
                TrainCommand.class,
                TrainStanceCommand.class,
                WeakLabelCommand.class,
                EvaluateCommand.class,
                CvCommand.class,
                CompareModelsCommand.class,
                CompareCommand.class,
                TuneCommand.class,
                ScoreCommand.class,
                ExplainCommand.class,
                InspectCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with the error handlers every verb shares. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides its completion verb by default; list it so users find it in --help
        CommandLine completion = cl.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Print a bash/zsh completion script for stancekit (verbs, options, file names): "
                        + "source <(stancekit generate-completion)");
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
