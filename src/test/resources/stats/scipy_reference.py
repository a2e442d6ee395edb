"""Reference values for the statistics of `stancekit compare` and `compare-models`, from textbook formulas,
SciPy and NumPy (statsmodels is not used: Holm, Wilson, Cramér's V, McNemar, the simplex least squares and the
log-odds of Monroe et al. are written out here from their definitions).

Usage: python3 scipy_reference.py cases.json   (prints one JSON object with the same keys as the input)

Monte-Carlo quantities (permutation p-values, bootstrap intervals and p-values, posterior intervals) come with a
tolerance: for p-values the exact value (enumeration) or a 20,000-resample estimate, for interval endpoints a
large-sample estimate plus `tol`, 4.5 standard errors of the Java estimate's quantile (its order statistic's
sampling error, density estimated from the reference draws) and of the reference's own.
"""
import itertools
import json
import math
import sys

import numpy as np
from scipy import stats

Z_TOL = 4.5


def wilson(k, n, level):
    if n == 0:
        return [0.0, 1.0]
    z = stats.norm.ppf(0.5 + level / 2)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return [max(0.0, centre - half), min(1.0, centre + half)]


def mean_interval(values, level):
    v = np.asarray(values, dtype=float)
    m = float(v.mean())
    if len(v) == 1:                                   # one value: no spread to estimate, the whole range
        return [0.0, 1.0]
    half = stats.norm.ppf(0.5 + level / 2) * v.std(ddof=1) / math.sqrt(len(v))
    return [max(0.0, m - half), min(1.0, m + half)]


def chi2(table):
    t = np.asarray(table, dtype=float)
    t = t[:, t.sum(axis=0) > 0]                       # labels nobody has are left out
    stat, p, dof, expected = stats.chi2_contingency(t, correction=False)
    n = t.sum()
    m = min(t.shape) - 1
    textbook_v = math.sqrt(stat / (n * m))
    scipy_v = stats.contingency.association(t.astype(int), method="cramer", correction=False)
    return {"statistic": stat, "p": p, "log10_p": stats.chi2.logsf(stat, dof) / math.log(10), "df": int(dof),
            "cramers_v": textbook_v, "cramers_v_scipy": scipy_v,
            "small_expected_share": float((expected < 5).mean())}


def holm(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):                  # step-down: (m - rank) * p_(rank), made monotone, capped at 1
        running = max(running, min(1.0, (m - rank) * p[i]))
        adj[i] = running
    return adj.tolist()


def tables_with_margins(rows, cols):
    """Every non-negative integer table with the given row and column sums."""
    if len(rows) == 1:
        yield [list(cols)]
        return
    first = rows[0]

    def fill(j, left, remaining):
        if j == len(cols) - 1:
            if left <= remaining[j]:
                yield [left]
            return
        for x in range(0, min(left, remaining[j]) + 1):
            for rest in fill(j + 1, left - x, remaining):
                yield [x] + rest

    for row in fill(0, first, cols):
        rest_cols = [c - x for c, x in zip(cols, row)]
        for rest in tables_with_margins(rows[1:], rest_cols):
            yield [row] + rest


def pearson(t, rows, cols, n):
    s = 0.0
    for r, rs in enumerate(rows):
        for c, cs in enumerate(cols):
            e = rs * cs / n
            if e > 0:
                s += (t[r][c] - e) ** 2 / e
    return s


def permutation_exact(table):
    """P(chi2 >= observed) when the labels are shuffled across articles (hypergeometric over all tables)."""
    t = [[int(x) for x in row] for row in table]
    rows = [sum(r) for r in t]
    cols = [sum(c) for c in zip(*t)]
    keep = [j for j, c in enumerate(cols) if c > 0]
    t = [[row[j] for j in keep] for row in t]
    cols = [cols[j] for j in keep]
    n = sum(rows)
    observed = pearson(t, rows, cols, n)
    log_const = sum(math.lgamma(r + 1) for r in rows) + sum(math.lgamma(c + 1) for c in cols) - math.lgamma(n + 1)
    p = 0.0
    total = 0.0
    for cand in tables_with_margins(rows, cols):
        prob = math.exp(log_const - sum(math.lgamma(x + 1) for row in cand for x in row))
        total += prob
        if pearson(cand, rows, cols, n) >= observed - 1e-9 * max(1.0, observed):
            p += prob
    return {"p": p, "total_probability": total}


def simplex_lstsq(m, q):
    """argmin ||M^T p - q||^2 over the simplex, exactly: the best equality-constrained solution over all supports."""
    a = np.asarray(m, dtype=float).T
    q = np.asarray(q, dtype=float)
    k = a.shape[1]
    best, best_obj = None, math.inf
    for size in range(1, k + 1):
        for support in itertools.combinations(range(k), size):
            s = list(support)
            sub = a[:, s]
            kkt = np.zeros((size + 1, size + 1))
            kkt[:size, :size] = 2 * sub.T @ sub
            kkt[:size, size] = 1
            kkt[size, :size] = 1
            rhs = np.concatenate([2 * sub.T @ q, [1.0]])
            sol = np.linalg.lstsq(kkt, rhs, rcond=None)[0][:size]
            if (sol < -1e-12).any():
                continue
            p = np.zeros(k)
            p[s] = np.clip(sol, 0, None)
            p /= p.sum()
            obj = float(np.sum((a @ p - q) ** 2))
            if obj < best_obj - 1e-15:
                best, best_obj = p, obj
    return best


def rates(confusion):
    c = np.asarray(confusion, dtype=float)
    return c / c.sum(axis=1, keepdims=True)


def misfit(confusion, q, n, p):
    c = np.asarray(confusion, dtype=float)
    m = rates(c)
    rows = c.sum(axis=1)
    fit = m.T @ p
    var = q * (1 - q) / n + (p[:, None] ** 2 * m * (1 - m) / rows[:, None]).sum(axis=0)
    return float(np.sum((q - fit) ** 2 / np.maximum(var, 1e-12)))


def quantile_tol(sample, a, r_java):
    """Z_TOL standard errors of the a-quantile estimated from r_java draws, plus the reference's own."""
    sample = np.sort(np.asarray(sample, dtype=float))
    d = 0.01
    lo, hi = np.quantile(sample, [max(0.0, a - d), min(1.0, a + d)])
    inverse_density = (hi - lo) / (min(1.0, a + d) - max(0.0, a - d))
    se = lambda r: math.sqrt(a * (1 - a) / r) * inverse_density
    return Z_TOL * (se(r_java) + se(len(sample))) + 1e-9


def adjusted(case, rng):
    confusion = np.asarray(case["confusion"], dtype=float)
    predicted = np.asarray(case["predicted"], dtype=float)
    n = predicted.sum()
    q = predicted / n
    p = simplex_lstsq(rates(confusion), q)
    k = len(q)
    draws = []
    for _ in range(case["draws"]):
        m2 = np.array([rng.dirichlet(row + 0.5) for row in confusion])
        draws.append(simplex_lstsq(m2, rng.dirichlet(predicted + 0.5)))
    draws = np.array(draws)
    alpha = (1 - case["level"]) / 2
    fit = misfit(confusion, q, n, p)
    limit = stats.chi2.ppf(0.99, max(1, k - 1))
    return {"shares": p.tolist(), "misfit": fit, "limit": limit, "consistent": bool(fit <= limit),
            "low": np.quantile(draws, alpha, axis=0).tolist(), "high": np.quantile(draws, 1 - alpha, axis=0).tolist(),
            "low_tol": [quantile_tol(draws[:, j], alpha, case["java_resamples"]) for j in range(k)],
            "high_tol": [quantile_tol(draws[:, j], 1 - alpha, case["java_resamples"]) for j in range(k)]}


def is_term(t):
    return len(t) > 0 and t[0].isalpha()


def distinctive(case):
    """Monroe, Colaresi & Quinn (2008) log-odds with the whole input's counts as the informative prior."""
    groups = case["groups"]
    counts = {g: {} for g in groups}
    totals = {g: 0 for g in groups}
    for g, docs in zip(groups, case["documents"]):
        for tokens in docs:
            prev = None
            for t in tokens:
                if not is_term(t):
                    prev = None
                    continue
                counts[g][t] = counts[g].get(t, 0) + 1
                totals[g] += 1
                if prev is not None:
                    bg = prev + " " + t
                    counts[g][bg] = counts[g].get(bg, 0) + 1
                    totals[g] += 1
                prev = t
    vocab = sorted(set().union(*[set(c) for c in counts.values()]))
    a0 = sum(totals.values())
    out = {}
    for g in groups:
        ni = totals[g]
        nj = a0 - ni
        terms = {}
        for w in vocab:
            aw = sum(counts[h].get(w, 0) for h in groups)
            if aw < case["min_count"]:
                continue
            yi = counts[g].get(w, 0)
            yj = aw - yi
            d = math.log((yi + aw) / (ni + a0 - yi - aw)) - math.log((yj + aw) / (nj + a0 - yj - aw))
            terms[w] = {"z": d / math.sqrt(1 / (yi + aw) + 1 / (yj + aw)), "log_odds": d, "in_group": yi, "in_rest": yj}
        out[g] = {"total": ni, "terms": terms}
    return out


def mcnemar(b, c):
    n = b + c
    if n == 0:
        return {"p": 1.0, "statistic": 0.0, "method": "none"}
    if n < 25:
        return {"p": stats.binomtest(min(b, c), n, 0.5).pvalue, "statistic": float(min(b, c)), "method": "exact"}
    stat = max(0, abs(b - c) - 1) ** 2 / n          # Edwards' continuity correction, never below zero
    return {"p": stats.chi2.sf(stat, 1), "statistic": stat, "method": "chi2"}


def macro_f1_batch(cells, k):
    """Macro-F1 (classes present in gold or predictions, zero_division=0) of each row of a (R, n) cell matrix."""
    r = cells.shape[0]
    flat = cells + (np.arange(r) * k * k)[:, None]
    c = np.bincount(flat.ravel(), minlength=r * k * k).reshape(r, k, k).astype(float)
    tp = np.diagonal(c, axis1=1, axis2=2)
    denom = c.sum(axis=2) + c.sum(axis=1)
    present = denom > 0
    f1 = np.where(present, 2 * tp / np.where(present, denom, 1), 0.0)
    return f1.sum(axis=1) / present.sum(axis=1)


def stratified_indices(gold, k, resamples, rng):
    parts = []
    for cls in range(k):
        members = np.flatnonzero(gold == cls)
        if len(members):
            parts.append(members[rng.integers(0, len(members), size=(resamples, len(members)))])
    return np.concatenate(parts, axis=1)


def ece(conf, correct, bins):
    edges = np.arange(bins + 1) / bins
    b = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, bins - 1)   # bins (j/M, (j+1)/M], 0 in the first
    total = 0.0
    for j in range(bins):
        sel = b == j
        if sel.any():
            total += sel.sum() * abs(correct[sel].mean() - conf[sel].mean())
    return total / len(conf)


def ece_batch(conf, correct, idx, bins):
    edges = np.arange(bins + 1) / bins
    b = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, bins - 1)
    out = np.zeros(idx.shape[0])
    for j in range(bins):
        sel = (b == j)[idx]
        out += np.abs((sel * correct[idx]).sum(axis=1) - (sel * conf[idx]).sum(axis=1))
    return out / idx.shape[1]


def interval(sample, level, r_java):
    a = (1 - level) / 2
    return {"low": float(np.quantile(sample, a)), "high": float(np.quantile(sample, 1 - a)),
            "low_tol": quantile_tol(sample, a, r_java), "high_tol": quantile_tol(sample, 1 - a, r_java)}


def two_sided_p(diffs):
    return float(min(1.0, 2 * min(np.mean(diffs <= 0), np.mean(diffs >= 0))))


def paired_bootstrap(case, rng):
    k = case["k"]
    gold, a, b = (np.asarray(case[x]) for x in ("gold", "a", "b"))
    ca, cb = gold * k + a, gold * k + b
    fa, fb = macro_f1_batch(ca[None, :], k)[0], macro_f1_batch(cb[None, :], k)[0]
    idx = stratified_indices(gold, k, case["reference_resamples"], rng)
    diffs = macro_f1_batch(cb[idx], k) - macro_f1_batch(ca[idx], k)
    p = two_sided_p(diffs)
    out = {"macro_f1_a": fa, "macro_f1_b": fb, "difference": fb - fa, "p": p,
           "p_tol": Z_TOL * 2 * math.sqrt(max(p / 2 * (1 - p / 2), 1e-4) / case["java_resamples"]) + 1e-9}
    out.update(interval(diffs, case["level"], case["java_resamples"]))
    return out


def bootstrap(case, rng):
    k, bins = case["k"], case["bins"]
    gold, pred = np.asarray(case["gold"]), np.asarray(case["pred"])
    probs = np.asarray(case["probs"], dtype=float)
    conf = probs[np.arange(len(gold)), pred]
    correct = (gold == pred).astype(float)
    cells = gold * k + pred
    idx = stratified_indices(gold, k, case["reference_resamples"], rng)
    samples = {"accuracy": correct[idx].mean(axis=1), "macro_f1": macro_f1_batch(cells[idx], k),
               "ece": ece_batch(conf, correct, idx, bins)}
    out = {"ece": ece(conf, correct, bins), "accuracy": float(correct.mean()),
           "macro_f1": float(macro_f1_batch(cells[None, :], k)[0])}
    for name, s in samples.items():
        out[name + "_interval"] = interval(s, case["level"], case["java_resamples"])
    return out


def main(path):
    cases = json.load(open(path, encoding="utf-8"))
    rng = np.random.default_rng(20261123)
    out = {}
    if "wilson" in cases:
        out["wilson"] = [wilson(k, n, level) for k, n, level in cases["wilson"]]
    if "mean_interval" in cases:
        out["mean_interval"] = [mean_interval(c["values"], c["level"]) for c in cases["mean_interval"]]
    if "chi2" in cases:
        out["chi2"] = [chi2(t) for t in cases["chi2"]]
    if "holm" in cases:
        out["holm"] = [holm(p) for p in cases["holm"]]
    if "permutation_exact" in cases:
        out["permutation_exact"] = [permutation_exact(t) for t in cases["permutation_exact"]]
    if "adjusted" in cases:
        out["adjusted"] = [adjusted(c, rng) for c in cases["adjusted"]]
    if "terms" in cases:
        out["terms"] = distinctive(cases["terms"])
    if "mcnemar" in cases:
        out["mcnemar"] = [mcnemar(b, c) for b, c in cases["mcnemar"]]
    if "quantile" in cases:
        out["quantile"] = [np.quantile(np.asarray(c["values"], dtype=float), c["q"]).tolist() for c in cases["quantile"]]
    if "paired_bootstrap" in cases:
        out["paired_bootstrap"] = [paired_bootstrap(c, rng) for c in cases["paired_bootstrap"]]
    if "bootstrap" in cases:
        out["bootstrap"] = [bootstrap(c, rng) for c in cases["bootstrap"]]
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
