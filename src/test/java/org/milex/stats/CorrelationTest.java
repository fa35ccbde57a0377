package org.milex.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;

class CorrelationTest {
    private static final double[] X = {1, 2, 3, 4, 5};
    private static final double[] Y = {2, 4, 5, 4, 5};

    @Test
    void pearsonAsWorkedByHand() {
        Correlation c = Correlation.of(X, Y);
        // By hand: x̄ = 3, ȳ = 4; Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 6; r = 6/√60 = √0.6.
        assertThat(c.n()).isEqualTo(5);
        assertThat(c.pearson()).isCloseTo(Math.sqrt(0.6), within(1e-12));
        assertThat(c.pearson()).isCloseTo(naivePearson(X, Y), within(1e-12));
    }

    @Test
    void pValueFromStudentsTWithThreeDegreesOfFreedom() {
        Correlation c = Correlation.of(X, Y);
        // By hand: t = √0.6 · √(3 / 0.4) = √4.5. Student's t with 3 degrees of freedom has the closed form
        // P(|T| > t) = 1 − (2/π)(θ + sin θ cos θ), θ = atan(t/√3) (Abramowitz and Stegun 26.7.3).
        double t = Math.sqrt(4.5);
        double theta = Math.atan(t / Math.sqrt(3));
        double p = 1 - 2 / Math.PI * (theta + Math.sin(theta) * Math.cos(theta));
        assertThat(c.pValue()).isCloseTo(p, within(1e-9));
        // SciPy 1.17.1 scipy.stats.pearsonr(X, Y).pvalue = 0.1240270626575546
        assertThat(c.pValue()).isCloseTo(0.1240270626575546, within(1e-9));
    }

    @Test
    void spearmanIsPearsonOfAverageRanks() {
        Correlation c = Correlation.of(X, Y);
        // By hand: Y's ranks, ties sharing the mean rank: 2 → 1, 4 → 2.5, 5 → 4.5.
        double[] yRanks = {1, 2.5, 4.5, 2.5, 4.5};
        assertThat(c.spearman()).isCloseTo(naivePearson(X, yRanks), within(1e-12));
        // SciPy 1.17.1 scipy.stats.spearmanr(X, Y).statistic = 0.7378647873726218
        assertThat(c.spearman()).isCloseTo(0.7378647873726218, within(1e-12));
    }

    @Test
    void perfectCorrelationHasPValueZero() {
        Correlation up = Correlation.of(X, new double[] {2, 4, 6, 8, 10});
        assertThat(up.pearson()).isEqualTo(1);
        assertThat(up.spearman()).isEqualTo(1);
        assertThat(up.pValue()).isEqualTo(0);
        Correlation down = Correlation.of(X, new double[] {5, 4, 3, 2, 1});
        assertThat(down.pearson()).isEqualTo(-1);
        assertThat(down.spearman()).isEqualTo(-1);
    }

    @Test
    void correlatesTwoMeasuresOfTheAllies() {
        Edition e = Edition.parse("NATO-2024-06");
        List<Observation> allies2024 = Dataset.embedded().observations(e).stream()
                .filter(o -> o.subject() instanceof Ally && o.year().equals(Year.of(2024)))
                .filter(o -> o.has(Measure.SHARE_OF_GDP) && o.has(Measure.EQUIPMENT_SHARE))
                .toList();
        Correlation c = Correlation.of(allies2024, o -> o.value(Measure.SHARE_OF_GDP).getAsDouble(),
                o -> o.value(Measure.EQUIPMENT_SHARE).getAsDouble());
        // SciPy 1.17.1 on data/nato/NATO-2024-06.csv, year 2024, the 31 allies with both share_of_gdp_pct and
        // equipment_share_pct: pearsonr = 0.4172587872799442, p = 0.019522960176243928;
        // spearmanr = 0.36612903225806454.
        assertThat(c.n()).isEqualTo(31);
        assertThat(c.pearson()).isCloseTo(0.4172587872799442, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.019522960176243928, within(1e-9));
        assertThat(c.spearman()).isCloseTo(0.36612903225806454, within(1e-12));
    }

    @Test
    void refusesFewerThanThreePairs() {
        assertThatThrownBy(() -> Correlation.of(new double[] {1, 2}, new double[] {3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a correlation needs at least 3 pairs, but got 2");
    }

    @Test
    void refusesSeriesThatAreNotPaired() {
        assertThatThrownBy(() -> Correlation.of(new double[] {1, 2, 3}, new double[] {3, 4, 5, 6}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the series must be paired, but x has 3 values and y 4");
    }

    @Test
    void refusesAConstantSeries() {
        assertThatThrownBy(() -> Correlation.of(X, new double[] {1, 1, 1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series y is constant (every value is 1.0): its correlation is undefined");
    }

    @Test
    void refusesValuesThatAreNotFinite() {
        assertThatThrownBy(() -> Correlation.of(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pair 1 is not finite: (NaN, 2.0)");
    }

    @Test
    void refusesInconsistentFigures() {
        assertThatThrownBy(() -> new Correlation(5, 1.2, 0.5, 0.5))
                .hasMessage("pearson must lie between -1 and 1, not 1.2");
        assertThatThrownBy(() -> new Correlation(5, 0.5, Double.NaN, 0.5))
                .hasMessage("pValue must lie between 0 and 1, not NaN");
    }

    @Test
    void printsToFourSignificantDigits() {
        assertThat(Correlation.of(X, Y)).hasToString("n=5 pearson=0.7746 p=0.124 spearman=0.7379");
    }

    static double naivePearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
