package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A synthetic stance evaluation with hand-written snippets, for report tests and the rendering check. */
final class ReportFixtures {

    static final List<String> LABELS = List.of("russia_aligned", "west_aligned", "balanced", "not_applicable");
    static final String[] PHRASES = {
            "Hội nghị thượng đỉnh bàn về an ninh khu vực và hợp tác năng lượng.",
            "Bộ trưởng ngoại giao phát biểu về lệnh trừng phạt mới.",
            "Các bên kêu gọi đối thoại để giải quyết bất đồng.",
            "Giá dầu thế giới tăng nhẹ trong phiên giao dịch sáng nay.",
    };

    private ReportFixtures() {
    }

    static PredictionSet predictions(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = LABELS.size();
        int[] gold = new int[n];
        double[][] probs = new double[n][];
        String[] ids = new String[n], snippets = new String[n];
        for (int i = 0; i < n; i++) {
            gold[i] = r.nextInt(10) < 4 ? 3 : r.nextInt(3);
            double[] row = new double[k];
            double s = 0;
            for (int j = 0; j < k; j++) {
                row[j] = Math.exp(2.2 * r.nextGaussian() * 0.6 + (j == gold[i] ? 1.6 : 0));
                s += row[j];
            }
            for (int j = 0; j < k; j++) row[j] /= s;
            probs[i] = row;
            ids[i] = "doc-" + (i + 1);
            snippets[i] = PHRASES[r.nextInt(PHRASES.length)] + " " + PHRASES[r.nextInt(PHRASES.length)];
        }
        return PredictionSet.fromProbabilities(LABELS, gold, probs, ids, snippets);
    }

    static Report report(PredictionSet p) {
        EvalOptions opt = EvalOptions.DEFAULTS.withResamples(300).withSeed(5).withSidedLabels(List.of("russia_aligned", "west_aligned"));
        Evaluation e = Evaluator.evaluate(p, opt);
        ObjectNode manifest = Jsonl.MAPPER.createObjectNode();
        manifest.put("format_version", 1);
        manifest.put("task", "stance");
        manifest.put("trainer", "fixture");
        ReportContext ctx = new ReportContext("Evaluation of a fixture stance model", "stancekit evaluate --model fixture.zip --data fixture.jsonl --bootstrap 300 --seed 5",
                Map.of("bootstrap", 5L), Map.of("fixture.jsonl", "0".repeat(64)), "f".repeat(64), manifest, "2026-11-22T21:00:00Z");
        LeakageDetector d = new LeakageDetector(LeakageOptions.DEFAULTS);
        d.addTrain("train-1", p.snippets()[0]);
        for (int i = 0; i < p.size(); i++) if (i < 3) d.checkTest(p.id(i), p.snippets()[i]);
        LeakageReport leak = d.report();
        java.util.BitSet drop = new java.util.BitSet();
        for (int i = 0; i < p.size(); i++) if (leak.leakedTestIds().contains(p.id(i))) drop.set(i);
        Evaluation dedup = Evaluator.evaluate(p.without(drop), opt);
        return Report.basic(e, p, ctx).withLeakage(leak, dedup).withTemperature(1.2345)
                .withLearningCurve(List.of(new LearningPoint(100, 0.41, 0.35, 0.47), new LearningPoint(200, 0.52, 0.47, 0.57),
                        new LearningPoint(400, 0.58, 0.54, 0.62)))
                .withTables(List.of(new Report.Table("Extra figures", "A hand-made table.", List.of("name", "value"), List.of(List.of("x", "1.0000")))));
    }
}
