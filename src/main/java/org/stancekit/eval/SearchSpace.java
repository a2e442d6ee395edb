package org.stancekit.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A hyper-parameter search space: config keys (dotted paths such as {@code model.c}) mapped to a list of
 * values, or, for random search, a range {@code {log_uniform: [lo, hi]}}, {@code {uniform: [lo, hi]}} or
 * {@code {int: [lo, hi]}}. Grid search enumerates every combination of the lists (ranges are not allowed).
 */
public final class SearchSpace {

    /** One dimension: either discrete values or a continuous/integer range. */
    public record Param(String key, List<Object> values, String distribution, double low, double high) {

        public Param {
            values = values == null ? null : List.copyOf(values);
            if (values == null && !List.of("log_uniform", "uniform", "int").contains(distribution)) {
                throw new IllegalArgumentException("search parameter '" + key + "': unknown range '" + distribution + "' (allowed: log_uniform, uniform, int)");
            }
            if (values != null && values.isEmpty()) throw new IllegalArgumentException("search parameter '" + key + "' has no values");
            if (values == null && !(low < high)) throw new IllegalArgumentException("search parameter '" + key + "': range needs low < high, got [" + low + ", " + high + "]");
            if ("log_uniform".equals(distribution) && !(low > 0)) throw new IllegalArgumentException("search parameter '" + key + "': log_uniform needs low > 0");
        }

        boolean discrete() {
            return values != null;
        }
    }

    private final List<Param> params;

    public SearchSpace(List<Param> params) {
        if (params.isEmpty()) throw new IllegalArgumentException("the search space is empty");
        this.params = List.copyOf(params);
    }

    public List<Param> params() {
        return params;
    }

    /** Reads {@code key: [v1, v2]} or {@code key: {log_uniform: [lo, hi]}} entries from a YAML/JSON object. */
    public static SearchSpace fromJson(JsonNode node, String source) {
        if (node == null || !node.isObject() || node.isEmpty()) throw new IllegalArgumentException(source + ": 'search.params' must map config keys to value lists or ranges");
        List<Param> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<Object> vals = new ArrayList<>();
                for (JsonNode x : v) vals.add(scalar(x, source, e.getKey()));
                out.add(new Param(e.getKey(), vals, null, 0, 0));
            } else if (v.isObject() && v.size() == 1) {
                String dist = v.fieldNames().next();
                JsonNode r = v.get(dist);
                if (!r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()) {
                    throw new IllegalArgumentException(source + ": search parameter '" + e.getKey() + "': range must be [low, high]");
                }
                out.add(new Param(e.getKey(), null, dist, r.get(0).asDouble(), r.get(1).asDouble()));
            } else {
                throw new IllegalArgumentException(source + ": search parameter '" + e.getKey() + "' must be a list of values or {log_uniform|uniform|int: [low, high]}");
            }
        }
        return new SearchSpace(out);
    }

    private static Object scalar(JsonNode x, String source, String key) {
        if (x.isIntegralNumber()) return x.asLong();
        if (x.isNumber()) return x.asDouble();
        if (x.isTextual()) return x.asText();
        if (x.isBoolean()) return x.asBoolean();
        throw new IllegalArgumentException(source + ": search parameter '" + key + "': values must be numbers, strings or booleans");
    }

    /**
     * The points that check every listed value and range endpoint once: point i sets each parameter to its i-th
     * value (a range to its low then its high end), the last one when it has fewer.
     */
    public List<Map<String, Object>> checkPoints() {
        List<List<Object>> values = params.stream().map(SearchSpace::checkValues).toList();
        int n = values.stream().mapToInt(List::size).max().orElse(0);
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int j = 0; j < params.size(); j++) m.put(params.get(j).key(), values.get(j).get(Math.min(i, values.get(j).size() - 1)));
            out.add(m);
        }
        return out;
    }

    private static List<Object> checkValues(Param p) {
        if (p.discrete()) return p.values();
        if (p.distribution().equals("int")) return List.of((long) Math.ceil(p.low()), (long) Math.floor(p.high()));
        return List.of(p.low(), p.high());
    }

    /** Number of grid points, or -1 when a range makes the space continuous. */
    public long gridSize() {
        long n = 1;
        for (Param p : params) {
            if (!p.discrete()) return -1;
            n = Math.multiplyExact(n, p.values().size());
        }
        return n;
    }

    /** The i-th grid point (last parameter varies fastest). */
    public Map<String, Object> gridPoint(long i) {
        long size = gridSize();
        if (size < 0) throw new IllegalArgumentException("grid search needs value lists for every parameter; use random search for ranges");
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("grid point " + i + " of " + size);
        Map<String, Object> m = new LinkedHashMap<>();
        long rest = i;
        Object[] chosen = new Object[params.size()];
        for (int j = params.size() - 1; j >= 0; j--) {
            int n = params.get(j).values().size();
            chosen[j] = params.get(j).values().get((int) (rest % n));
            rest /= n;
        }
        for (int j = 0; j < params.size(); j++) m.put(params.get(j).key(), chosen[j]);
        return m;
    }

    /** A random point: lists sampled uniformly, ranges by their distribution. */
    public Map<String, Object> sample(SplittableRandom rng) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : params) {
            Object v;
            if (p.discrete()) v = p.values().get(rng.nextInt(p.values().size()));
            else if (p.distribution().equals("int")) {
                long lo = (long) Math.ceil(p.low()), hi = (long) Math.floor(p.high());
                v = lo + rng.nextLong(hi - lo + 1);
            }
            else if (p.distribution().equals("uniform")) v = p.low() + rng.nextDouble() * (p.high() - p.low());
            else v = Math.exp(Math.log(p.low()) + rng.nextDouble() * (Math.log(p.high()) - Math.log(p.low())));
            if (v instanceof Double d) v = round(d);
            m.put(p.key(), v);
        }
        return m;
    }

    /** Four significant digits keep sampled values readable in the leaderboard and the written config. */
    private static double round(double d) {
        if (d == 0) return 0;
        return new java.math.BigDecimal(d).round(new java.math.MathContext(4)).doubleValue();
    }
}
