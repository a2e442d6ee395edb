package org.stancekit.cli;

import org.stancekit.corpus.Article;
import org.stancekit.corpus.Origin;
import org.stancekit.corpus.ReadError;
import org.stancekit.features.SparseVector;
import org.stancekit.features.framing.FramingAnalysis;
import org.stancekit.features.framing.FramingEvidence;
import org.stancekit.features.framing.FramingExtension;
import org.stancekit.model.ModelFile;
import org.stancekit.model.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Collections;
import java.io.PrintWriter;

/**
 * {@code stancekit explain}: for each article, the model's label and probabilities, the features that pushed
 * the decision towards and against that label (n-grams and framing features with value, weight and
 * contribution), and the article text with the strongest n-grams and the framing evidence marked.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a model's decision: label, probabilities and the features that pushed it, marked in the text.",
                "Lists the n-grams and framing features with value x weight, and shows the text with",
                "[[...]] n-grams that pushed towards the label, <<...>> framing evidence (feature named after it)."})
public final class ExplainCommand extends Verb implements Callable<Integer> {


    @Option(names = {"-m", "--model"}, required = true, description = "model zip, e.g. models/stance-vi.zip")
    Path model;

    @Mixin
    InputArgs in = new InputArgs();

    @Option(names = {"-n", "--top"}, defaultValue = "10", description = "features listed per direction (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--limit", defaultValue = "10", description = "explain at most this many articles (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--no-text", description = "do not print the marked-up text")
    boolean noText;

    @picocli.CommandLine.Mixin
    CleanOption clean = new CleanOption();

    private record Contribution(int feature, String name, double value, double weight) {
        double contribution() {
            return value * weight;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) throw new IllegalArgumentException("--top must be >= 1");
        if (limit < 1) throw new IllegalArgumentException("--limit must be >= 1");
        TextClassifier c = ModelFile.load(model).classifier();
        List<Article> articles = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        long[] read = {0};
        in.reader().readWithOrigin((a, origin) -> {
            read[0]++;
            if (articles.size() < limit) {
                articles.add(a);
                origins.add(origin);
            }
        }, errors::add);
        for (ReadError e : errors) err().println("skipped " + e.message());
        if (articles.isEmpty()) throw new IllegalArgumentException("no readable article in " + in.inputs);
        PrintWriter out = out();
        int explained = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a;
            try {
                a = clean.apply(articles.get(i));
            } catch (IllegalArgumentException e) {
                Origin o = origins.get(i);
                err().println("skipped " + new ReadError(o.source(), o.line(), "record " + articles.get(i).id() + ": " + e.getMessage(), "").message());
                continue;
            }
            explain(c, a, out);
            explained++;
        }
        if (explained == 0) throw new IllegalArgumentException("no article left to explain in " + in.inputs + " (see the lines above)");
        out().flush();
        err().printf("explained %,d of %,d articles%s%n", explained, read[0] + errors.size(),
                read[0] > limit ? String.format(" (the first %,d: --limit %d; raise it to explain more)", limit, limit) : "");
        return 0;
    }

    private void explain(TextClassifier c, Article a, PrintWriter out) {
        SparseVector x = c.vectorize(a);
        double[] p = c.probabilities(x);
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]));
        int best = order[0];
        String title = a.title() != null ? a.title() : a.text().strip().lines().findFirst().orElse("");
        out.printf("== %s: %s%n", a.id(), title.length() > 100 ? title.substring(0, 99) + "…" : title);
        String source = Stream.of(a.outlet(), a.date(), a.url()).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" · "));
        if (!source.isEmpty()) out.println("source: " + source);
        StringBuilder probs = new StringBuilder();
        for (int i : order) probs.append(String.format(Locale.ROOT, "  %s %.3f", c.labels().get(i), p[i]));
        out.printf("label: %s%nprobabilities:%s%n", c.labels().get(best), probs);
        List<Contribution> cs = new ArrayList<>();
        for (int j = 0; j < x.size(); j++) {
            int f = x.indices()[j];
            cs.add(new Contribution(f, c.featureName(f), x.values()[j], c.model().weight(best, f)));
        }
        cs.sort(Comparator.comparingDouble((Contribution k) -> -k.contribution()).thenComparing(Contribution::name));
        if (c.neural() != null) {
            out.printf(Locale.ROOT, "(probabilities average the linear model (%.0f%%) and a network (%.0f%%); the weights below are the linear model's)%n",
                    100 * (1 - c.neural().weight()), 100 * c.neural().weight());
        }
        out.printf("pushed towards %s (contribution = value x weight):%n", c.labels().get(best));
        List<Contribution> pos = cs.stream().filter(k -> k.contribution() > 0).limit(top).toList();
        for (Contribution k : pos) out.println(line(k));
        out.printf("pushed against %s:%n", c.labels().get(best));
        List<Contribution> neg = new ArrayList<>(cs.stream().filter(k -> k.contribution() < 0).toList());
        Collections.reverse(neg);
        for (Contribution k : neg.subList(0, Math.min(top, neg.size()))) out.println(line(k));
        if (c.extension() instanceof FramingExtension fe && fe.sentences() != null) {
            sentences(fe, a, c.labels().get(best), out);
        }
        if (!noText) out.println(markup(c, a, pos));
        out.println();
    }

    /** The three sentences the sentence model reads as the strongest evidence for the predicted label. */
    private static void sentences(FramingExtension fe, Article a, String label, PrintWriter out) {
        out.printf("sentences read as evidence for %s (sentence model):%n", label);
        for (var e : fe.sentences().strongest(a.fullText(), fe, label, 3)) {
            String t = e.text().length() > 150 ? e.text().substring(0, 149) + "…" : e.text();
            out.printf(Locale.ROOT, "  %.3f  %-6s %s%n", e.probability(), e.region(), t);
        }
    }

    private static String line(Contribution k) {
        return String.format(Locale.ROOT, "  %+8.4f  %-40s value %.3f x weight %+.3f", k.contribution(), k.name(), k.value(), k.weight());
    }

    /** The analysed text with the top n-grams as [[...]] and framing evidence of listed framing features as <<...>>name. */
    private static String markup(TextClassifier c, Article a, List<Contribution> pos) {
        String full = a.fullText();
        if (!(c.extension() instanceof FramingExtension ext)) {
            String text = c.pipeline().normalize(full);
            return render(text, ngramsByPattern(text, pos), List.of());
        }
        String text = ext.prepare(full);
        List<String> toks = ext.tokens(full);
        List<int[]> spans = ext.tokenSpans(full);
        int n = text.length();
        boolean[] gram = new boolean[n];
        for (Contribution k : ext.characterNgrams() ? List.<Contribution>of() : pos) {
            if (k.name().startsWith("framing:")) continue;
            String[] g = k.name().split(" ");
            if (g[0].startsWith("h:")) continue;
            for (int i = 0; i + g.length <= spans.size(); i++) {
                boolean ok = true;
                for (int j = 0; j < g.length && ok; j++) ok = toks.get(i + j).equals(g[j]);
                if (!ok) continue;
                for (int ch = spans.get(i)[0]; ch < spans.get(i + g.length - 1)[1]; ch++) gram[ch] = true;
            }
        }
        List<FramingEvidence> evidence = new ArrayList<>();
        if (ext.framingWeight() > 0) {
            FramingAnalysis fa = ext.features().analyse(text);
            List<String> listed = pos.stream().filter(k -> k.name().startsWith("framing:")).map(k -> k.name().substring(8)).toList();
            for (FramingEvidence e : fa.evidence()) if (listed.contains(e.feature())) evidence.add(e);
        }
        evidence.sort(Comparator.comparingInt(FramingEvidence::start));
        return render(text, gram, evidence);
    }

    /**
     * Marks the listed n-grams in the normalised text of a model without token offsets: each n-gram is found as its
     * words in order, separated by anything but letters and digits, case-insensitively ({@code _} joins a learned word).
     */
    private static boolean[] ngramsByPattern(String text, List<Contribution> pos) {
        boolean[] gram = new boolean[text.length()];
        for (Contribution k : pos) {
            if (k.name().startsWith("framing:") || k.name().startsWith("h:")) continue;
            StringBuilder rx = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] words = k.name().split(" ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) rx.append("[^\\p{L}\\p{N}]+");
                String[] parts = words[w].split("_");
                for (int p = 0; p < parts.length; p++) rx.append(p > 0 ? "\\s+" : "").append(Pattern.quote(parts[p]));
            }
            rx.append("(?![\\p{L}\\p{N}])");
            var m = Pattern.compile(rx.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) Arrays.fill(gram, m.start(), m.end(), true);
        }
        return gram;
    }

    /** The text with marked characters as [[...]] and framing evidence as <<...>>feature. */
    private static String render(String text, boolean[] gram, List<FramingEvidence> evidence) {
        int n = text.length();
        StringBuilder sb = new StringBuilder("text ([[n-gram]] pushed towards the label, <<evidence>>feature):\n");
        int ei = 0;
        List<FramingEvidence> open = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            for (int k = open.size() - 1; k >= 0; k--) {
                if (open.get(k).end() == i) {
                    sb.append(">>").append(open.get(k).feature());
                    open.remove(k);
                }
            }
            if (i > 0 && gram[i - 1] && (i == n || !gram[i])) sb.append("]]");
            if (i == n) break;
            if (gram[i] && (i == 0 || !gram[i - 1])) sb.append("[[");
            while (ei < evidence.size() && evidence.get(ei).start() == i) {
                FramingEvidence e = evidence.get(ei++);
                if (open.stream().anyMatch(o -> o.end() > e.start())) continue;
                sb.append("<<");
                open.add(e);
            }
            sb.append(text.charAt(i));
        }
        return sb.toString();
    }
}
