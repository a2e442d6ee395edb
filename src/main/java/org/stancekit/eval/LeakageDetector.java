package org.stancekit.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds test texts that also occur in the training data. Exact duplicates: SHA-256 of the text after NFC,
 * lower-casing and whitespace collapsing. Near-duplicates: one-permutation MinHash (with rotation
 * densification) over word shingles, candidate pairs from LSH banding, kept when the estimated Jaccard
 * similarity reaches the threshold. Memory holds only hashes and signatures, never texts, so whole
 * corpora stream through. Feed every training text with {@link #addTrain}, then every test text with
 * {@link #checkTest}; not thread-safe.
 */
public final class LeakageDetector {

    private static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    private final LeakageOptions opt;
    private final MessageDigest sha;
    private final Map<Key, String> trainExact = new HashMap<>();
    private final List<String> trainIds = new ArrayList<>();
    private final List<int[]> trainSignatures = new ArrayList<>();
    private long[] bandEntries = new long[1024];
    private int bandSize;
    private boolean frozen;
    private long trainRecords, testRecords, exactTest, nearTest;
    private final Set<Key> sharedTexts = new HashSet<>();
    private final List<LeakPair> pairs = new ArrayList<>();
    private final Set<String> leakedIds = new LinkedHashSet<>();

    public LeakageDetector(LeakageOptions options) {
        this.opt = options;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable in this JVM", e);
        }
    }

    /** Indexes one training text. */
    public void addTrain(String id, String text) {
        if (frozen) throw new IllegalStateException("training texts must all be added before the first test text is checked");
        trainRecords++;
        String norm = normalize(text);
        trainExact.putIfAbsent(key(norm), id);
        int[] sig = signature(norm);
        if (sig == null) return;
        int doc = trainSignatures.size();
        if (doc > DOC_MASK) throw new IllegalArgumentException("leakage scan supports at most " + DOC_MASK + " training texts with near-duplicate checks");
        trainSignatures.add(sig);
        trainIds.add(id);
        int rows = opt.numHashes() / opt.bands();
        for (int b = 0; b < opt.bands(); b++) {
            if (bandSize == bandEntries.length) bandEntries = Arrays.copyOf(bandEntries, bandSize * 2);
            bandEntries[bandSize++] = (bandKey(sig, b, rows) << DOC_BITS) | doc;
        }
    }

    /** Checks one test text against the training texts, recording and returning any exact or near duplicate (else null). */
    public LeakPair checkTest(String id, String text) {
        if (!frozen) {
            Arrays.sort(bandEntries, 0, bandSize);
            frozen = true;
        }
        testRecords++;
        String norm = normalize(text);
        Key k = key(norm);
        String exactTrain = trainExact.get(k);
        if (exactTrain != null) {
            exactTest++;
            sharedTexts.add(k);
            LeakPair p = new LeakPair(id, exactTrain, LeakPair.EXACT, 1.0);
            pairs.add(p);
            leakedIds.add(id);
            return p;
        }
        int[] sig = signature(norm);
        if (sig == null) return null;
        int rows = opt.numHashes() / opt.bands();
        Set<Integer> candidates = new HashSet<>();
        for (int b = 0; b < opt.bands(); b++) {
            long lo = bandKey(sig, b, rows) << DOC_BITS;
            int at = lowerBound(lo);
            while (at < bandSize && (bandEntries[at] & ~DOC_MASK) == lo) {
                candidates.add((int) (bandEntries[at] & DOC_MASK));
                at++;
            }
        }
        int best = -1;
        double bestSim = -1;
        for (int doc : candidates) {
            double s = similarity(sig, trainSignatures.get(doc));
            if (s > bestSim || (s == bestSim && doc < best)) {
                bestSim = s;
                best = doc;
            }
        }
        if (best >= 0 && bestSim >= opt.threshold()) {
            nearTest++;
            LeakPair p = new LeakPair(id, trainIds.get(best), LeakPair.NEAR, bestSim);
            pairs.add(p);
            leakedIds.add(id);
            return p;
        }
        return null;
    }

    /** The findings so far. */
    public LeakageReport report() {
        return new LeakageReport(trainRecords, testRecords, exactTest, sharedTexts.size(), nearTest, pairs, leakedIds, opt);
    }

    /** The normal form used for exact matching: NFC, lower case, whitespace runs collapsed to one space, trimmed. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Estimated Jaccard similarity: the fraction of MinHash bins that agree. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    /** One-permutation MinHash signature of a normalised text's word shingles, or null when it has too few. */
    int[] signature(String norm) {
        long[] tokens = tokenHashes(norm);
        int w = opt.shingleSize();
        int shingles = tokens.length - w + 1;
        if (shingles < opt.minShingles()) return null;
        int k = opt.numHashes();
        int shift = 64 - Integer.numberOfTrailingZeros(k);
        long valueMask = (1L << shift) - 1;
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int j = 0; j < w; j++) h = h * 0x9E3779B97F4A7C15L + tokens[s + j];
            h = mix(h);
            int bin = (int) (h >>> shift);
            long v = h & valueMask;
            if (v < min[bin]) min[bin] = v;
        }
        int[] sig = new int[k];
        for (int b = 0; b < k; b++) {
            if (min[b] != Long.MAX_VALUE) {
                sig[b] = (int) mix(min[b]);
                continue;
            }
            // rotation densification: borrow the next non-empty bin, offset by the distance
            for (int d = 1; d < k; d++) {
                long v = min[(b + d) % k];
                if (v != Long.MAX_VALUE) {
                    sig[b] = (int) mix(v + d * 0x632BE59BD9B4E019L);
                    break;
                }
            }
        }
        return sig;
    }

    private static long[] tokenHashes(String norm) {
        long[] out = new long[Math.max(8, norm.length() / 4)];
        int n = 0;
        int i = 0, len = norm.length();
        while (i < len) {
            int cp = norm.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = 0xcbf29ce484222325L;
            while (i < len) {
                int c = norm.codePointAt(i);
                if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) break;
                h = (h ^ c) * 0x100000001b3L;
                i += Character.charCount(c);
            }
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    private static long bandKey(int[] sig, int band, int rows) {
        long h = band * 0xD6E8FEB86659FD93L;
        for (int r = band * rows; r < (band + 1) * rows; r++) h = mix(h ^ (sig[r] & 0xffffffffL)) + r;
        return mix(h) >>> DOC_BITS;
    }

    private int lowerBound(long x) {
        int lo = 0, hi = bandSize;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bandEntries[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The splitmix64 finaliser: a cheap, well-mixing 64-bit hash step. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Key key(String norm) {
        byte[] d = sha.digest(norm.getBytes(StandardCharsets.UTF_8));
        long hi = 0, lo = 0;
        for (int i = 0; i < 8; i++) hi = (hi << 8) | (d[i] & 0xff);
        for (int i = 8; i < 16; i++) lo = (lo << 8) | (d[i] & 0xff);
        return new Key(hi, lo);
    }

    private record Key(long hi, long lo) {
    }
}
