/**
 * The compare stage: how outlets or periods differ in framing. Labels (a model's predictions or the user's own)
 * are tallied per group; {@link org.stancekit.compare.Comparison} gives shares with intervals, a chi-squared and a
 * permutation test with Cramér's V, Holm-adjusted pairwise tests, and distinctive terms per group;
 * {@link org.stancekit.compare.ComparisonReport} writes it as JSON, Markdown and a chart.
 */
package org.stancekit.compare;
