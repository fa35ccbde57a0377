package org.milex.stats;

import java.util.Collection;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The correlation between two paired series: Pearson's r with its two-sided p-value, and Spearman's rank
 * correlation ρ. Immutable.
 *
 * <pre>{@code
 * // Do allies that spend more of their GDP spend a larger share of it on equipment?
 * List<Observation> y2024 = ...;   // allies' observations for 2024 with both measures
 * Correlation c = Correlation.of(y2024, o -> o.value(Measure.SHARE_OF_GDP).getAsDouble(),
 *                                       o -> o.value(Measure.EQUIPMENT_SHARE).getAsDouble());
 * c.pearson();  c.pValue();  c.spearman();
 * Correlation.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
 *                                  // n=5 pearson=0.7746 p=0.124 spearman=0.7379
 * }</pre>
 *
 * <p>Formulas, for pairs (x<sub>i</sub>, y<sub>i</sub>), i = 1…n:
 * <ul>
 *   <li>Pearson r = Σ(x<sub>i</sub> − x̄)(y<sub>i</sub> − ȳ) / √( Σ(x<sub>i</sub> − x̄)² · Σ(y<sub>i</sub> −
 *       ȳ)² );</li>
 *   <li>p-value: two-sided, of the null hypothesis of no correlation, from t = r·√((n − 2)/(1 − r²)) on
 *       Student's t distribution with n − 2 degrees of freedom: p = 2·P(T ≤ −|t|) (0 when |r| = 1). It
 *       assumes the pairs are independent and roughly bivariate normal; yearly series are usually neither,
 *       so read it as a rough guide;</li>
 *   <li>Spearman ρ = Pearson's r of the ranks, tied values sharing the mean of their ranks.</li>
 * </ul>
 * Both coefficients lie in [−1, 1] and have no unit. At least three pairs are needed, and neither series
 * may be constant (its correlation is undefined, not zero); values must be finite. Reference: D. J. Sheskin,
 * <i>Handbook of Parametric and Nonparametric Statistical Procedures</i>, 5th ed., CRC, 2011, tests 28 and
 * 29. Computed with Apache Commons Math 3.6.1 ({@code PearsonsCorrelation}, {@code SpearmansCorrelation},
 * {@code TDistribution}).
 *
 * @param n the number of pairs, at least 3
 * @param pearson Pearson's product-moment correlation coefficient r
 * @param pValue the two-sided p-value of r against no correlation
 * @param spearman Spearman's rank correlation coefficient ρ (average ranks for ties)
 */
public record Correlation(int n, double pearson, double pValue, double spearman) {

    /** Validates that the coefficients lie in [−1, 1] and the p-value in [0, 1]. */
    public Correlation {
        if (n < 3) {
            throw new IllegalArgumentException("a correlation needs at least 3 pairs, not n=" + n);
        }
        requireCoefficient("pearson", pearson);
        requireCoefficient("spearman", spearman);
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must lie between 0 and 1, not " + pValue);
        }
    }

    private static void requireCoefficient(String name, double value) {
        if (!(value >= -1 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie between -1 and 1, not " + value);
        }
    }

    /**
     * The correlation of {@code x[i]} with {@code y[i]}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 3 pairs, hold a
     *     value that is not finite, or one of them is constant
     */
    public static Correlation of(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("the series must be paired, but x has " + x.length
                    + " values and y " + y.length);
        }
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("a correlation needs at least 3 pairs, but got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("pair " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
        }
        requireVaries("x", x);
        requireVaries("y", y);
        double r = clamp(new PearsonsCorrelation().correlation(x, y));
        double rho = clamp(new SpearmansCorrelation().correlation(x, y));
        return new Correlation(n, r, pValue(r, n), rho);
    }

    /**
     * The correlation of two values of each element, e.g. two measures of each ally in a year.
     *
     * @throws IllegalArgumentException as {@link #of(double[], double[])}
     */
    public static <T> Correlation of(Collection<? extends T> pairs, ToDoubleFunction<? super T> x,
                                     ToDoubleFunction<? super T> y) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return of(pairs.stream().mapToDouble(x).toArray(), pairs.stream().mapToDouble(y).toArray());
    }

    private static void requireVaries(String name, double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return;
            }
        }
        throw new IllegalArgumentException("series " + name + " is constant (every value is " + v[0]
                + "): its correlation is undefined");
    }

    private static double clamp(double r) {
        return Math.max(-1.0, Math.min(1.0, r));
    }

    private static double pValue(double r, int n) {
        if (Math.abs(r) == 1.0) {
            return 0.0;
        }
        double t = Math.abs(r) * Math.sqrt((n - 2) / (1 - r * r));
        double p = 2 * new TDistribution(null, n - 2).cumulativeProbability(-t);
        return Math.max(0.0, Math.min(1.0, p));
    }

    /** {@code "n=5 pearson=0.7746 p=0.124 spearman=0.7379"}: to four significant digits. */
    @Override
    public String toString() {
        return "n=" + n + " pearson=" + Numbers.brief(pearson) + " p=" + Numbers.brief(pValue)
                + " spearman=" + Numbers.brief(spearman);
    }
}
