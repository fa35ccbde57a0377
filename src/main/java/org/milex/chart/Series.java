package org.milex.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.Year;
import org.milex.model.Share;

/**
 * A named line of a chart: shares by year, e.g. Poland's defence expenditure as a share of GDP 2014-2024.
 * Immutable; the points are held in order of year.
 *
 * <pre>{@code
 * Series poland = Series.of("Poland", Map.of(Year.of(2023), Share.ofPercent("3.83"), Year.of(2024), Share.ofPercent("4.12")));
 * poland.points();   // [2023: 3.83%, 2024: 4.12%]
 * }</pre>
 *
 * @param name the series' name as the legend shows it
 * @param points at least one point, at most one per year; sorted by year on construction
 */
public record Series(String name, List<Point> points) {

    /** Validates the name, sorts the points by year and rejects an empty series or a repeated year. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(points, "points");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::year));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("series '" + name + "' has no points");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year().equals(sorted.get(i - 1).year())) {
                throw new IllegalArgumentException("series '" + name + "' has two points for " + sorted.get(i).year());
            }
        }
        points = List.copyOf(sorted);
    }

    /** A series of the shares in a map from year to share. */
    public static Series of(String name, Map<Year, Share> shares) {
        Objects.requireNonNull(shares, "shares");
        return new Series(name, shares.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList());
    }

    /** The first year. */
    public Year firstYear() {
        return points.get(0).year();
    }

    /** The last year. */
    public Year lastYear() {
        return points.get(points.size() - 1).year();
    }

    /** {@code "Poland [2014: 1.86%, …]"}. */
    @Override
    public String toString() {
        return name + " " + points;
    }
}
