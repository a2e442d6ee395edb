package org.stancekit.cli;

import org.stancekit.corpus.CorpusReader;
import org.stancekit.corpus.Format;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Shared picocli options for verbs that read articles: input paths, format, label field and CSV column mapping. */
final class InputArgs {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or JSONL/CSV corpora ('-' for JSONL on stdin).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "auto", description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--label-field", defaultValue = "label", description = "JSON field holding a gold label, if any (default: ${DEFAULT-VALUE}).")
    String labelField;

    @Mixin
    CsvArgs csv = new CsvArgs();

    CorpusReader reader() {
        Set<String> fields = Set.of(labelField);
        return Inputs.open(inputs, InputOptions.defaults().withFormat(format).withLabelFields(fields).withCsv(csv.columns(format, fields)));
    }
}
