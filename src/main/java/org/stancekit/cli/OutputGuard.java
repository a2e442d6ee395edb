package org.stancekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Refuses to write a file that is also one of the command's inputs, which would truncate the input before it is read. */
final class OutputGuard {

    private OutputGuard() {
    }

    /**
     * Throws when {@code file} is one of {@code inputs} (same path, or the same file through a link).
     *
     * @param what how the command calls the file in the message, e.g. "output" or "errors file"
     */
    static void requireNotAnInput(Path file, List<Path> inputs, String what) {
        if (file == null || file.toString().equals("-")) return;
        Path f = file.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in.toString().equals("-")) continue;
            if (f.equals(in.toAbsolutePath().normalize()) || sameExistingFile(f, in)) {
                throw new IllegalArgumentException("the " + what + " " + file + " is also an input; choose another file");
            }
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
