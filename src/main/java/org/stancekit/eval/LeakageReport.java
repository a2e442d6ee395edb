package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.util.List;
import java.util.Set;

/**
 * What the leakage scan found: record counts, test records with an exact duplicate in train, the number
 * of distinct shared texts, test records with only a near-duplicate, every pair (test id, train id, kind,
 * similarity) and the ids of all leaked test records (to evaluate on the de-duplicated test set).
 */
public record LeakageReport(long trainRecords, long testRecords, long exactTestRecords, long uniqueSharedTexts,
                            long nearTestRecords, List<LeakPair> pairs, Set<String> leakedTestIds, LeakageOptions options) {

    public LeakageReport {
        pairs = List.copyOf(pairs);
        leakedTestIds = Set.copyOf(leakedTestIds);
    }

    /** Test records with an exact or near duplicate in train. */
    public long leakedTestRecords() {
        return exactTestRecords + nearTestRecords;
    }

    public ObjectNode toJson(int maxPairs) {
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("train_records", trainRecords);
        o.put("test_records", testRecords);
        o.put("exact_test_records", exactTestRecords);
        o.put("unique_shared_texts", uniqueSharedTexts);
        o.put("near_test_records", nearTestRecords);
        o.put("leaked_test_records", leakedTestRecords());
        ObjectNode op = o.putObject("options");
        op.put("normalisation", "NFC, lower case, whitespace runs collapsed");
        op.put("shingle_words", options.shingleSize());
        op.put("minhash_bins", options.numHashes());
        op.put("lsh_bands", options.bands());
        op.put("near_threshold", options.threshold());
        op.put("min_shingles", options.minShingles());
        ArrayNode a = o.putArray("pairs");
        for (LeakPair p : pairs.subList(0, Math.min(maxPairs, pairs.size()))) {
            ObjectNode e = a.addObject();
            e.put("test_id", p.testId());
            e.put("train_id", p.trainId());
            e.put("kind", p.kind());
            e.put("similarity", p.similarity());
        }
        o.put("pairs_listed", Math.min(maxPairs, pairs.size()));
        o.put("pairs_total", pairs.size());
        return o;
    }
}
