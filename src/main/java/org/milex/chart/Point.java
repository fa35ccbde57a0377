package org.milex.chart;

import java.time.Year;
import java.util.Objects;
import org.milex.model.Share;

/**
 * One point of a {@link Series}: a year and a share, e.g. Poland's 2024 defence expenditure as a share of
 * GDP.
 *
 * @param year the year
 * @param share the share in that year
 */
public record Point(Year year, Share share) {

    /** Rejects nulls. */
    public Point {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(share, "share");
    }

    /** {@code Point.of(2024, share)}. */
    public static Point of(int year, Share share) {
        return new Point(Year.of(year), share);
    }

    /** {@code "2024: 4.12%"}. */
    @Override
    public String toString() {
        return year + ": " + share;
    }
}
