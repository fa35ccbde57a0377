package org.milex.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Share;

class TrendsTest {
    private static final Dataset DATA = Dataset.embedded();
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");

    @Test
    void fitsPolandsShareOfGdpOverTheEditionsYears() {
        LinearTrend t = Trends.shareOfGdp(DATA, Ally.of("POL"), JUNE_2024);
        // The same figures as LinearTrendTest.POLAND, typed from data/nato/NATO-2024-06.csv; SciPy's fit.
        assertThat(t).isEqualTo(LinearTrend.fit(LinearTrendTest.POLAND));
        assertThat(t.slope()).isCloseTo(LinearTrendTest.POLAND_SLOPE, within(1e-12));
        assertThat(t.rSquared()).isCloseTo(LinearTrendTest.POLAND_R_SQUARED, within(1e-12));
        assertThat(t.n()).isEqualTo(11);
        assertThat(t.firstYear()).isEqualTo(Year.of(2014));
        assertThat(t.lastYear()).isEqualTo(Year.of(2024));
    }

    @Test
    void anAllyAlreadyAtTheLevelSaysSinceWhenFromThePublishedFigures() {
        // NATO-2024-06 TABLE3, Poland: 2.22 (2022), 3.26 (2023e), 4.12 (2024e): at or above 3.5% since 2024;
        // at or above 2% every year since 2020 (2019: 1.99)
        Reaching r = Trends.yearReaching(DATA, Ally.of("POL"), JUNE_2024, Guideline.hagueCore().threshold());
        assertThat(r.outcome()).isEqualTo(Reaching.Outcome.AT_OR_ABOVE);
        assertThat(r.year()).isEqualTo(Year.of(2024));
        assertThat(r).hasToString("at or above 3.50% since 2024");
        assertThat(Trends.yearReaching(DATA, Ally.of("POL"), JUNE_2024, Guideline.twoPercentOfGdp().threshold()).year())
                .isEqualTo(Year.of(2020));
    }

    @Test
    void aRisingTrendReachesALevelAfterTheData() {
        // Least squares on Poland's 2014-2024 shares (NATO-2024-06 TABLE3): slope 0.15360611550579648, intercept
        // −307.76253037216827; (5 − intercept) / slope = 2036.13…: 2037
        Reaching r = Trends.yearReaching(DATA, Ally.of("POL"), JUNE_2024, Share.ofPercent("5"));
        assertThat(r.outcome()).isEqualTo(Reaching.Outcome.REACHES);
        assertThat(r).hasToString("reaches 5.00% in 2037 on the 2014-2024 trend");
    }

    @Test
    void aFallingLineBelowTheLevelDoesNotReachIt() {
        // NATO-2024-06 TABLE3, United States: 3.71 in 2014, 3.38 in 2024e; the fitted line falls (−0.0228 a year).
        // Issue 7: this used to answer 2014, because the line starts above 3.5%.
        Reaching r = Trends.yearReaching(DATA, Ally.of("USA"), JUNE_2024, Guideline.hagueCore().threshold());
        assertThat(r.outcome()).isEqualTo(Reaching.Outcome.DOES_NOT_REACH);
        assertThat(r.toString()).isEqualTo("does not reach 3.50% on the 2014-2024 trend (below it in 2024, slope -0.02279 a year)");
    }

    @Test
    void fitsAGroupAndAnyMeasure() {
        LinearTrend nato = Trends.shareOfGdp(DATA, AllyGroup.NATO, JUNE_2024);
        // SciPy 1.17.1 linregress on data/nato/NATO-2024-06.csv, code NATO, share_of_gdp_pct 2014-2024.
        assertThat(nato.slope()).isCloseTo(0.015612549115671476, within(1e-12));
        assertThat(nato.intercept()).isCloseTo(-28.985649529472692, within(1e-8));
        assertThat(nato.rSquared()).isCloseTo(0.23758467176076933, within(1e-12));
        assertThat(nato.slopeStandardError().orElseThrow()).isCloseTo(0.009322645357657658, within(1e-12));

        LinearTrend usd = Trends.of(DATA, Ally.of("POL"), Measure.EXPENDITURE_USD_CONSTANT, JUNE_2024);
        // SciPy 1.17.1 linregress on Poland's expenditure_usd_constant_mn 2014-2024: USD mn (2015 prices) a year.
        assertThat(usd.slope()).isCloseTo(1388.4588943275583, within(1e-8));
        assertThat(usd.rSquared()).isCloseTo(0.703445786523499, within(1e-12));
        assertThat(usd.slopeStandardError().orElseThrow()).isCloseTo(300.5027877530721, within(1e-8));
    }

    @Test
    void refusesAnAllyWithoutFigures() {
        // data/nato/NATO-2024-06.csv: Iceland has GDP but no defence figures
        assertThatThrownBy(() -> Trends.shareOfGdp(DATA, Ally.of("ISL"), JUNE_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NATO-2024-06 publishes share_of_gdp_pct for ISL Iceland in 0 years; a trend needs at least 2");
    }

    @Test
    void refusesAnEditionWithOneYear() {
        // data/nato/NATO-2025-04.csv: the interim edition has 2024 only (Poland 4.07)
        assertThatThrownBy(() -> Trends.yearReaching(DATA, Ally.of("POL"), Edition.parse("NATO-2025-04"),
                Guideline.hagueCore().threshold()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NATO-2025-04 publishes share_of_gdp_pct for POL Poland in 1 year (2024); a trend needs at least 2");
    }
}
