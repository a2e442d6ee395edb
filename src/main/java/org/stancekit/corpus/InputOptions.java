package org.stancekit.corpus;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link Inputs} reads corpus paths: the format (or {@link Format#AUTO}), which JSON fields are labels,
 * the size above which a single file (or record) is reported as an error instead of read, and the CSV column mapping.
 */
public record InputOptions(Format format, Set<String> labelFields, long maxFileBytes, CsvColumns csv) {

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
        if (csv == null) csv = CsvColumns.byName();
    }

    /** Options with CSV columns mapped by name. */
    public InputOptions(Format format, Set<String> labelFields, long maxFileBytes) {
        this(format, labelFields, maxFileBytes, CsvColumns.byName());
    }

    /** Auto-detected format, label field {@code label}, 64 MB file limit. */
    public static InputOptions defaults() {
        return new InputOptions(Format.AUTO, Set.of("label"), DEFAULT_MAX_FILE_BYTES, CsvColumns.byName());
    }

    public InputOptions withFormat(Format f) {
        return new InputOptions(f, labelFields, maxFileBytes, csv);
    }

    public InputOptions withLabelFields(Set<String> fields) {
        return new InputOptions(format, fields, maxFileBytes, csv);
    }

    public InputOptions withMaxFileBytes(long bytes) {
        return new InputOptions(format, labelFields, bytes, csv);
    }

    public InputOptions withCsv(CsvColumns columns) {
        return new InputOptions(format, labelFields, maxFileBytes, columns);
    }
}
