package org.stancekit.corpus;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link Inputs} reads corpus paths: the format (or {@link Format#AUTO}), which JSON fields are labels,
 * and the size above which a single file is reported as an error instead of read.
 */
public record InputOptions(Format format, Set<String> labelFields, long maxFileBytes) {

    /** Default limit on one input file (64 MB): larger files are reported, not read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    public InputOptions {
        Objects.requireNonNull(format, "format");
        if (labelFields == null || labelFields.isEmpty()) labelFields = Set.of("label");
        for (String f : labelFields) {
            if (f == null || f.isBlank()) throw new IllegalArgumentException("label field names must not be blank");
        }
        labelFields = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(labelFields));
        if (maxFileBytes <= 0) throw new IllegalArgumentException("max file size must be positive, got " + maxFileBytes);
    }

    /** Auto-detected format, label field {@code label}, 64 MB file limit. */
    public static InputOptions defaults() {
        return new InputOptions(Format.AUTO, Set.of("label"), DEFAULT_MAX_FILE_BYTES);
    }

    public InputOptions withFormat(Format f) {
        return new InputOptions(f, labelFields, maxFileBytes);
    }

    public InputOptions withLabelFields(Set<String> fields) {
        return new InputOptions(format, fields, maxFileBytes);
    }

    public InputOptions withMaxFileBytes(long bytes) {
        return new InputOptions(format, labelFields, bytes);
    }
}
