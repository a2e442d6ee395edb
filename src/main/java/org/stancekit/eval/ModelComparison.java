package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.util.Locale;
import java.util.Arrays;

/**
 * Two models on the same test records: McNemar's test on their errors, a paired bootstrap of the macro-F1
 * difference, and a plain-language verdict a reader can quote.
 */
public record ModelComparison(String nameA, String nameB, long n, double accuracyA, double accuracyB,
                              McNemar mcnemar, PairedBootstrap bootstrap, double alpha, String verdict) {

    /** Compares two prediction sets over the same records and labels. */
    public static ModelComparison compare(String nameA, PredictionSet a, String nameB, PredictionSet b,
                                          int resamples, long seed, double alpha) {
        if (!a.labels().equals(b.labels())) throw new IllegalArgumentException("the models predict different label sets: " + a.labels() + " vs " + b.labels());
        if (!Arrays.equals(a.gold(), b.gold())) throw new IllegalArgumentException("the two prediction sets do not share the same gold labels in the same order");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("significance level must lie in (0,1), got " + alpha);
        McNemar mc = McNemar.test(a.gold(), a.pred(), b.pred());
        PairedBootstrap pb = PairedBootstrap.run(a.gold(), a.pred(), b.pred(), a.numClasses(), resamples, seed, 1 - alpha);
        long[] ca = Confusion.of(a).counts(), cb = Confusion.of(b).counts();
        int k = a.numClasses();
        double accA = Metrics.accuracy(ca, k), accB = Metrics.accuracy(cb, k);
        return new ModelComparison(nameA, nameB, a.size(), accA, accB, mc, pb, alpha, verdict(nameA, nameB, mc, pb, alpha));
    }

    static String verdict(String nameA, String nameB, McNemar mc, PairedBootstrap pb, double alpha) {
        double d = pb.difference();
        String pct = percent(1 - alpha), level = percent(alpha) + "%";
        String better = d >= 0 ? "B" : "A";
        String size = d == 0
                ? String.format(Locale.ROOT, "Model A (%s) and model B (%s) have the same macro-F1 (%.4f); %s%% CI of the difference B-A: %+.4f to %+.4f",
                        nameA, nameB, pb.macroF1A(), pct, pb.interval().low(), pb.interval().high())
                : String.format(Locale.ROOT, "Model %s (%s) has the higher macro-F1: %.4f vs %.4f for model %s (%s), a difference B-A of %+.4f (%s%% CI %+.4f to %+.4f)",
                        better, d > 0 ? nameB : nameA, Math.max(pb.macroF1A(), pb.macroF1B()), Math.min(pb.macroF1A(), pb.macroF1B()),
                        d > 0 ? "A" : "B", d > 0 ? nameA : nameB, d, pct, pb.interval().low(), pb.interval().high());
        boolean bootSig = pb.pValue() < alpha, mcSig = mc.pValue() < alpha;
        String tests = "paired bootstrap p " + formatP(pb.pValue(), pb.interval().resamples(), alpha)
                + ", McNemar p " + formatP(mc.pValue(), 0, alpha) + " (" + mc.method() + ")";
        boolean fewerErrorsB = mc.onlyB() > mc.onlyA();
        if (bootSig && mcSig && fewerErrorsB != d > 0) {
            String f1 = d > 0 ? "B" : "A", acc = fewerErrorsB ? "B" : "A";
            return size + ". Both tests are significant at the " + level + " level but point in opposite directions (" + tests + "): model " + f1
                    + " has the higher macro-F1, model " + acc + " is right on more records (" + Math.max(mc.onlyA(), mc.onlyB()) + " vs "
                    + Math.min(mc.onlyA(), mc.onlyB()) + " records only one model gets right); which model is better depends on the measure.";
        }
        if (bootSig && mcSig) {
            return size + ". The difference is statistically significant at the " + level + " level (" + tests + "): model " + better + " is the better model on this test set.";
        }
        if (!bootSig && !mcSig) {
            return size + ". The difference is not statistically significant at the " + level + " level (" + tests + "): this test set cannot tell the two models apart.";
        }
        return size + ". The evidence is mixed (" + tests + "): " + (bootSig ? "the macro-F1 difference is significant but the numbers of errors do not differ significantly"
                : "the models make significantly different numbers of errors but the macro-F1 difference is not significant") + "; treat the models as not clearly different.";
    }

    /** A fraction as a percentage without rounding it away: 0.05 is "5", 0.025 is "2.5" (not "3"), 0.975 is "97.5". */
    public static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * A p-value as "= 0.004" or "< 0.001"; a bootstrap p of 0 (no resample crossed zero) is written as
     * "< 2/resamples", the smallest non-zero value the two-sided bootstrap p can take.
     */
    public static String formatP(double p, int resamples) {
        if (p == 0 && resamples > 0) return "< " + new java.math.BigDecimal(2.0 / resamples).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
    }

    /**
     * Same, but with as many decimals as it takes for the printed value to fall on the same side of {@code alpha} as p
     * (p = 0.0496 at alpha 0.05 is "= 0.0496", never "= 0.050" beside the word significant).
     */
    public static String formatP(double p, int resamples, double alpha) {
        String s = formatP(p, resamples);
        if (!s.startsWith("= ")) return s;
        for (int digits = 3; digits <= 8; digits++) {
            s = String.format(Locale.ROOT, "= %." + digits + "f", p);
            if ((Double.parseDouble(s.substring(2)) < alpha) == (p < alpha)) return s;
        }
        return s;
    }

    public ObjectNode toJson() {
        ObjectNode o = Jsonl.MAPPER.createObjectNode();
        o.put("model_a", nameA);
        o.put("model_b", nameB);
        o.put("n", n);
        o.put("accuracy_a", accuracyA);
        o.put("accuracy_b", accuracyB);
        o.put("macro_f1_a", bootstrap.macroF1A());
        o.put("macro_f1_b", bootstrap.macroF1B());
        o.put("macro_f1_diff", bootstrap.difference());
        ObjectNode ci = o.putObject("macro_f1_diff_ci");
        Evaluation.num(ci, "low", bootstrap.interval().low());
        Evaluation.num(ci, "high", bootstrap.interval().high());
        ci.put("resamples", bootstrap.interval().resamples());
        ci.put("level", bootstrap.interval().level());
        o.put("bootstrap_p", bootstrap.pValue());
        ObjectNode mc = o.putObject("mcnemar");
        mc.put("only_a_correct", mcnemar.onlyA());
        mc.put("only_b_correct", mcnemar.onlyB());
        mc.put("statistic", mcnemar.statistic());
        mc.put("p", mcnemar.pValue());
        mc.put("method", mcnemar.method());
        o.put("alpha", alpha);
        o.put("verdict", verdict);
        return o;
    }
}
