package org.stancekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary name beside it and renamed into place when complete, so a failed run
 * never leaves a half-written file. Stdout ({@code -}) and existing non-regular files (a FIFO, {@code /dev/null})
 * are written directly: renaming over them would replace the pipe or device with a plain file.
 */
final class StagedOutput {

    private final Path target;
    private final Path writeTo;

    private StagedOutput(Path target, Path writeTo) {
        this.target = target;
        this.writeTo = writeTo;
    }

    /** The staging for {@code output}. */
    static StagedOutput of(Path output) {
        boolean direct = output.toString().equals("-") || (Files.exists(output) && !Files.isRegularFile(output));
        return new StagedOutput(output, direct ? output : output.toAbsolutePath().resolveSibling(".part-" + output.getFileName()));
    }

    /** Where to write now. */
    Path path() {
        return writeTo;
    }

    /** Moves the finished file into place. */
    void commit() throws IOException {
        if (writeTo != target) Files.move(writeTo, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the unfinished temporary file (never the target itself). */
    void abandon() throws IOException {
        if (writeTo != target) Files.deleteIfExists(writeTo);
    }
}
