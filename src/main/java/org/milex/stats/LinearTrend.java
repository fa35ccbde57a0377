package org.milex.stats;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.milex.model.Share;

/**
 * A straight line fitted by ordinary least squares through (year, value) points: {@code value = intercept +
 * slope × year}. Immutable.
 *
 * <pre>{@code
 * LinearTrend t = Trends.shareOfGdp(data, Ally.of("POL"), Edition.parse("NATO-2024-06"));
 * t.slope();                               // 0.1536: percentage points a year, fitted over 2014-2024
 * t.valueIn(Year.of(2030));                // 4.058: the fitted share in 2030, percent
 * t.yearReaching(Guideline.hagueCore().threshold());   // Optional[2027]: first year the line is ≥ 3.5%
 * LinearTrend.fit(Map.of(Year.of(2020), 1.0, Year.of(2021), 1.5, Year.of(2022), 2.0));  // slope 0.5
 * }</pre>
 *
 * <p>Formulas, for points (x<sub>i</sub>, y<sub>i</sub>), x the calendar year, i = 1…n, with means x̄, ȳ:
 * <ul>
 *   <li>slope b = Σ(x<sub>i</sub> − x̄)(y<sub>i</sub> − ȳ) / Σ(x<sub>i</sub> − x̄)², in the values' unit per
 *       year (percentage points a year for shares in percent);</li>
 *   <li>intercept a = ȳ − b·x̄: the fitted value in year 0, far outside the data; use
 *       {@link #valueIn(Year)} for fitted values;</li>
 *   <li>r² = 1 − SSE / SST with SSE = Σ(y<sub>i</sub> − a − b·x<sub>i</sub>)² and SST = Σ(y<sub>i</sub> −
 *       ȳ)²; when every value is the same (SST = 0) the horizontal line fits exactly and r² is 1;</li>
 *   <li>standard error of the slope = √( SSE / (n − 2) / Σ(x<sub>i</sub> − x̄)² ); empty when n = 2, as
 *       a line through two points leaves no degree of freedom to estimate it.</li>
 * </ul>
 * A fit needs at least two distinct years; fewer is an error, and so is a non-finite value. A year may
 * carry more than one point (each counts). Reference: N. R. Draper and H. Smith, <i>Applied Regression
 * Analysis</i>, 3rd ed., Wiley, 1998, ch. 1. Computed with Apache Commons Math 3.6.1 ({@code SimpleRegression}).
 *
 * @param slope the change of the fitted value per year, in the values' unit
 * @param intercept the fitted value in year 0 ({@code value = intercept + slope × year})
 * @param rSquared the coefficient of determination, between 0 and 1
 * @param slopeStandardError the standard error of the slope; empty when the fit has only two points
 * @param n the number of points fitted
 * @param firstYear the earliest year of the points
 * @param lastYear the latest year of the points
 */
public record LinearTrend(double slope, double intercept, double rSquared, OptionalDouble slopeStandardError,
                          int n, Year firstYear, Year lastYear) {

    /** Validates the figures: finite, r² in [0, 1], at least two points over at least two years. */
    public LinearTrend {
        Numbers.requireFinite("slope", slope);
        Numbers.requireFinite("intercept", intercept);
        Numbers.requireFinite("rSquared", rSquared);
        Objects.requireNonNull(slopeStandardError, "slopeStandardError");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        if (rSquared < 0 || rSquared > 1) {
            throw new IllegalArgumentException("rSquared must lie between 0 and 1, not " + rSquared);
        }
        if (slopeStandardError.isPresent()) {
            Numbers.requireFinite("slopeStandardError", slopeStandardError.getAsDouble());
            if (slopeStandardError.getAsDouble() < 0) {
                throw new IllegalArgumentException("slopeStandardError cannot be negative, not "
                        + slopeStandardError.getAsDouble());
            }
        }
        if (!firstYear.isBefore(lastYear)) {
            throw new IllegalArgumentException("a trend covers at least two years, but firstYear " + firstYear
                    + " is not before lastYear " + lastYear);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a trend is fitted through at least two points, not n=" + n);
        }
    }

    /**
     * The least-squares line through one value per year.
     *
     * @throws IllegalArgumentException if fewer than two years are given, or a value is not finite
     */
    public static LinearTrend fit(Map<Year, ? extends Number> values) {
        Objects.requireNonNull(values, "values");
        List<Point> points = new ArrayList<>(values.size());
        values.forEach((y, v) -> points.add(new Point(Objects.requireNonNull(y, "year"),
                Objects.requireNonNull(v, "value").doubleValue())));
        return fit(points);
    }

    /**
     * A collector fitting the least-squares line through a year and a value of each element:
     * {@code observations.stream().collect(LinearTrend.fitting(Observation::year, o -> ...))}. It throws like
     * {@link #fit(Map)} when the elements span fewer than two years.
     */
    public static <T> Collector<T, ?, LinearTrend> fitting(Function<? super T, Year> year,
                                                           ToDoubleFunction<? super T> value) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
        return Collector.<T, List<Point>, LinearTrend>of(ArrayList::new,
                (list, t) -> list.add(new Point(Objects.requireNonNull(year.apply(t), "year"), value.applyAsDouble(t))),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                LinearTrend::fit);
    }

    /** One (year, value) point; package-private so that the public surface stays the map and the collector. */
    record Point(Year year, double value) {
    }

    static LinearTrend fit(List<Point> points) {
        SimpleRegression r = new SimpleRegression(true);
        Year first = null;
        Year last = null;
        double firstValue = Double.NaN;
        boolean constant = true;
        for (Point p : points) {
            if (!Double.isFinite(p.value())) {
                throw new IllegalArgumentException("the value for " + p.year() + " is not a finite number: " + p.value());
            }
            if (first == null) {
                first = p.year();
                last = p.year();
                firstValue = p.value();
            } else {
                first = p.year().isBefore(first) ? p.year() : first;
                last = p.year().isAfter(last) ? p.year() : last;
                constant &= p.value() == firstValue;
            }
            r.addData(p.year().getValue(), p.value());
        }
        if (first == null || first.equals(last)) {
            throw new IllegalArgumentException("a trend needs values in at least two distinct years, but "
                    + (first == null ? "got none" : points.size() == 1 ? "got one, in " + first
                    : "all " + points.size() + " are in " + first));
        }
        double rSquared = constant ? 1.0 : Math.max(0.0, Math.min(1.0, r.getRSquare()));
        OptionalDouble se = points.size() > 2 ? OptionalDouble.of(r.getSlopeStdErr()) : OptionalDouble.empty();
        return new LinearTrend(constant ? 0.0 : r.getSlope(), constant ? firstValue : r.getIntercept(), rSquared, se,
                points.size(), first, last);
    }

    /** The fitted value in {@code year}: {@code intercept + slope × year}. */
    public double valueIn(Year year) {
        Objects.requireNonNull(year, "year");
        return valueIn((long) year.getValue());
    }

    private double valueIn(long year) {
        return intercept + slope * year;
    }

    /**
     * The first calendar year in which the fitted line is at or above {@code target}, if it ever is.
     *
     * <p>The rule: the earliest year Y, not before {@link #firstYear()}, with {@code valueIn(Y) >= target}.
     * So:
     * <ul>
     *   <li>if the line is at or above the target already in the first year of the data, that first year;</li>
     *   <li>otherwise, if the slope is zero or negative, empty: the line never gets there;</li>
     *   <li>otherwise ⌈(target − intercept) / slope⌉, which may lie within the years of the data, or beyond
     *       them as an extrapolation;</li>
     *   <li>empty also if that year would be after {@link Year#MAX_VALUE}.</li>
     * </ul>
     * The answer is about the fitted line, not the data: an ally may have reached the target in a year's
     * figures before its line does, or the other way round. Extrapolating a line is an assumption
     * ("if the trend continues"), not a forecast.
     *
     * @throws IllegalArgumentException if {@code target} is not finite
     */
    public Optional<Year> yearReaching(double target) {
        Numbers.requireFinite("target", target);
        long first = firstYear.getValue();
        if (valueIn(first) >= target) {
            return Optional.of(firstYear);
        }
        if (slope <= 0) {
            return Optional.empty();
        }
        double crossing = (target - intercept) / slope;
        if (!(crossing <= Year.MAX_VALUE)) {
            return Optional.empty();
        }
        long y = Math.max(first + 1, (long) Math.ceil(crossing));
        // Correct for rounding in the division so that the rule above holds exactly for valueIn.
        while (valueIn(y) < target) {
            y++;
        }
        while (y - 1 > first && valueIn(y - 1) >= target) {
            y--;
        }
        return y > Year.MAX_VALUE ? Optional.empty() : Optional.of(Year.of((int) y));
    }

    /**
     * The first calendar year in which the fitted line is at or above a share, for a trend of shares in
     * percent; the rule of {@link #yearReaching(double)}, with the share's percent as the target.
     */
    public Optional<Year> yearReaching(Share target) {
        Objects.requireNonNull(target, "target");
        return yearReaching(target.toDouble());
    }

    /**
     * {@code "2014-2024 n=11: slope=0.1536/year intercept=-307.8 r²=0.5384 se(slope)=0.04741"}: figures to four
     * significant digits; the accessors hold full precision.
     */
    @Override
    public String toString() {
        return firstYear + "-" + lastYear + " n=" + n + ": slope=" + Numbers.brief(slope) + "/year intercept="
                + Numbers.brief(intercept) + " r²=" + Numbers.brief(rSquared)
                + (slopeStandardError.isPresent() ? " se(slope)=" + Numbers.brief(slopeStandardError.getAsDouble()) : "");
    }
}
