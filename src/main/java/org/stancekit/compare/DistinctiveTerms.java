package org.stancekit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Terms that set one group apart from all others: the log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), using the whole input's counts as the prior, so rare
 * terms are shrunk towards no difference. A term is listed when its z-score exceeds the two-sided critical value.
 */
public final class DistinctiveTerms {

    /** One distinctive term: its z-score, log-odds difference, and its count in the group and in the rest. */
    public record Term(String term, double z, double logOdds, long inGroup, long inRest) {
    }

    private DistinctiveTerms() {
    }

    /**
     * The top {@code n} terms of {@code group} by z-score among terms seen at least {@code minCount} times in
     * total, keeping only those with z above {@code zCritical}; ties by term.
     */
    public static List<Term> of(TermCounts counts, String group, int n, int minCount, double zCritical) {
        int g = counts.index(group);
        if (g < 0 || n == 0) return List.of();
        long all = 0;
        for (String name : counts.groups()) all += counts.total(name);
        long ni = counts.total(group), nj = all - ni;
        if (ni == 0 || nj == 0) return List.of();
        double a0 = all; // prior strength: the whole input's counts (alpha_w = count of w overall)
        List<Term> out = new ArrayList<>();
        counts.forEachTerm(minCount, (term, byGroup, total) -> {
            long yi = byGroup[g], yj = total - yi;
            double a = total; // alpha_w
            double d = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
            double z = d / Math.sqrt(1.0 / (yi + a) + 1.0 / (yj + a));
            if (z > zCritical) out.add(new Term(term, z, d, yi, yj));
        });
        out.sort(Comparator.comparingDouble((Term t) -> -t.z()).thenComparing(Term::term));
        return out.size() > n ? List.copyOf(out.subList(0, n)) : List.copyOf(out);
    }
}
