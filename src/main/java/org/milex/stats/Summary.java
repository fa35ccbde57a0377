package org.milex.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.milex.model.Share;

/**
 * A descriptive summary of a set of values: count, mean, sample standard deviation and the five-number
 * summary (minimum, quartiles, median, maximum). Immutable.
 *
 * <pre>{@code
 * List<Share> shares = data.observations(edition).stream()
 *         .filter(o -> o.year().equals(Year.of(2024)) && o.subject() instanceof Ally)
 *         .flatMap(o -> o.shareOfGdp().stream()).toList();
 * Summary s = Summary.ofShares(shares);     // values in percent
 * s.median();                                // the middle ally's share of GDP, percent
 * Summary.of(1, 2, 3, 4);                    // n=4 mean=2.5 sd=1.291 min=1 q1=1.75 median=2.5 q3=3.25 max=4
 * }</pre>
 *
 * <p>Formulas, for values x<sub>1</sub>…x<sub>n</sub>:
 * <ul>
 *   <li>mean = Σx<sub>i</sub> / n;</li>
 *   <li>standard deviation (sample) = √( Σ(x<sub>i</sub> − mean)² / (n − 1) ); for a single value it is
 *       {@code 0} (the n − 1 formula is undefined there; milex, like Commons Math, reports no spread
 *       rather than {@code NaN});</li>
 *   <li>quartiles and median by linear interpolation between order statistics, Hyndman and Fan's
 *       definition 7: the p-quantile of the sorted values x<sub>(1)</sub>…x<sub>(n)</sub> is
 *       x<sub>(⌊h⌋)</sub> + (h − ⌊h⌋)(x<sub>(⌊h⌋+1)</sub> − x<sub>(⌊h⌋)</sub>) with h = (n − 1)p + 1. This is
 *       the default of R's {@code quantile}, of NumPy's {@code percentile} and Excel's
 *       {@code QUARTILE.INC}; the median is the usual one (the mean of the two middle values when n is
 *       even).</li>
 * </ul>
 * Values are in whatever unit they were given in ({@link #ofShares} gives percent). Empty input is an
 * error: there is no mean of nothing. Non-finite values ({@code NaN}, infinities) are rejected.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", <i>The American
 * Statistician</i> 50(4), 1996, pp. 361–365. Computed with Apache Commons Math 3.6.1
 * ({@code Mean}, {@code StandardDeviation}, {@code Percentile} with {@code EstimationType.R_7}).
 *
 * @param n the number of values, at least 1
 * @param mean the arithmetic mean
 * @param standardDeviation the sample standard deviation (divisor n − 1); 0 when n = 1
 * @param min the smallest value
 * @param firstQuartile the 25th percentile (definition 7)
 * @param median the 50th percentile
 * @param thirdQuartile the 75th percentile (definition 7)
 * @param max the largest value
 */
public record Summary(int n, double mean, double standardDeviation, double min, double firstQuartile,
                      double median, double thirdQuartile, double max) {

    /** Validates that the figures are finite and consistently ordered. */
    public Summary {
        if (n < 1) {
            throw new IllegalArgumentException("a summary needs at least one value, not n=" + n);
        }
        Numbers.requireFinite("mean", mean);
        Numbers.requireFinite("standardDeviation", standardDeviation);
        Numbers.requireFinite("min", min);
        Numbers.requireFinite("firstQuartile", firstQuartile);
        Numbers.requireFinite("median", median);
        Numbers.requireFinite("thirdQuartile", thirdQuartile);
        Numbers.requireFinite("max", max);
        if (standardDeviation < 0) {
            throw new IllegalArgumentException("a standard deviation cannot be negative, not " + standardDeviation);
        }
        if (!(min <= firstQuartile && firstQuartile <= median && median <= thirdQuartile && thirdQuartile <= max)) {
            throw new IllegalArgumentException("expected min <= firstQuartile <= median <= thirdQuartile <= max, not "
                    + min + ", " + firstQuartile + ", " + median + ", " + thirdQuartile + ", " + max);
        }
    }

    /**
     * The summary of some values.
     *
     * @throws IllegalArgumentException if there are no values ({@code "cannot summarise no values"}) or one
     *     is not finite
     */
    public static Summary of(double... values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("cannot summarise no values: a summary needs at least one");
        }
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("value " + i + " is not a finite number: " + v[i]);
            }
        }
        double sd = v.length == 1 ? 0.0 : new StandardDeviation(true).evaluate(v);
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(v);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        // Interpolation may put a quartile an ulp outside [min, max]; clamp so the record's ordering holds.
        double q1 = clamp(p.evaluate(25), min, max);
        double q2 = clamp(p.evaluate(50), q1, max);
        double q3 = clamp(p.evaluate(75), q2, max);
        return new Summary(v.length, clamp(new Mean().evaluate(v), min, max), sd, min, q1, q2, q3, max);
    }

    /**
     * The summary of some values.
     *
     * @throws IllegalArgumentException if there are no values or one is not finite
     */
    public static Summary of(Collection<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        return of(values.stream().mapToDouble(x -> Objects.requireNonNull(x, "value").doubleValue()).toArray());
    }

    /**
     * The summary of some shares, in percent (a share of 2.02% counts as 2.02).
     *
     * @throws IllegalArgumentException if there are no shares
     */
    public static Summary ofShares(Collection<Share> shares) {
        Objects.requireNonNull(shares, "shares");
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("cannot summarise no shares: a summary needs at least one");
        }
        return of(shares.stream().mapToDouble(s -> Objects.requireNonNull(s, "share").toDouble()).toArray());
    }

    /**
     * A collector summarising a value of each element, like {@link java.util.stream.Collectors#summarizingDouble}:
     * {@code observations.stream().collect(Summary.summarizing(o -> o.shareOfGdp().orElseThrow().toDouble()))}.
     * It throws like {@link #of(double...)} when there are no elements.
     */
    public static <T> Collector<T, ?, Summary> summarizing(ToDoubleFunction<? super T> value) {
        Objects.requireNonNull(value, "value");
        return Collector.<T, List<Double>, Summary>of(ArrayList::new, (list, t) -> list.add(value.applyAsDouble(t)),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                },
                list -> of(list.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The interquartile range, {@code thirdQuartile − firstQuartile}. */
    public double interquartileRange() {
        return thirdQuartile - firstQuartile;
    }

    /** The range, {@code max − min}. */
    public double range() {
        return max - min;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /**
     * {@code "n=4 mean=2.5 sd=1.291 min=1 q1=1.75 median=2.5 q3=3.25 max=4"}: figures to four significant
     * digits; the accessors hold full precision.
     */
    @Override
    public String toString() {
        return "n=" + n + " mean=" + Numbers.brief(mean) + " sd=" + Numbers.brief(standardDeviation)
                + " min=" + Numbers.brief(min) + " q1=" + Numbers.brief(firstQuartile)
                + " median=" + Numbers.brief(median) + " q3=" + Numbers.brief(thirdQuartile)
                + " max=" + Numbers.brief(max);
    }
}
