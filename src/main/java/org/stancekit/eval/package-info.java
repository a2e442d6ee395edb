/**
 * Evaluation that a reviewer would accept: metrics with scikit-learn's definitions ({@link org.stancekit.eval.Metrics}),
 * stratified bootstrap intervals ({@link org.stancekit.eval.Bootstrap}), calibration and temperature scaling,
 * train/test leakage ({@link org.stancekit.eval.LeakageDetector}), cross-validation, significance tests between
 * models ({@link org.stancekit.eval.ModelComparison}), budgeted hyper-parameter search ({@link org.stancekit.eval.Tuner})
 * and reproducible report folders ({@link org.stancekit.eval.ReportWriter}). Inputs are plain arrays
 * ({@link org.stancekit.eval.PredictionSet}), so nothing here depends on how a model was built.
 */
package org.stancekit.eval;
