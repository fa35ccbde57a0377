package org.milex.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.milex.data.History;

/**
 * The history of one figure across editions as a chart: the value each edition published (y) at the edition's
 * publication date (x), joined by steps, since a value holds until the next edition revises it.
 *
 * <pre>{@code
 * History h = Dataset.installed().history(Ally.of("POL"), Year.of(2024), Measure.SHARE_OF_GDP);
 * HistoryChart.of(h).toPng(Path.of("target/poland-2024.png"));
 * }</pre>
 */
public final class HistoryChart {
    private HistoryChart() {
    }

    /**
     * The chart of a history. Default title: the subject, year and measure; 900 x 500 pixels.
     *
     * @throws IllegalArgumentException if no edition published the figure
     */
    public static Chart of(History history) {
        Objects.requireNonNull(history, "history");
        List<History.Vintage> vs = history.vintages();
        if (vs.isEmpty()) {
            throw new IllegalArgumentException("no edition publishes " + history.measure().column() + " for "
                    + history.subject().code() + " " + history.year() + ": nothing to draw");
        }
        String title = history.subject().name() + " " + history.year() + ": " + history.measure().column()
                + " as each edition published it";
        String description = String.join(", ", vs.stream().map(v -> v.edition().id() + " "
                + org.milex.data.ObservationCsv.format(v.value()) + (v.estimate() ? "e" : "")).toList())
                + (history.isComparable() ? "" : "; the editions measure different things (see the notes)");
        return new Chart(title, description, 900, 500, (t, width, height) -> {
            XYChart chart = new XYChartBuilder().width(width).height(height).title(t)
                    .xAxisTitle("Published").yAxisTitle(history.measure().unit().toString()).build();
            chart.getStyler().setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                    .setPlotBorderVisible(false).setLegendPosition(Styler.LegendPosition.OutsideS)
                    .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15))
                    .setChartTitleBoxVisible(false).setMarkerSize(8).setAntiAlias(true);
            chart.getStyler().setDatePattern("yyyy-MM");
            List<Date> x = vs.stream().map(v -> Date.from(v.published().atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
            List<Double> y = vs.stream().map(History.Vintage::value).toList();
            XYSeries s = chart.addSeries(history.subject().code() + " " + history.year(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            s.setLineColor(new Color(0x4E79A7));
            s.setMarkerColor(new Color(0x4E79A7));
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(new BasicStroke(2.5f));
            return chart;
        });
    }
}
