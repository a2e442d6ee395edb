package org.stancekit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** Base of the verbs: the command spec picocli injects, and its stdout/stderr (captured in tests). */
abstract class Verb {

    /** Exit code of a batch verb when not one input record could be processed (usage errors exit 2, failures 1). */
    static final int NOTHING_PROCESSED = 3;

    @Spec
    CommandSpec spec;

    /** The --threads value, all cores when not given; one line when it is below 1. */
    static int threads(Integer requested) {
        if (requested == null) return Runtime.getRuntime().availableProcessors();
        if (requested < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + requested);
        return requested;
    }

    /** Standard output of this command line (data and summaries). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A usage error of this command (a missing or conflicting option): picocli prints it with the usage and exits 2. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Standard error of this command line (progress, warnings). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
