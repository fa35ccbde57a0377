package org.milex.stats;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Share;
import org.milex.model.Subject;

/**
 * Linear trends of an ally's (or a group's) published figures over the years of one edition, and the year a
 * trend reaches a target if it continues.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Edition e = Edition.parse("NATO-2024-06");
 * LinearTrend pl = Trends.shareOfGdp(data, Ally.of("POL"), e);   // 2014-2024 n=11: slope=0.1536/year ...
 * Trends.yearReaching(data, Ally.of("POL"), e, Guideline.hagueCore().threshold());  // at or above 3.50% since 2024
 * Trends.yearReaching(data, Ally.of("POL"), e, Share.ofPercent("5"));  // reaches 5.00% in 2037 on the 2014-2024 trend
 * Trends.yearReaching(data, Ally.of("USA"), e, Guideline.hagueCore().threshold());  // does not reach 3.50% …
 * Trends.of(data, AllyGroup.NATO, Measure.EXPENDITURE_USD_CONSTANT, e);  // USD mn (constant prices) a year
 * }</pre>
 *
 * <p>A trend is fitted by {@link LinearTrend} through every year for which the edition publishes the
 * measure, estimates included (NATO's latest years are estimates: {@link Observation#isEstimate()}); years
 * it does not publish are left out, not counted as zero. Fewer than two published years is an error naming
 * the edition, the ally or group and the measure.
 */
public final class Trends {

    private Trends() {
    }

    /**
     * The least-squares trend of a measure of an ally or group over the years an edition publishes it, in the
     * measure's unit per year.
     *
     * @throws IllegalArgumentException if the edition publishes the measure for fewer than two years of
     *     {@code subject}, e.g. {@code "NATO-2024-06 publishes share_of_gdp_pct for ISL Iceland in 0 years; a
     *     trend needs at least 2"}
     */
    public static LinearTrend of(Dataset data, Subject subject, Measure measure, Edition edition) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(edition, "edition");
        List<LinearTrend.Point> points = points(data, subject, measure, edition);
        if (points.size() < 2) {
            throw new IllegalArgumentException(edition + " publishes " + measure.column() + " for " + subject
                    + " in " + points.size() + (points.size() == 1 ? " year (" + points.get(0).year() + ")" : " years")
                    + "; a trend needs at least 2");
        }
        return LinearTrend.fit(points);
    }

    private static List<LinearTrend.Point> points(Dataset data, Subject subject, Measure measure, Edition edition) {
        List<LinearTrend.Point> points = new ArrayList<>();
        for (Observation o : data.observations(edition)) {
            if (!o.subject().equals(subject)) {
                continue;
            }
            OptionalDouble v = o.value(measure);
            if (v.isPresent()) {
                points.add(new LinearTrend.Point(o.year(), v.getAsDouble()));
            }
        }
        return points;
    }

    /**
     * The least-squares trend of an ally's or group's defence expenditure as a share of GDP, in percentage
     * points a year.
     *
     * @throws IllegalArgumentException if the edition publishes the share for fewer than two years
     */
    public static LinearTrend shareOfGdp(Dataset data, Subject subject, Edition edition) {
        return of(data, subject, Measure.SHARE_OF_GDP, edition);
    }

    /**
     * Whether and when the published share of GDP of an ally or group reaches {@code target}, as a typed
     * {@link Reaching}: at or above it since a year (from the published figures), reaching it in a later year if
     * the trend continues, or not reaching it on a flat or falling trend.
     *
     * @throws IllegalArgumentException if the edition publishes the share for fewer than two years
     */
    public static Reaching yearReaching(Dataset data, Subject subject, Edition edition, Share target) {
        Objects.requireNonNull(target, "target");
        LinearTrend trend = shareOfGdp(data, subject, edition);
        List<LinearTrend.Point> points = points(data, subject, Measure.SHARE_OF_GDP, edition);
        points.sort(java.util.Comparator.comparing(LinearTrend.Point::year));
        double t = target.toDouble();
        int i = points.size() - 1;
        if (points.get(i).value() >= t) {
            while (i > 0 && points.get(i - 1).value() >= t) {
                i--;
            }
            return new Reaching(Reaching.Outcome.AT_OR_ABOVE, points.get(i).year(), target, trend);
        }
        Year last = trend.lastYear();
        Optional<Year> y = trend.slope() > 0 ? trend.yearReaching(t) : Optional.empty();
        if (y.isEmpty()) {
            return new Reaching(Reaching.Outcome.DOES_NOT_REACH, last, target, trend);
        }
        Year when = y.get().isAfter(last) ? y.get() : last.plusYears(1);
        return new Reaching(Reaching.Outcome.REACHES, when, target, trend);
    }
}
