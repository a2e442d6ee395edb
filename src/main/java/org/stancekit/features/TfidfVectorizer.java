package org.stancekit.features;

import org.stancekit.text.LongIntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Fits a TF-IDF vectorizer over token n-grams and returns the training vectors with it.
 * Texts are tokenised once, in parallel chunks, and kept as compact token-id arrays; the result is
 * identical whatever the number of threads.
 */
public final class TfidfVectorizer {

    private static final int CHUNK = 1024;

    private TfidfVectorizer() {
    }

    /** The fitted vectorizer and the vectors of the training texts, in input order. */
    public record Fit(FittedVectorizer vectorizer, List<SparseVector> vectors) {
    }

    /** Fits on {@code texts} tokenised by {@code tokenizer} (which must be thread-safe). */
    public static Fit fit(VectorizerConfig cfg, List<String> texts, Function<String, List<String>> tokenizer) {
        Map<String, Integer> dict = new HashMap<>();
        List<String> tokensById = new ArrayList<>();
        tokensById.add(null);
        int[][] docs = new int[texts.size()][];
        for (int start = 0; start < texts.size(); start += CHUNK) {
            int end = Math.min(texts.size(), start + CHUNK);
            List<List<String>> toks = texts.subList(start, end).parallelStream().map(tokenizer).toList();
            for (int d = 0; d < toks.size(); d++) {
                List<String> t = toks.get(d);
                int[] ids = new int[t.size()];
                for (int i = 0; i < ids.length; i++) {
                    String tok = t.get(i);
                    Integer id = dict.get(tok);
                    if (id == null) {
                        id = tokensById.size();
                        dict.put(tok, id);
                        tokensById.add(tok);
                    }
                    ids[i] = id;
                }
                docs[start + d] = ids;
            }
        }
        return cfg.mode().equals("hashing") ? fitHashing(cfg, docs, tokensById) : fitVocabulary(cfg, docs, tokensById);
    }

    private static Fit fitVocabulary(VectorizerConfig cfg, int[][] docs, List<String> tokensById) {
        if (tokensById.size() > NgramKeys.MAX_ID) {
            throw new IllegalArgumentException("the corpus has " + tokensById.size() + " distinct tokens, more than vocabulary mode supports ("
                    + NgramKeys.MAX_ID + "); set features.mode: hashing");
        }
        LongIntMap df = new LongIntMap(1 << 20);
        long[] buf = new long[1024];
        for (int[] ids : docs) {
            buf = keysOf(ids, cfg, buf);
            int n = (int) buf[buf.length - 1];
            for (int i = 0; i < n; i++) if (i == 0 || buf[i] != buf[i - 1]) df.add(buf[i], 1);
        }
        int maxDocs = (int) Math.floor(cfg.maxDf() * docs.length);
        List<long[]> kept = new ArrayList<>();
        df.forEach((key, count) -> {
            if (count >= cfg.minDf() && count <= Math.max(maxDocs, cfg.minDf())) kept.add(new long[]{key, count});
        });
        List<String> terms = new ArrayList<>(kept.size());
        Map<String, Integer> termDf = new HashMap<>();
        for (long[] kv : kept) {
            String term = decode(kv[0], tokensById);
            terms.add(term);
            termDf.put(term, (int) kv[1]);
        }
        if (cfg.maxFeatures() > 0 && terms.size() > cfg.maxFeatures()) {
            terms.sort(Comparator.comparing((String t) -> -termDf.get(t)).thenComparing(Comparator.naturalOrder()));
            terms = new ArrayList<>(terms.subList(0, cfg.maxFeatures()));
        }
        terms.sort(Comparator.naturalOrder());
        String[] termArr = terms.toArray(String[]::new);
        int[] dfArr = new int[termArr.length];
        for (int i = 0; i < termArr.length; i++) dfArr[i] = termDf.get(termArr[i]);
        FittedVectorizer fv = new FittedVectorizer(cfg, docs.length, termArr, dfArr);
        int[] remap = new int[tokensById.size()];
        for (int id = 1; id < remap.length; id++) remap[id] = fv.tokenId(tokensById.get(id));
        SparseVector[] vectors = new SparseVector[docs.length];
        IntStream.range(0, docs.length).parallel().forEach(d -> {
            int[] ids = docs[d];
            int[] mapped = new int[ids.length];
            for (int i = 0; i < ids.length; i++) mapped[i] = remap[ids[i]];
            vectors[d] = fv.transformIds(mapped);
            docs[d] = null;
        });
        return new Fit(fv, Arrays.asList(vectors));
    }

    private static Fit fitHashing(VectorizerConfig cfg, int[][] docs, List<String> tokensById) {
        long[] hashOf = new long[tokensById.size()];
        for (int i = 1; i < hashOf.length; i++) hashOf[i] = NgramKeys.tokenHash(tokensById.get(i));
        int buckets = 1 << cfg.hashBits();
        int[] df = new int[buckets];
        int[][] feats = new int[docs.length][];
        for (int d = 0; d < docs.length; d++) {
            long[] hs = new long[docs[d].length];
            for (int i = 0; i < hs.length; i++) hs[i] = hashOf[docs[d][i]];
            int[] f = new int[Math.max(4, hs.length * (cfg.ngramMax() - cfg.ngramMin() + 1))];
            int[] n = {0};
            NgramKeys.hashed(hs, cfg.ngramMin(), cfg.ngramMax(), key -> f[n[0]++] = (int) (key & (buckets - 1)));
            int[] doc = Arrays.copyOf(f, n[0]);
            feats[d] = doc;
            int[] sorted = doc.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) df[sorted[i]]++;
        }
        int maxDocs = (int) Math.floor(cfg.maxDf() * docs.length);
        for (int b = 0; b < buckets; b++) if (df[b] < cfg.minDf() || df[b] > Math.max(maxDocs, cfg.minDf())) df[b] = 0;
        FittedVectorizer fv = new FittedVectorizer(cfg, docs.length, null, df);
        List<SparseVector> vectors = new ArrayList<>(docs.length);
        for (int[] f : feats) {
            int[] kept = IntStream.of(f).filter(b -> df[b] != 0).toArray();
            vectors.add(fv.weigh(kept, kept.length));
        }
        return new Fit(fv, vectors);
    }

    /** Sorted n-gram keys of a document; the count is stored in the buffer's last slot. */
    private static long[] keysOf(int[] ids, VectorizerConfig cfg, long[] buf) {
        int need = ids.length * (cfg.ngramMax() - cfg.ngramMin() + 1) + 1;
        long[] b = buf.length >= need ? buf : new long[need * 2];
        int[] n = {0};
        NgramKeys.packed(ids, cfg.ngramMin(), cfg.ngramMax(), key -> b[n[0]++] = key);
        Arrays.sort(b, 0, n[0]);
        b[b.length - 1] = n[0];
        return b;
    }

    private static String decode(long key, List<String> tokensById) {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 3; n++) {
            int id = (int) ((key >>> (NgramKeys.BITS * n)) & NgramKeys.MAX_ID);
            if (id == 0) break;
            if (n > 0) sb.append(' ');
            sb.append(tokensById.get(id));
        }
        return sb.toString();
    }
}
