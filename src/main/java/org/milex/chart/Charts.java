package org.milex.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.milex.model.Guideline;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * The charts milex draws, each from plain typed values: shares over time against a guideline, the number of
 * allies meeting a guideline per year, allies ranked by share with the guideline's mark, and the gap to a
 * target in money. Every chart has a default title and size; change them with {@link Chart#withTitle} and
 * {@link Chart#withSize}.
 *
 * <pre>{@code
 * Guideline two = Guideline.twoPercentOfGdp();
 * Series poland = Series.of("Poland", polishSharesByYear);
 * Charts.shareOverTime(List.of(poland), two).toPng(Path.of("target/poland.png"));
 * Charts.ranking(sharesIn2024ByAlly, two).withTitle("2024 estimates").toSvg(Path.of("target/ranking.svg"));
 * }</pre>
 *
 * <p>No method accepts {@code null}; empty inputs are rejected with an {@link IllegalArgumentException}, as a
 * chart of nothing is a mistake.
 */
public final class Charts {
    /** Tableau 10: distinguishable, print-safe colours for series. */
    private static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759), new Color(0x76B7B2),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};
    private static final Color MEETS = new Color(0x4E79A7);
    private static final Color BELOW = new Color(0xBAB0AC);
    private static final Color GUIDELINE = new Color(0xB2182B);
    private static final BasicStroke GUIDELINE_STROKE =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

    private Charts() {
    }

    /**
     * Shares by year as lines, one per series, with the guideline's threshold as a dashed horizontal line.
     * Default title: the guideline's name; 900 x 550 pixels.
     *
     * @param series the lines, in legend order; their names must differ
     * @param guideline the guideline whose threshold is drawn
     * @throws IllegalArgumentException if there is no series or two have the same name
     */
    public static Chart shareOverTime(List<Series> series, Guideline guideline) {
        List<Series> lines = List.copyOf(series);
        Objects.requireNonNull(guideline, "guideline");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a chart of shares over time needs at least one series");
        }
        requireDistinct(lines.stream().map(Series::name).toList(), "series");
        int first = lines.stream().map(Series::firstYear).min(Comparator.naturalOrder()).orElseThrow().getValue();
        int last = lines.stream().map(Series::lastYear).max(Comparator.naturalOrder()).orElseThrow().getValue();
        double threshold = guideline.threshold().toDouble();
        double top = Math.max(threshold, lines.stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> p.share().toDouble()).max().orElse(threshold));
        String description = String.join(", ", lines.stream().map(Series::name).toList())
                + "; dashed line: " + guideline;
        return new Chart(guideline.name(), description, 900, 550, (title, width, height) -> {
            XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                    .xAxisTitle("Year").yAxisTitle("% of GDP").build();
            style(chart.getStyler());
            chart.getStyler().setXAxisDecimalPattern("0").setYAxisDecimalPattern("0.0")
                    .setYAxisMin(0.0).setYAxisMax(Math.ceil(top * 1.1 * 2) / 2)
                    .setXAxisMin(first - 0.3).setXAxisMax(last + 0.3).setMarkerSize(7);
            int i = 0;
            for (Series s : lines) {
                XYSeries xy = chart.addSeries(s.name(),
                        s.points().stream().mapToDouble(p -> p.year().getValue()).toArray(),
                        s.points().stream().mapToDouble(p -> p.share().toDouble()).toArray());
                Color c = PALETTE[i++ % PALETTE.length];
                xy.setLineColor(c);
                xy.setMarkerColor(c);
                xy.setMarker(SeriesMarkers.CIRCLE);
                xy.setLineStyle(new BasicStroke(2.5f));
            }
            XYSeries line = chart.addSeries(guideline.toString(), new double[] {first - 0.3, last + 0.3},
                    new double[] {threshold, threshold});
            guidelineStyle(line);
            return chart;
        });
    }

    /**
     * The number of allies meeting a guideline in each year, as bars. Default title: "Allies meeting " and
     * the guideline; 900 x 500 pixels.
     *
     * @param meeting how many allies met the guideline, by year (any order; drawn oldest first)
     * @throws IllegalArgumentException if {@code meeting} is empty or holds a negative count
     */
    public static Chart compliancePerYear(Map<Year, Integer> meeting, Guideline guideline) {
        Objects.requireNonNull(guideline, "guideline");
        TreeMap<Year, Integer> counts = new TreeMap<>(meeting);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("a chart of compliance per year needs at least one year");
        }
        counts.forEach((year, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("a count of allies cannot be negative: " + year + " has " + n);
            }
        });
        List<String> years = counts.keySet().stream().map(Year::toString).toList();
        List<Integer> values = List.copyOf(counts.values());
        String description = "allies meeting " + guideline + " by year: " + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return new Chart("Allies meeting " + guideline, description, 900, 500, (title, width, height) -> {
            CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                    .xAxisTitle("Year").yAxisTitle("allies").build();
            style(chart.getStyler());
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setYAxisDecimalPattern("0");
            chart.getStyler().setYAxisMin(0.0);
            chart.addSeries("allies meeting " + guideline.name(), years, values).setFillColor(MEETS);
            return chart;
        });
    }

    /**
     * Allies (or groups) ranked by share, highest on top, as horizontal bars: those at or above the guideline's
     * threshold in blue, the others in grey, each labelled with its name and share ({@code Poland  4.12%}), the
     * threshold as a dashed vertical line labelled with its value above the top bar. A label that would lie
     * under the line goes to the right of it. Default title: the guideline's name; 900 pixels wide, 22 pixels a
     * bar high.
     *
     * @param shares the share of each, by name
     * @throws IllegalArgumentException if {@code shares} is empty
     */
    public static Chart ranking(Map<String, Share> shares, Guideline guideline) {
        return ranking(shares, guideline, List.of());
    }

    /**
     * As {@link #ranking(Map, Guideline)}, saying on the chart what is left out: below the axis,
     * {@code Not shown (no figure): Iceland}, and in the {@linkplain Chart#description() description}.
     *
     * <pre>{@code
     * Compliance c = Query.of(data).year(2024).compliance(Guideline.twoPercentOfGdp());
     * Charts.ranking(shares, Guideline.twoPercentOfGdp(), List.of("Iceland"));
     * }</pre>
     *
     * @param shares the share of each, by name
     * @param withoutFigure the names left out because they have no figure, in the order to list them
     * @throws IllegalArgumentException if {@code shares} is empty, or a name is both shown and left out
     */
    public static Chart ranking(Map<String, Share> shares, Guideline guideline, List<String> withoutFigure) {
        Objects.requireNonNull(guideline, "guideline");
        List<String> leftOut = List.copyOf(withoutFigure);
        List<Map.Entry<String, Share>> rows = new ArrayList<>(Map.copyOf(shares).entrySet());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a ranking needs at least one share");
        }
        leftOut.stream().filter(shares::containsKey).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("'" + name + "' is both ranked and listed as without a figure");
        });
        rows.sort(Map.Entry.<String, Share>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int n = rows.size();
        Share threshold = guideline.threshold();
        String description = rows.stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "; dashed line: " + guideline
                + (leftOut.isEmpty() ? "" : "; not shown (no figure): " + String.join(", ", leftOut));
        return new Chart(guideline.name(), description, 900, 150 + 22 * n, (title, width, height) -> {
            RankingLayout layout = rankingLayout(rows, leftOut, threshold, width);
            XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                    .xAxisTitle(axisUnit(guideline) + layout.note().map(note -> "          " + note).orElse("")).build();
            style(chart.getStyler());
            // Bars are thick horizontal lines at y = n-1 (top) .. 0, each labelled where the layout says.
            // (XChart 3.8.8 draws no y-axis labels at all once they are given a formatting function.)
            chart.getStyler().setYAxisMin(layout.yMin()).setYAxisMax(layout.yMax()).setXAxisMin(0.0)
                    .setXAxisMax(layout.xMax()).setXAxisDecimalPattern("0.0").setYAxisTicksVisible(false)
                    .setPlotGridHorizontalLinesVisible(false);
            chart.getStyler().setAnnotationTextFont(LABEL_FONT);
            chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
            float thickness = (float) Math.max(2, (height - 130) / (double) (n + 2) * 0.7);
            BasicStroke bar = new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
            for (RankingLayout.Bar b : layout.bars()) {
                XYSeries s = chart.addSeries(b.name(), new double[] {0, b.share().toDouble()}, new double[] {b.y(), b.y()});
                s.setLineColor(b.meets() ? MEETS : BELOW);
                s.setLineStyle(bar);
                s.setMarker(SeriesMarkers.NONE);
                s.setShowInLegend(false);
                chart.addAnnotation(new AnnotationText(b.label().text(), b.label().centre(), b.y(), false));
            }
            XYSeries line = chart.addSeries(guideline.toString(), new double[] {threshold.toDouble(), threshold.toDouble()},
                    new double[] {layout.yMin(), layout.lineTop()});
            guidelineStyle(line);
            chart.addAnnotation(new AnnotationText(layout.guideline().text(), layout.guideline().centre(),
                    layout.guideline().y(), false));
            return chart;
        });
    }

    /** {@code "% of GDP"} for a share of GDP, {@code "% of defence expenditure"} for the equipment share. */
    private static String axisUnit(Guideline guideline) {
        return guideline.measure().map(m -> switch (m) {
            case SHARE_OF_GDP -> "% of GDP";
            case EQUIPMENT_SHARE, PERSONNEL_EXPENDITURE_SHARE, INFRASTRUCTURE_SHARE, OTHER_SHARE -> "% of defence expenditure";
            default -> "%";
        }).orElse("% of GDP");
    }

    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** What the ranking's plot leaves of the chart's width, in pixels, for the axis and margins (at least). */
    static final int RANKING_MARGIN = 100;

    /** The ranking's layout at a chart width (the plot is at most {@link #RANKING_MARGIN} pixels narrower). */
    static RankingLayout rankingLayout(List<Map.Entry<String, Share>> rows, List<String> withoutFigure, Share threshold,
                                       int width) {
        return RankingLayout.of(rows, withoutFigure, threshold, threshold.toString(), width - (double) RANKING_MARGIN,
                text -> textWidth(text, LABEL_FONT));
    }

    private static double textWidth(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return g.getFontMetrics(font).getStringBounds(text, g).getWidth();
        } finally {
            g.dispose();
        }
    }

    /**
     * What each ally would have to add to meet a target, as bars in millions, largest first; a negative
     * amount (spending above the target) is drawn below the axis. Default title: "Gap to " and the guideline;
     * 900 x 550 pixels.
     *
     * @param gaps the gap of each, by name, all in one currency and price basis
     * @throws IllegalArgumentException if {@code gaps} is empty
     * @throws org.milex.model.MoneyMismatchException naming two amounts of different currencies or price bases
     */
    public static Chart gapToTarget(Map<String, Money> gaps, Guideline guideline) {
        Objects.requireNonNull(guideline, "guideline");
        List<Map.Entry<String, Money>> rows = new ArrayList<>(Map.copyOf(gaps).entrySet());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a chart of gaps needs at least one amount");
        }
        Money.total(rows.stream().map(Map.Entry::getValue).toList());   // one currency and basis, or an error naming both
        rows.sort(Map.Entry.<String, Money>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Money any = rows.get(0).getValue();
        String unit = "million " + any.currency().getCurrencyCode() + ", " + any.basis();
        List<String> names = rows.stream().map(Map.Entry::getKey).toList();
        List<BigDecimal> millions = rows.stream().map(e -> e.getValue().millions()).toList();
        String description = "gap to " + guideline + " in " + unit + ": " + rows.stream()
                .map(e -> e.getKey() + " " + e.getValue().millions().toPlainString()).collect(Collectors.joining(", "));
        return new Chart("Gap to " + guideline, description, 900, 550, (title, width, height) -> {
            CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                    .yAxisTitle(unit).build();
            style(chart.getStyler());
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setYAxisDecimalPattern("#,##0");
            chart.getStyler().setXAxisLabelRotation(names.size() > 8 ? 60 : 0);
            chart.addSeries("gap", names, millions).setFillColor(GUIDELINE);
            return chart;
        });
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setChartTitleBoxVisible(false);
        s.setPlotGridLinesColor(new Color(0xE0E0E0));
        s.setAntiAlias(true);
    }

    private static void guidelineStyle(XYSeries line) {
        line.setLineColor(GUIDELINE);
        line.setLineStyle(GUIDELINE_STROKE);
        line.setMarker(SeriesMarkers.NONE);
    }

    private static void requireDistinct(List<String> names, String what) {
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("two " + what + " have the same name: " + names);
        }
    }
}
