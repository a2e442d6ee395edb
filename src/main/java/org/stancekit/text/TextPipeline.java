package org.stancekit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.config.ConfigException;
import org.stancekit.config.Configs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.stancekit.corpus.CorpusFiles;

/**
 * Text to tokens: normalisation, tokenisation, multi-syllable words and stopwords, with everything it
 * learned from the training corpus (words, stopwords, vocabulary, normalisation profile). Immutable and
 * thread-safe; saved in the model as JSON so training and scoring never drift apart.
 */
public final class TextPipeline {

    /** Version of the JSON form written by {@link #toJson()}. */
    public static final int FORMAT = 1;
    /** Word types kept as the training vocabulary for the drift check's unknown-token rate. */
    public static final int VOCABULARY_SIZE = 30_000;

    private final TextConfig config;
    private final TextNormalizer normalizer;
    private final Tokenizer tokenizer;
    private final WordLexicon lexicon;
    private final List<String> stopwordList;
    private final Set<String> stopwords;
    private final NormalizationProfile profile;
    private final List<String> vocabularyList;
    private final Set<String> vocabulary;
    private final boolean stem;
    private final boolean addMode;
    /** Canonical lowercase forms: the vocabulary and every syllable of a known word. */
    private final TokenTable table;
    /** Table id to lexicon syllable id (-1 if in no word). */
    private final int[] lexiconId;
    /** Table ids below this are vocabulary words. */
    private final int vocabularyIds;

    private TextPipeline(TextConfig config, Map<String, Double> words, List<String> stopwords,
                         NormalizationProfile profile, List<String> vocabulary) {
        this.config = config;
        this.normalizer = new TextNormalizer(config);
        this.tokenizer = new Tokenizer(config.language());
        this.lexicon = new WordLexicon(words);
        this.stopwordList = List.copyOf(stopwords);
        this.stopwords = config.stopwords().remove() ? Set.copyOf(stopwords) : Set.of();
        this.profile = profile;
        this.vocabularyList = List.copyOf(vocabulary);
        this.vocabulary = Set.copyOf(vocabulary);
        this.stem = config.stem().equals("light");
        this.addMode = config.words().adds();
        List<String> forms = new ArrayList<>(vocabularyList);
        for (String syl : lexicon.syllables()) if (!this.vocabulary.contains(syl)) forms.add(syl);
        this.vocabularyIds = vocabularyList.size();
        this.table = new TokenTable(forms);
        this.lexiconId = new int[forms.size()];
        for (int i = 0; i < forms.size(); i++) lexiconId[i] = lexicon.syllableId(forms.get(i));
    }

    /**
     * Fits the pipeline's learned parts on training texts: multi-syllable words (collocations, plus the
     * configured dictionary), document-frequency stopwords, the vocabulary and the normalisation profile.
     * The texts are read once.
     */
    public static TextPipeline fit(TextConfig config, Iterable<String> texts) {
        TextNormalizer norm = new TextNormalizer(config);
        Tokenizer tok = new Tokenizer(config.language());
        boolean stem = config.stem().equals("light");
        Map<String, Integer> ids = new HashMap<>(1 << 16);
        List<String> forms = new ArrayList<>();
        IntList counts = new IntList(1 << 16);
        IntList stream = new IntList(1 << 20);
        NormalizationProfile.Counter prof = new NormalizationProfile.Counter();
        int docs = 0;
        for (String text : texts) {
            if (text == null) throw new IllegalArgumentException("text number " + (docs + 1) + " is null");
            prof.addRaw(text);
            TextNormalizer.Chars c = norm.apply(text);
            Tokenizer.Spans sp = tok.scan(c.chars, c.length);
            for (int k = 0; k < sp.size; k++) {
                if (sp.type(k) == Tokenizer.Type.WORD) {
                    String w = key(c.chars, sp.start(k), sp.end(k), stem);
                    Integer id = ids.get(w);
                    if (id == null) {
                        id = forms.size();
                        ids.put(w, id);
                        forms.add(w);
                        counts.add(0);
                    }
                    counts.data[id]++;
                    stream.add(id);
                } else if (stream.last() >= 0) {
                    stream.add(WordLearner.BREAK);
                }
            }
            stream.add(WordLearner.DOC_END);
            docs++;
        }
        int v = forms.size();
        Map<String, Double> words = new TreeMap<>();
        if (config.words().learn()) {
            for (WordLearner.Phrase p : WordLearner.learn(stream.data, stream.size, v, config.words())) {
                StringBuilder sb = new StringBuilder();
                for (int s : p.syllables()) sb.append(sb.length() == 0 ? "" : " ").append(forms.get(s));
                words.merge(sb.toString(), p.score(), Math::max);
            }
        }
        if (config.words().dictionary() != null) {
            for (String w : readDictionary(Path.of(config.words().dictionary()), norm, tok, stem)) {
                words.merge(w, 1.0, Math::max);
            }
        }
        WordLexicon lexicon = new WordLexicon(words);
        List<String> stop = learnStopwords(stream, forms, lexicon, docs, config.stopwords(), config.words().adds());
        // vocabulary for the drift check: the most frequent word types
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> counts.data[y] != counts.data[x]
                ? Integer.compare(counts.data[y], counts.data[x]) : forms.get(x).compareTo(forms.get(y)));
        int keep = Math.min(VOCABULARY_SIZE, v);
        List<String> vocab = new ArrayList<>(keep);
        long total = 0, known = 0;
        for (int i = 0; i < v; i++) {
            total += counts.data[order[i]];
            if (i < keep) {
                known += counts.data[order[i]];
                vocab.add(forms.get(order[i]));
            }
        }
        Collections.sort(vocab);
        prof.addWords(total, total - known);
        return new TextPipeline(config, words, stop, prof.profile(), vocab);
    }

    /** The lowercase (and, if configured, stemmed) form of a word token: the key of words and stopwords. */
    private static String key(char[] a, int from, int to, boolean stem) {
        String w = TokenTable.lower(a, from, to);
        return stem ? LightStemmer.stem(w) : w;
    }

    private static List<String> learnStopwords(IntList stream, List<String> forms, WordLexicon lexicon, int docs,
                                               TextConfig.Stopwords cfg, boolean addSyllables) {
        int v = forms.size();
        int[] lexId = new int[v];
        for (int i = 0; i < v; i++) lexId[i] = lexicon.syllableId(forms.get(i));
        int units = v + lexicon.nodeCount();
        int[] df = new int[units];
        int[] lastDoc = new int[units];
        Arrays.fill(lastDoc, -1);
        int[] ids = new int[256];
        int[] ends = new int[256];
        int[] nodes = new int[256];
        int doc = 0, runStart = 0;
        for (int i = 0; i <= stream.size; i++) {
            int t = i < stream.size ? stream.data[i] : WordLearner.DOC_END;
            if (t >= 0) continue;
            int m = i - runStart;
            if (m > ids.length) {
                ids = new int[m];
                ends = new int[m];
                nodes = new int[m];
            }
            for (int k = 0; k < m; k++) ids[k] = lexId[stream.data[runStart + k]];
            int n = lexicon.isEmpty() ? 0 : lexicon.segment(ids, m, ends, nodes);
            if (lexicon.isEmpty()) {
                for (int k = 0; k < m; k++) {
                    ends[k] = k + 1;
                    nodes[k] = 0;
                }
                n = m;
            }
            int s = 0;
            for (int u = 0; u < n; u++) {
                int unit = nodes[u] == 0 ? stream.data[runStart + s] : v + nodes[u];
                if (lastDoc[unit] != doc) {
                    lastDoc[unit] = doc;
                    df[unit]++;
                }
                if (addSyllables && nodes[u] != 0) {
                    for (int k = s; k < ends[u]; k++) {
                        int syl = stream.data[runStart + k];
                        if (lastDoc[syl] != doc) {
                            lastDoc[syl] = doc;
                            df[syl]++;
                        }
                    }
                }
                s = ends[u];
            }
            if (t == WordLearner.DOC_END) doc++;
            runStart = i + 1;
        }
        double floor = cfg.maxDf() * docs;
        List<Integer> cand = new ArrayList<>();
        for (int u = 0; u < units; u++) if (df[u] > 0 && df[u] >= floor) cand.add(u);
        cand.sort((x, y) -> df[y] != df[x] ? Integer.compare(df[y], df[x]) : Integer.compare(x, y));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(cand.size(), cfg.maxCount()); k++) {
            int u = cand.get(k);
            out.add(u < v ? forms.get(u) : lexicon.word(u - v));
        }
        return out;
    }

    /** Reads a dictionary: one word per line, syllables separated by spaces or '_'; '#' starts a comment. */
    private static List<String> readDictionary(Path file, TextNormalizer norm, Tokenizer tok, boolean stem) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = CorpusFiles.strictUtf8Reader(Files.newInputStream(file))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                TextNormalizer.Chars c = norm.apply(s.replace('_', ' '));
                Tokenizer.Spans sp = tok.scan(c.chars, c.length);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < sp.size; k++) {
                    if (sp.type(k) != Tokenizer.Type.WORD) {
                        throw new ConfigException(file + ":" + no + ": dictionary entry '" + s
                                + "' holds a non-word token '" + new String(c.chars, sp.start(k), sp.end(k) - sp.start(k)) + "'");
                    }
                    sb.append(k == 0 ? "" : " ").append(key(c.chars, sp.start(k), sp.end(k), stem));
                }
                if (sp.size >= 2) out.add(sb.toString());
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such dictionary file (key words.dictionary)");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": dictionary is not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read dictionary: " + e.getMessage());
        }
        return out;
    }

    public TextConfig config() {
        return config;
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The multi-syllable words (syllables separated by spaces) and their association scores. */
    public Map<String, Double> words() {
        return lexicon.words();
    }

    /** The stopwords learned at fit, most frequent first (removed only when the config says so). */
    public List<String> stopwords() {
        return stopwordList;
    }

    /** How the training texts were written; null for pipelines that were never fitted. */
    public NormalizationProfile trainingProfile() {
        return profile;
    }

    /** The normalised text, as the tokenizer sees it. */
    public String normalize(String text) {
        return normalizer.normalize(text);
    }

    /**
     * Normalised tokens of a text: words, numbers, dates and URLs (masked when configured), punctuation
     * when configured; multi-syllable words joined by '_' (e.g. "tổng_thống"); stopwords removed when
     * the config enables it.
     */
    public List<String> tokens(String text) {
        TextNormalizer.Chars c = normalizer.apply(text);
        char[] a = c.chars;
        Tokenizer.Spans sp = tokenizer.scan(a, c.length);
        List<String> out = new ArrayList<>(sp.size);
        Run run = new Run(sp.size, lexicon.isEmpty());
        boolean lowercase = config.lowercase();
        for (int k = 0; k < sp.size; k++) {
            Tokenizer.Type type = sp.type(k);
            int s = sp.start(k), e = sp.end(k);
            if (type == Tokenizer.Type.WORD) {
                String w;
                int id;
                if (stem) {
                    String key = LightStemmer.stem(TokenTable.lower(a, s, e));
                    id = table.find(key);
                    w = lowercase ? key : LightStemmer.stem(new String(a, s, e - s));
                } else {
                    id = table.find(a, s, e);
                    if (!lowercase) w = new String(a, s, e - s);
                    else w = id >= 0 ? table.string(id) : TokenTable.lower(a, s, e);
                }
                run.words[run.m] = w;
                run.ids[run.m++] = id >= 0 ? lexiconId[id] : -1;
                continue;
            }
            if (run.m > 0) flush(run, out);
            switch (type) {
                case NUMBER -> out.add(config.maskNumbers() ? "<num>" : new String(a, s, e - s));
                case DATE -> out.add(config.maskDates() ? "<date>" : new String(a, s, e - s));
                case URL -> out.add(config.maskUrls() ? "<url>" : TokenTable.lower(a, s, e));
                case PUNCT -> {
                    if (config.keepPunctuation()) out.add(new String(a, s, e - s));
                }
                default -> {
                }
            }
        }
        if (run.m > 0) flush(run, out);
        return out;
    }

    /** Per-call buffer of consecutive word tokens and the segmenter's work arrays. */
    private static final class Run {
        final String[] words;
        final int[] ids;
        final int[] ends;
        final int[] nodes;
        final WordLexicon.Scratch scratch;
        int m;

        Run(int n, boolean noWords) {
            n = Math.max(1, n);
            words = new String[n];
            ids = new int[n];
            ends = noWords ? null : new int[n];
            nodes = noWords ? null : new int[n];
            scratch = noWords ? null : new WordLexicon.Scratch(16);
        }
    }

    private void flush(Run run, List<String> out) {
        int m = run.m;
        run.m = 0;
        if (run.scratch == null || m == 1) {
            for (int i = 0; i < m; i++) addWord(run.words[i], out);
            return;
        }
        int units = lexicon.segment(run.ids, m, run.ends, run.nodes, run.scratch);
        int start = 0;
        for (int u = 0; u < units; u++) {
            int end = run.ends[u];
            if (end - start == 1) {
                addWord(run.words[start], out);
                start = end;
                continue;
            }
            if (addMode) for (int i = start; i < end; i++) addWord(run.words[i], out);
            if (config.lowercase()) {
                addWord(lexicon.word(run.nodes[u]), out);
            } else {
                addWord(String.join("_", Arrays.asList(run.words).subList(start, end)), out);
            }
            start = end;
        }
    }

    private void addWord(String w, List<String> out) {
        if (!stopwords.isEmpty() && stopwords.contains(config.lowercase() ? w : w.toLowerCase(Locale.ROOT))) return;
        out.add(w);
    }

    /**
     * The normalisation profile of a sample of input texts (raw, as they will be scored), measured the
     * way the training profile was.
     */
    public NormalizationProfile profile(Iterable<String> sample) {
        NormalizationProfile.Counter prof = new NormalizationProfile.Counter();
        long total = 0, unknown = 0;
        for (String text : sample) {
            prof.addRaw(text);
            TextNormalizer.Chars c = normalizer.apply(text);
            Tokenizer.Spans sp = tokenizer.scan(c.chars, c.length);
            for (int k = 0; k < sp.size; k++) {
                if (sp.type(k) != Tokenizer.Type.WORD) continue;
                total++;
                int id = stem ? table.find(key(c.chars, sp.start(k), sp.end(k), true))
                        : table.find(c.chars, sp.start(k), sp.end(k));
                if (id < 0 || id >= vocabularyIds) unknown++;
            }
        }
        prof.addWords(total, unknown);
        return prof.profile();
    }

    /**
     * The drift check for scoring: compares a sample of input texts with the training profile and
     * returns one warning line with the figures, or empty when they match (or the pipeline has no
     * training profile). Call it once on the first few hundred input texts.
     */
    public Optional<String> driftWarning(Iterable<String> sample) {
        if (profile == null) return Optional.empty();
        return profile.compare(profile(sample), config.normalize(), config.placesTones());
    }

    /** JSON form saved in models: config, learned words, stopwords, vocabulary and training profile. */
    public JsonNode toJson() {
        ObjectNode o = Configs.JSON.createObjectNode();
        o.put("format", FORMAT);
        o.set("config", Configs.JSON.valueToTree(config));
        ObjectNode w = o.putObject("words");
        lexicon.words().forEach(w::put);
        ArrayNode s = o.putArray("stopwords");
        stopwordList.forEach(s::add);
        if (profile != null) o.set("profile", Configs.JSON.valueToTree(profile));
        ArrayNode v = o.putArray("vocabulary");
        vocabularyList.forEach(v::add);
        return o;
    }

    /** Restores a pipeline saved by {@link #toJson()}. */
    public static TextPipeline fromJson(JsonNode node) {
        if (node == null || !node.isObject() || node.get("config") == null) {
            throw new ConfigException("pipeline.json: not a text pipeline (no 'config' object)");
        }
        int format = node.path("format").asInt(FORMAT);
        if (format > FORMAT) {
            throw new ConfigException("pipeline.json: format " + format + " is newer than this stancekit reads (" + FORMAT + ")");
        }
        TextConfig config = Configs.bind(node.get("config"), TextConfig.class, "pipeline.json");
        Map<String, Double> words = new TreeMap<>();
        node.path("words").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asDouble()));
        List<String> stop = new ArrayList<>();
        node.path("stopwords").forEach(x -> stop.add(x.asText()));
        NormalizationProfile profile = node.hasNonNull("profile")
                ? Configs.bind(node.get("profile"), NormalizationProfile.class, "pipeline.json profile") : null;
        Set<String> vocab = new LinkedHashSet<>();
        node.path("vocabulary").forEach(x -> vocab.add(x.asText()));
        return new TextPipeline(config, words, stop, profile, new ArrayList<>(vocab));
    }
}
