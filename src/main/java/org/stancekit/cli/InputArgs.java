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

/** Shared picocli options for verbs that read articles: input paths, format and CSV column mapping. */
final class InputArgs {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or JSONL/CSV corpora ('-' for stdin: JSONL, or CSV with --format csv).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "auto", description = "Input format: auto, jsonl, csv, folders, vntc (default: ${DEFAULT-VALUE}; auto goes by file extension, folders are walked).")
    Format format;

    @Mixin
    CsvArgs csv = new CsvArgs();

    /** The articles of the inputs; gold labels are not read. */
    CorpusReader reader() {
        return Inputs.open(inputs, InputOptions.defaults().withFormat(format).withCsv(csv.columns(format)));
    }

    /** The articles with their gold labels under {@code labelField} (JSONL field, or CSV column by --csv-label). */
    CorpusReader reader(String labelField, CsvLabelArgs labels) {
        Set<String> fields = Set.of(labelField);
        return Inputs.open(inputs, InputOptions.defaults().withFormat(format).withLabelFields(fields)
                .withCsv(labels.apply(csv.columns(format), format, fields)));
    }
}
