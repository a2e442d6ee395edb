package org.stancekit.cli;

import java.util.List;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Status lines for the user on stderr, so stdout stays clean for data ({@code -o -}). */
final class Terminal {

    private Terminal() {
    }

    static void info(String fmt, Object... args) {
        System.err.println(String.format(fmt, args));
    }

    static void warn(String fmt, Object... args) {
        System.err.println("warning: " + String.format(fmt, args));
    }

    /**
     * Warns when an output file lies inside one of the input folders: a later run over that folder would read
     * the output back in as input.
     */
    static void warnIfInsideInputs(PrintWriter err, Path output, List<Path> inputs, String what) {
        if (output == null || output.toString().equals("-")) return;
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in.toString().equals("-") || !Files.isDirectory(in)) continue;
            if (out.startsWith(in.toAbsolutePath().normalize())) {
                err.println(String.format("warning: the %s %s is inside the input folder %s: a later run over that folder will read it as input",
                        what, output, in));
                return;
            }
        }
    }

    /**
     * True when stderr is an interactive terminal (progress bars only then). {@link System#console()} looks at stdin
     * and stdout only, so a run typed in a terminal with {@code 2> job.log} would draw its bar into the log; on Linux
     * stderr itself is checked too.
     */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && isTerminal(Path.of("/proc/self/fd/2"));
    }

    /**
     * Whether a file-descriptor link in {@code /proc} points to a terminal device; true where it cannot be read
     * (no {@code /proc}), leaving the decision to {@link System#console()}.
     */
    static boolean isTerminal(Path fdLink) {
        try {
            String target = Files.readSymbolicLink(fdLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true; // no readable /proc link (not Linux, or sandboxed): System.console() alone decides
        }
    }
}
