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
    void findsTheYearPolandsTrendReachesTheHagueTarget() {
        // SciPy: (3.5 − intercept) / slope = 2026.368… on Poland's 2014-2024 shares: 2027.
        assertThat(Trends.yearReaching(DATA, Ally.of("POL"), JUNE_2024, Guideline.hagueCore().threshold()))
                .contains(Year.of(2027));
        // SciPy: 2016.603… for 2%.
        assertThat(Trends.yearReaching(DATA, Ally.of("POL"), JUNE_2024, Guideline.twoPercentOfGdp().threshold()))
                .contains(Year.of(2017));
    }

    @Test
    void aLineThatStartsAboveTheTargetReachesItInTheFirstYear() {
        // SciPy on the United States' shares 2014-2024: slope −0.0228 a year, fitted 3.546% in 2014, above 3.5%.
        assertThat(Trends.yearReaching(DATA, Ally.of("USA"), JUNE_2024, Guideline.hagueCore().threshold()))
                .contains(Year.of(2014));
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
