package org.stancekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;
import org.stancekit.corpus.CorpusException;
import org.stancekit.corpus.CorpusFiles;
import org.stancekit.corpus.InputOptions;
import org.stancekit.corpus.Inputs;
import org.stancekit.model.ModelFile;
import org.stancekit.text.TextConfig;
import org.stancekit.text.TextPipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Prints what a model sees: the normalised tokens of each input line, space-separated, multi-syllable
 * words joined by '_'. The pipeline comes from a model file, a config, or the defaults.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Print the normalised tokens of each input line, space-separated, multi-syllable words joined by '_'.",
                "The text pipeline comes from --model (exactly what that model sees), from --config (a training "
                        + "YAML with a 'pipeline:' section, or a pipeline section alone), or the defaults.",
                "Words are learned only from a model or from --fit; a config alone brings only its dictionary."})
public final class TokenizeCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--model", paramLabel = "M", description = "Model file whose text pipeline to use.")
        Path model;

        @Option(names = "--config", paramLabel = "C", description = "YAML config: a training config or a text pipeline section.")
        Path config;
    }

    @ArgGroup(exclusive = true)
    Source source;

    @Option(names = "--fit", paramLabel = "CORPUS", description = "Fit the configured pipeline (words, stopwords) on this corpus first (JSONL, CSV, folder).")
    Path fit;

    @Option(names = "--normalized", description = "Print the normalised text instead of the tokens.")
    boolean normalized;

    @Parameters(paramLabel = "text", arity = "0..*", description = "Text to tokenize, or '-' (the default) to read lines from stdin.")
    List<String> text;

    @Override
    public Integer call() throws IOException {
        TextPipeline pipeline = pipeline();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(CorpusFiles.reportingClose(System.out), StandardCharsets.UTF_8), 1 << 16));
        if (text != null && !text.isEmpty() && !(text.size() == 1 && text.get(0).equals("-"))) {
            for (String line : String.join(" ", text).split("\\R", -1)) print(pipeline, line, out);
        } else {
            BufferedReader in = CorpusFiles.strictUtf8Reader(System.in);
            long no = 0;
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    no++;
                    print(pipeline, line, out);
                }
            } catch (CharacterCodingException e) {
                out.flush();
                throw new CorpusException("stdin:" + (no + 1) + ": invalid UTF-8");
            }
        }
        out.flush();
        if (out.checkError()) throw new UncheckedIOException(new IOException("cannot write to stdout"));
        return 0;
    }

    private void print(TextPipeline p, String line, PrintWriter out) {
        out.println(normalized ? p.normalize(line) : String.join(" ", p.tokens(line)));
    }

    private TextPipeline pipeline() {
        if (source != null && source.model != null) {
            if (fit != null) throw new IllegalArgumentException("--fit goes with --config, not --model (a model's pipeline is already fitted)");
            return ModelFile.load(source.model).classifier().pipeline();
        }
        TextConfig cfg = source != null && source.config != null ? readConfig(source.config) : TextConfig.defaults();
        List<String> texts = new ArrayList<>();
        if (fit != null) {
            List<String> problems = new ArrayList<>();
            Inputs.open(List.of(fit), InputOptions.defaults()).read(a -> texts.add(a.fullText()), e -> problems.add(e.message()));
            for (String p : problems) Terminal.warn("%s", p);
            if (texts.isEmpty()) throw new CorpusException(fit + ": no readable texts to fit on");
            Terminal.info("fitting the text pipeline on %,d texts from %s", texts.size(), fit);
        }
        return TextPipeline.fit(cfg, texts);
    }

    /** A training config's {@code pipeline:} section, or a file that is a pipeline section alone. */
    static TextConfig readConfig(Path file) {
        JsonNode tree = Configs.readTree(file);
        if (!tree.isObject()) throw new ConfigException(file + ": expected a mapping of keys");
        JsonNode section = tree.has("pipeline") ? tree.get("pipeline") : tree.has("data") ? null : tree;
        if (section == null) return TextConfig.defaults();
        String name = tree.has("pipeline") ? file + " (section pipeline)" : file.toString();
        return Configs.bind(section, TextConfig.class, name).resolvePaths(file);
    }
}
