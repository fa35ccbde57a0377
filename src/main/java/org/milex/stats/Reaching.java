package org.milex.stats;

import java.time.Year;
import java.util.Objects;
import org.milex.model.Share;

/**
 * Whether and when an ally's (or group's) published share of GDP reaches a level, as one of three outcomes,
 * never a bare year:
 *
 * <ul>
 * <li>{@link Outcome#AT_OR_ABOVE}: its latest published figure is at or above the level, and has been every
 *     year since {@link #year()} (from the published figures, not the trend line);
 * <li>{@link Outcome#REACHES}: its latest figure is below and the rising trend line first reaches the level in
 *     {@link #year()}, after the last year of data ("if the trend continues", an extrapolation, not a forecast);
 * <li>{@link Outcome#DOES_NOT_REACH}: its latest figure is below and the trend line is flat or falling; {@link
 *     #year()} is then the last year of data.
 * </ul>
 *
 * <pre>{@code
 * Trends.yearReaching(data, Ally.of("POL"), e, Share.ofPercent("3.5"));   // at or above 3.50% since 2024
 * Trends.yearReaching(data, Ally.of("POL"), e, Share.ofPercent("5"));     // reaches 5.00% in 2037 on the 2014-2024 trend
 * Trends.yearReaching(data, Ally.of("USA"), e, Share.ofPercent("3.5"));   // does not reach 3.50% on the 2014-2024 trend
 * }</pre>
 *
 * @param outcome which of the three
 * @param year since when (at or above), when (reaches), or the last year of data (does not reach)
 * @param target the level asked about
 * @param trend the trend line fitted through the published figures
 */
public record Reaching(Outcome outcome, Year year, Share target, LinearTrend trend) {

    /** The three outcomes. */
    public enum Outcome {
        /** The latest published figure is at or above the level, every year since {@link Reaching#year()}. */
        AT_OR_ABOVE,
        /** Below now; the rising trend line reaches the level in {@link Reaching#year()}. */
        REACHES,
        /** Below now; the trend line is flat or falling, or reaches the level only after year 999,999,999. */
        DOES_NOT_REACH
    }

    /** Validates the parts. */
    public Reaching {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(trend, "trend");
        if (outcome == Outcome.REACHES && !year.isAfter(trend.lastYear())) {
            throw new IllegalArgumentException("a level reached on the trend lies after the data (" + trend.lastYear()
                    + "), not in " + year);
        }
    }

    /** {@code "at or above 3.50% since 2024"}, {@code "reaches 5.00% in 2037 on the 2014-2024 trend"}, … */
    @Override
    public String toString() {
        String span = trend.firstYear() + "-" + trend.lastYear();
        return switch (outcome) {
            case AT_OR_ABOVE -> "at or above " + target + " since " + year;
            case REACHES -> "reaches " + target + " in " + year + " on the " + span + " trend";
            case DOES_NOT_REACH -> "does not reach " + target + " on the " + span + " trend (below it in " + year
                    + ", slope " + Numbers.brief(trend.slope()) + " a year)";
        };
    }
}
