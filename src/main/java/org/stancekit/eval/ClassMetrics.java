package org.stancekit.eval;

/**
 * Precision, recall and F1 of one class with its support (number of gold records). Undefined ratios
 * follow scikit-learn's {@code zero_division=0}: a class never predicted has precision 0, a class with no
 * gold records has recall 0. A class absent from both gold and predictions has NaN metrics and is
 * left out of macro averages ({@code present == false}).
 */
public record ClassMetrics(String label, double precision, double recall, double f1, long support, long predicted) {

    public ClassMetrics {
        if (support < 0 || predicted < 0) throw new IllegalArgumentException("negative count for class " + label);
    }

    /** True when the class occurs in the gold labels or in the predictions. */
    public boolean present() {
        return support > 0 || predicted > 0;
    }
}
