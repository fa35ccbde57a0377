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
 * Trends.yearReaching(data, Ally.of("POL"), e, Guideline.hagueCore().threshold());  // Optional[2027]
 * Trends.yearReaching(data, Ally.of("USA"), e, Guideline.hagueCore().threshold());  // Optional[2014]: the
 *                                      // line starts above 3.5% (3.55%) and falls; see LinearTrend#yearReaching
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
        if (points.size() < 2) {
            throw new IllegalArgumentException(edition + " publishes " + measure.column() + " for " + subject
                    + " in " + points.size() + (points.size() == 1 ? " year (" + points.get(0).year() + ")" : " years")
                    + "; a trend needs at least 2");
        }
        return LinearTrend.fit(points);
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
     * The first year in which the trend of an ally's or group's share of GDP is at or above {@code target},
     * if the trend continues: {@code shareOfGdp(data, subject, edition).yearReaching(target)}, with the rule
     * stated at {@link LinearTrend#yearReaching(double)} (the first year of data when the trend line is
     * above the target from the start; empty when it is below and flat or falling).
     *
     * @throws IllegalArgumentException if the edition publishes the share for fewer than two years
     */
    public static Optional<Year> yearReaching(Dataset data, Subject subject, Edition edition, Share target) {
        Objects.requireNonNull(target, "target");
        return shareOfGdp(data, subject, edition).yearReaching(target);
    }
}
