package org.stancekit.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stancekit.corpus.Jsonl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Random or grid search over a {@link SearchSpace} on a time budget: each trial is scored by k-fold
 * cross-validation (supplied by the caller), trials stop when the budget is spent, when the next trial
 * would likely overrun it (judged by the mean trial time so far), when the trial cap is reached or when a
 * discrete space is exhausted. A trial whose config is rejected is recorded with its error and skipped.
 */
public final class Tuner {

    /** Metrics where smaller is better. */
    public static final Set<String> LOWER_IS_BETTER = Set.of(Bootstrap.LOG_LOSS, Bootstrap.BRIER, Bootstrap.ECE);

    /** The metrics every trial computes (a search names no sided classes, so f1_sided_avg is not among them). */
    public static final List<String> METRICS = List.of(Bootstrap.ACCURACY, Bootstrap.MACRO_F1, Bootstrap.MICRO_F1, Bootstrap.WEIGHTED_F1,
            Bootstrap.MCC, Bootstrap.KAPPA, Bootstrap.LOG_LOSS, Bootstrap.BRIER, Bootstrap.ECE);

    /** Search settings: strategy ({@code random} or {@code grid}), metric to optimise, budget, trial cap, seed. */
    public record Settings(String strategy, String metric, Duration budget, int maxTrials, long seed) {
        public Settings {
            if (!strategy.equals("random") && !strategy.equals("grid")) throw new IllegalArgumentException("bad search strategy '" + strategy + "' (allowed: random, grid)");
            if (!METRICS.contains(metric)) throw new IllegalArgumentException("bad metric '" + metric + "' to optimise (allowed: " + String.join(", ", METRICS) + ")");
            if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the time budget must be positive");
            if (maxTrials < 1) throw new IllegalArgumentException("maximum trials must be >= 1, got " + maxTrials);
        }
    }

    /** One trial: its parameters, the cross-validation (null when it failed), mean and sd of the metric, seconds, error. */
    public record Trial(int number, Map<String, Object> params, CvResult cv, double mean, double sd, double seconds, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** The search outcome: trials ranked best first (failed ones last), and why the search stopped. */
    public record Result(List<Trial> leaderboard, String metric, String stoppedBecause, double seconds) {
        public Trial best() {
            return leaderboard.isEmpty() || !leaderboard.get(0).ok() ? null : leaderboard.get(0);
        }

        public ObjectNode toJson() {
            ObjectNode o = Jsonl.MAPPER.createObjectNode();
            o.put("metric", metric);
            o.put("stopped_because", stoppedBecause);
            o.put("seconds", seconds);
            ArrayNode a = o.putArray("leaderboard");
            int rank = 1;
            for (Trial t : leaderboard) {
                ObjectNode e = a.addObject();
                e.put("rank", t.ok() ? rank++ : 0);
                e.put("trial", t.number());
                e.set("params", Jsonl.MAPPER.valueToTree(t.params()));
                Evaluation.num(e, "mean", t.mean());
                Evaluation.num(e, "sd", t.sd());
                e.put("seconds", t.seconds());
                if (!t.ok()) e.put("error", t.error());
            }
            return o;
        }
    }

    private Tuner() {
    }

    public static Result run(SearchSpace space, Settings s, Function<Map<String, Object>, CvResult> crossValidate,
                             Consumer<Trial> onTrial, LongSupplier nanoClock) {
        long start = nanoClock.getAsLong();
        long budget = s.budget().toNanos();
        long grid = space.gridSize();
        if (s.strategy().equals("grid") && grid < 0) throw new IllegalArgumentException("grid search needs value lists for every parameter; use strategy random for ranges");
        SplittableRandom rng = new SplittableRandom(s.seed());
        Set<Map<String, Object>> seen = new HashSet<>();
        List<Trial> trials = new ArrayList<>();
        String stop = "trial cap reached (" + s.maxTrials() + ")";
        double spentOnTrials = 0;
        for (int t = 0; t < s.maxTrials(); t++) {
            long elapsed = nanoClock.getAsLong() - start;
            if (elapsed >= budget) {
                stop = "time budget spent";
                break;
            }
            if (t > 0 && elapsed + spentOnTrials / t > budget) {
                stop = "time budget nearly spent (next trial would overrun)";
                break;
            }
            Map<String, Object> params;
            if (s.strategy().equals("grid")) {
                if (t >= grid) {
                    stop = "grid exhausted";
                    break;
                }
                params = space.gridPoint(t);
            } else {
                params = null;
                for (int attempt = 0; attempt < 1000 && params == null; attempt++) {
                    Map<String, Object> p = space.sample(rng);
                    if (!seen.contains(p)) params = p;
                }
                if (params == null) {
                    stop = "search space exhausted";
                    break;
                }
            }
            seen.add(params);
            long t0 = nanoClock.getAsLong();
            Trial trial;
            try {
                CvResult cv = crossValidate.apply(params);
                CvResult.Summary sum = cv.summary().get(s.metric());
                if (sum == null) throw new IllegalArgumentException("metric '" + s.metric() + "' is not computed (available: " + String.join(", ", cv.summary().keySet()) + ")");
                trial = new Trial(t + 1, params, cv, sum.mean(), sum.sd(), (nanoClock.getAsLong() - t0) / 1e9, null);
            } catch (IllegalArgumentException e) {
                trial = new Trial(t + 1, params, null, Double.NaN, Double.NaN, (nanoClock.getAsLong() - t0) / 1e9, e.getMessage());
            }
            spentOnTrials += nanoClock.getAsLong() - t0;
            trials.add(trial);
            if (onTrial != null) onTrial.accept(trial);
        }
        boolean lower = LOWER_IS_BETTER.contains(s.metric());
        Comparator<Trial> byScore = Comparator.comparingDouble(tr -> lower ? tr.mean() : -tr.mean());
        List<Trial> ranked = new ArrayList<>(trials);
        ranked.sort(Comparator.comparing((Trial tr) -> !tr.ok() || Double.isNaN(tr.mean())).thenComparing(byScore).thenComparingInt(Trial::number));
        return new Result(ranked, s.metric(), stop, (nanoClock.getAsLong() - start) / 1e9);
    }

    /** Parses a budget such as {@code 90s}, {@code 10m}, {@code 1h30m} or {@code 2h}. */
    public static Duration parseBudget(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([hms])").matcher(s);
        long seconds = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) break;
            long v = Long.parseLong(m.group(1));
            seconds += switch (m.group(2)) {
                case "h" -> v * 3600;
                case "m" -> v * 60;
                default -> v;
            };
            end = m.end();
        }
        if (end != s.length() || end == 0 || seconds == 0) {
            throw new IllegalArgumentException("bad budget '" + text + "' (examples: 90s, 10m, 1h30m)");
        }
        return Duration.ofSeconds(seconds);
    }
}
