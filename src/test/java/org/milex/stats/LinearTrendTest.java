package org.milex.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.model.Share;

class LinearTrendTest {

    /**
     * Poland's defence expenditure as a share of GDP, percent, from data/nato/NATO-2024-06.csv (NATO 2024-06
     * edition, TABLE3 "Share of real GDP (%)", 2023 and 2024 estimates), at full precision.
     */
    static final Map<Year, Double> POLAND = new TreeMap<>(Map.ofEntries(
            Map.entry(Year.of(2014), 1.8752685360706713),
            Map.entry(Year.of(2015), 2.2251437845895716),
            Map.entry(Year.of(2016), 2.0004550856909797),
            Map.entry(Year.of(2017), 1.8948458117930895),
            Map.entry(Year.of(2018), 2.015642533240409),
            Map.entry(Year.of(2019), 1.9863960343055451),
            Map.entry(Year.of(2020), 2.231164505859115),
            Map.entry(Year.of(2021), 2.2158163573412506),
            Map.entry(Year.of(2022), 2.225308373618372),
            Map.entry(Year.of(2023), 3.260153162516579),
            Map.entry(Year.of(2024), 4.120190989357147)));

    // SciPy 1.17.1, scipy.stats.linregress(years, shares) on POLAND: slope, intercept, rvalue², stderr.
    static final double POLAND_SLOPE = 0.15360611550579653;
    static final double POLAND_INTERCEPT = -307.7625303721684;
    static final double POLAND_R_SQUARED = 0.5384392016499717;
    static final double POLAND_SLOPE_SE = 0.047406006743205574;

    @Test
    void fitsPolandsSharesAsSciPyDoes() {
        LinearTrend t = LinearTrend.fit(POLAND);
        // Sums over 11 years near 2019 in double: agreement to 1e-10 relative is well within rounding.
        assertThat(t.slope()).isCloseTo(POLAND_SLOPE, within(1e-12));
        assertThat(t.intercept()).isCloseTo(POLAND_INTERCEPT, within(1e-8));
        assertThat(t.rSquared()).isCloseTo(POLAND_R_SQUARED, within(1e-12));
        assertThat(t.slopeStandardError().orElseThrow()).isCloseTo(POLAND_SLOPE_SE, within(1e-12));
        assertThat(t.n()).isEqualTo(11);
        assertThat(t.firstYear()).isEqualTo(Year.of(2014));
        assertThat(t.lastYear()).isEqualTo(Year.of(2024));
    }

    @Test
    void fitsPolandsSharesAsANaiveImplementationDoes() {
        LinearTrend t = LinearTrend.fit(POLAND);
        double[] naive = naiveOls(POLAND);
        assertThat(t.slope()).isCloseTo(naive[0], within(1e-12));
        assertThat(t.intercept()).isCloseTo(naive[1], within(1e-8));
        assertThat(t.rSquared()).isCloseTo(naive[2], within(1e-12));
        assertThat(t.slopeStandardError().orElseThrow()).isCloseTo(naive[3], within(1e-12));
        // SciPy: intercept + slope × 2030 = 4.0578841045986
        assertThat(t.valueIn(Year.of(2030))).isCloseTo(4.0578841045986, within(1e-9));
    }

    @Test
    void fitsAnExactLine() {
        LinearTrend t = LinearTrend.fit(Map.of(Year.of(2020), 1.0, Year.of(2021), 1.5, Year.of(2022), 2.0));
        // By hand: the points lie on value = 0.5 × year − 1009.
        assertThat(t.slope()).isCloseTo(0.5, within(1e-12));
        assertThat(t.intercept()).isCloseTo(-1009, within(1e-9));
        assertThat(t.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(t.slopeStandardError().orElseThrow()).isCloseTo(0, within(1e-9));
        assertThat(t.valueIn(Year.of(2030))).isCloseTo(6, within(1e-9));
    }

    @Test
    void twoPointsLeaveNoStandardError() {
        LinearTrend t = LinearTrend.fit(Map.of(Year.of(2014), 1.0, Year.of(2024), 2.0));
        assertThat(t.slope()).isCloseTo(0.1, within(1e-12));
        assertThat(t.rSquared()).isEqualTo(1);
        assertThat(t.slopeStandardError()).isEmpty();
        assertThat(t.n()).isEqualTo(2);
    }

    @Test
    void aConstantSeriesIsAFlatLineThatFitsExactly() {
        LinearTrend t = LinearTrend.fit(Map.of(Year.of(2020), 2.0, Year.of(2021), 2.0, Year.of(2022), 2.0));
        assertThat(t).isEqualTo(new LinearTrend(0, 2, 1, OptionalDouble.of(0), 3, Year.of(2020), Year.of(2022)));
    }

    @Test
    void countsSeveralPointsInOneYear() {
        record P(Year year, double value) {
        }
        LinearTrend t = Stream.of(new P(Year.of(2020), 1), new P(Year.of(2020), 3), new P(Year.of(2022), 4))
                .collect(LinearTrend.fitting(P::year, P::value));
        // By hand: x̄ = 2020 2/3, ȳ = 8/3; Sxy = (−2/3)(−5/3) + (−2/3)(1/3) + (4/3)(4/3) = 24/9; Sxx = 24/9; slope 1.
        assertThat(t.n()).isEqualTo(3);
        assertThat(t.slope()).isCloseTo(1, within(1e-9));
        assertThat(t.valueIn(Year.of(2020))).isCloseTo(2, within(1e-9));
    }

    @ParameterizedTest(name = "Poland''s line reaches {0}% in {1}")
    @CsvSource({
            // SciPy: (target − intercept) / slope = 2026.368… for 3.5, 2036.133… for 5, 2016.603… for 2;
            // the line is 1.600 in 2014, so anything up to that is reached in the first year.
            "3.5, 2027",
            "5.0, 2037",
            "2.0, 2017",
            "1.6, 2014",
            "0.5, 2014",
    })
    void findsTheFirstYearPolandsLineReachesATarget(double target, int year) {
        assertThat(LinearTrend.fit(POLAND).yearReaching(target)).contains(Year.of(year));
        assertThat(LinearTrend.fit(POLAND).yearReaching(Share.ofPercent(target))).contains(Year.of(year));
    }

    @Test
    void theYearReachedIsTheFirstWhoseFittedValueIsAtOrAboveTheTarget() {
        LinearTrend t = LinearTrend.fit(POLAND);
        Year y = t.yearReaching(3.5).orElseThrow();
        assertThat(t.valueIn(y)).isGreaterThanOrEqualTo(3.5);
        assertThat(t.valueIn(y.minusYears(1))).isLessThan(3.5);
    }

    @Test
    void aLineThatIsFlatOrFallsBelowTheTargetNeverReachesIt() {
        LinearTrend falling = LinearTrend.fit(Map.of(Year.of(2020), 2.0, Year.of(2021), 1.9, Year.of(2022), 1.8));
        assertThat(falling.yearReaching(3.5)).isEmpty();
        LinearTrend flat = LinearTrend.fit(Map.of(Year.of(2020), 2.0, Year.of(2021), 2.0));
        assertThat(flat.yearReaching(3.5)).isEmpty();
        assertThat(flat.yearReaching(2.0)).contains(Year.of(2020));
    }

    @Test
    void aFallingLineAboveTheTargetReachesItInTheFirstYear() {
        LinearTrend falling = LinearTrend.fit(Map.of(Year.of(2020), 4.0, Year.of(2021), 3.0, Year.of(2022), 2.0));
        assertThat(falling.yearReaching(3.5)).contains(Year.of(2020));
    }

    @Test
    void aTargetBeyondTheLastRepresentableYearIsNeverReached() {
        LinearTrend t = LinearTrend.fit(Map.of(Year.of(2020), 1.0, Year.of(2021), 1.5));
        // By hand: the line reaches 1e12 around year 2·10^12, after Year.MAX_VALUE (999,999,999).
        assertThat(t.yearReaching(1e12)).isEmpty();
        // By hand: 1 + 0.5 (Y − 2020) ≥ 4.2 ⇔ Y ≥ 2026.4: 2027.
        assertThat(t.yearReaching(4.2)).isEqualTo(Optional.of(Year.of(2027)));
    }

    @Test
    void refusesFewerThanTwoYears() {
        assertThatThrownBy(() -> LinearTrend.fit(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a trend needs values in at least two distinct years, but got none");
        assertThatThrownBy(() -> LinearTrend.fit(Map.of(Year.of(2024), 2.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a trend needs values in at least two distinct years, but got one, in 2024");
        record P(Year year, double value) {
        }
        assertThatThrownBy(() -> Stream.of(new P(Year.of(2024), 1), new P(Year.of(2024), 2))
                .collect(LinearTrend.fitting(P::year, P::value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a trend needs values in at least two distinct years, but all 2 are in 2024");
    }

    @Test
    void refusesValuesAndTargetsThatAreNotFinite() {
        Map<Year, Double> values = new LinkedHashMap<>();
        values.put(Year.of(2020), 1.0);
        values.put(Year.of(2021), Double.NaN);
        assertThatThrownBy(() -> LinearTrend.fit(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value for 2021 is not a finite number: NaN");
        assertThatThrownBy(() -> LinearTrend.fit(POLAND).yearReaching(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be a finite number, not Infinity");
    }

    @Test
    void refusesInconsistentFigures() {
        assertThatThrownBy(() -> new LinearTrend(1, 0, 1.5, OptionalDouble.empty(), 2, Year.of(2020), Year.of(2021)))
                .hasMessage("rSquared must lie between 0 and 1, not 1.5");
        assertThatThrownBy(() -> new LinearTrend(1, 0, 1, OptionalDouble.empty(), 2, Year.of(2021), Year.of(2021)))
                .hasMessage("a trend covers at least two years, but firstYear 2021 is not before lastYear 2021");
    }

    @Test
    void printsToFourSignificantDigits() {
        // The SciPy figures above, to four significant digits.
        assertThat(LinearTrend.fit(POLAND))
                .hasToString("2014-2024 n=11: slope=0.1536/year intercept=-307.8 r²=0.5384 se(slope)=0.04741");
        assertThat(LinearTrend.fit(Map.of(Year.of(2014), 1.0, Year.of(2024), 2.0)))
                .hasToString("2014-2024 n=2: slope=0.1/year intercept=-200.4 r²=1");
    }

    /** Ordinary least squares written out from the textbook formulas: slope, intercept, r², se(slope). */
    static double[] naiveOls(Map<Year, Double> points) {
        int n = points.size();
        double mx = 0;
        double my = 0;
        for (Map.Entry<Year, Double> p : points.entrySet()) {
            mx += p.getKey().getValue();
            my += p.getValue();
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (Map.Entry<Year, Double> p : points.entrySet()) {
            double dx = p.getKey().getValue() - mx;
            double dy = p.getValue() - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (Map.Entry<Year, Double> p : points.entrySet()) {
            double r = p.getValue() - intercept - slope * p.getKey().getValue();
            sse += r * r;
        }
        return new double[] {slope, intercept, 1 - sse / syy, Math.sqrt(sse / (n - 2) / sxx)};
    }
}
