package org.stancekit.eval;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's charts, drawn with XChart and returned as PNG bytes: confusion heat map (row-normalised, %),
 * reliability diagram, per-class precision/recall/F1 bars and the learning curve.
 */
public final class Charts {

    static {
        // charts are drawn off-screen; batch machines have no display
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Charts() {
    }

    /** Row-normalised confusion matrix in percent: rows gold (first label at the top), columns predicted. */
    public static byte[] confusion(Evaluation e) {
        int k = e.labels().size();
        int size = Math.max(520, 160 + 60 * k);
        HeatMapChart c = new HeatMapChartBuilder().width(size + 120).height(size).title("Confusion matrix (% of each gold class)")
                .xAxisTitle("predicted").yAxisTitle("gold").build();
        style(c.getStyler());
        c.getStyler().setShowValue(true).setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, k > 8 ? 10 : 12))
                .setRangeColors(new Color[]{new Color(0xf7fbff), new Color(0xc6dbef), new Color(0x6baed6)})
                .setMin(0).setMax(100).setHeatMapValueDecimalPattern("0");
        c.getStyler().setValueFontColor(Color.BLACK);
        boolean longNames = e.labels().stream().anyMatch(l -> l.length() > 9);
        c.getStyler().setXAxisLabelRotation(k > 4 || longNames ? 45 : 0);
        c.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> ys = new ArrayList<>(e.labels());
        java.util.Collections.reverse(ys);
        double[][] m = e.confusion().rowNormalized();
        List<Number[]> data = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            for (int p = 0; p < k; p++) data.add(new Number[]{p, k - 1 - g, Math.round(m[g][p] * 1000) / 10.0});
        }
        c.addSeries("% of gold", e.labels(), ys, data);
        return png(c);
    }

    /** Reliability diagram: accuracy against mean confidence per bin, with the diagonal of perfect calibration. */
    public static byte[] reliability(Evaluation e) {
        XYChart c = new XYChartBuilder().width(560).height(480)
                .title(String.format(java.util.Locale.ROOT, "Reliability diagram (ECE %.3f)", e.ece()))
                .xAxisTitle("confidence").yAxisTitle("accuracy").build();
        style(c.getStyler());
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.InsideNW);
        XYSeries diag = c.addSeries("perfect calibration", new double[]{0, 1}, new double[]{0, 1});
        diag.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
        List<Double> x = new ArrayList<>(), y = new ArrayList<>();
        for (ReliabilityBin b : e.reliability()) {
            if (b.count() == 0) continue;
            x.add(b.meanConfidence());
            y.add(b.accuracy());
        }
        if (!x.isEmpty()) {
            XYSeries s = c.addSeries("model", x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(new Color(0x2171b5));
            s.setMarkerColor(new Color(0x2171b5));
        }
        return png(c);
    }

    /** Precision, recall and F1 per class as grouped bars (classes absent from gold and predictions are left out). */
    public static byte[] perClass(Evaluation e) {
        List<String> names = new ArrayList<>();
        List<Double> p = new ArrayList<>(), r = new ArrayList<>(), f = new ArrayList<>();
        for (ClassMetrics m : e.perClass()) {
            if (!m.present()) continue;
            names.add(m.label());
            p.add(m.precision());
            r.add(m.recall());
            f.add(m.f1());
        }
        CategoryChart c = new CategoryChartBuilder().width(Math.max(640, 90 * names.size() + 160)).height(440)
                .title("Per-class precision, recall and F1").yAxisTitle("score").build();
        style(c.getStyler());
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisLabelRotation(names.size() > 5 ? 45 : 0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setSeriesColors(new Color[]{new Color(0x6baed6), new Color(0xfd8d3c), new Color(0x31a354)});
        c.addSeries("precision", names, p);
        c.addSeries("recall", names, r);
        c.addSeries("F1", names, f);
        return png(c);
    }

    /** Macro-F1 against training-set size, with the interval band when known. */
    public static byte[] learningCurve(List<LearningPoint> points) {
        if (points.isEmpty()) throw new IllegalArgumentException("a learning curve needs at least one point");
        XYChart c = new XYChartBuilder().width(560).height(420).title("Learning curve")
                .xAxisTitle("training records").yAxisTitle("macro-F1").build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        List<Double> x = new ArrayList<>(), y = new ArrayList<>(), lo = new ArrayList<>(), hi = new ArrayList<>();
        boolean band = true;
        for (LearningPoint pt : points) {
            x.add((double) pt.trainSize());
            y.add(pt.macroF1());
            lo.add(pt.low());
            hi.add(pt.high());
            band &= !Double.isNaN(pt.low());
        }
        XYSeries s = c.addSeries("macro-F1", x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        if (band) {
            c.addSeries("95% CI low", x, lo).setMarker(SeriesMarkers.NONE).setLineColor(Color.LIGHT_GRAY);
            c.addSeries("95% CI high", x, hi).setMarker(SeriesMarkers.NONE).setLineColor(Color.LIGHT_GRAY);
        }
        return png(c);
    }

    /**
     * Label shares per group as stacked percentage bars (one bar per group, one colour per label), the compare
     * report's chart; {@code shares[g][l]} is group g's share of label l.
     */
    public static byte[] stackedShares(String title, List<String> groups, List<String> labels, double[][] shares) {
        if (groups.isEmpty()) throw new IllegalArgumentException("a share chart needs at least one group");
        CategoryChart c = new CategoryChartBuilder().width(Math.max(640, 70 * groups.size() + 220)).height(460)
                .title(title).yAxisTitle("% of the group's articles").build();
        style(c.getStyler());
        boolean longNames = groups.stream().anyMatch(g -> g.length() > 10);
        c.getStyler().setStacked(true).setYAxisMin(0.0).setYAxisMax(100.0).setXAxisLabelRotation(groups.size() > 6 || longNames ? 45 : 0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setSeriesColors(new Color[]{new Color(0xd7301f), new Color(0x2171b5), new Color(0x74c476), new Color(0xbdbdbd),
                new Color(0xfd8d3c), new Color(0x9e9ac8), new Color(0x969696), new Color(0x6baed6)});
        for (int l = 0; l < labels.size(); l++) {
            List<Double> y = new ArrayList<>(groups.size());
            for (int g = 0; g < groups.size(); g++) y.add(100 * shares[g][l]);
            c.addSeries(labels.get(l), groups, y);
        }
        return png(c);
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        s.setLegendFont(BASE);
        s.setAntiAlias(true);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(BASE);
            a.setAxisTickLabelsFont(BASE.deriveFont(12f));
            a.setPlotGridLinesColor(new Color(0xdddddd));
        }
        s.setPlotBackgroundColor(Color.WHITE);
    }

    private static byte[] png(Chart<?, ?> c) {
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot encode chart as PNG: " + ex.getMessage(), ex);
        }
    }
}
