package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;

class ObservationTest {
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");

    @Test
    void aMeasureNotPublishedIsAbsentNotZero() {
        Observation o = Observation.builder(Ally.of("POL"), Year.of(2024), JUNE_2024)
                .set(Measure.SHARE_OF_GDP, 4.1201909893571473).build();
        assertThat(o.value(Measure.PERSONNEL)).isEmpty();
        assertThat(o.has(Measure.PERSONNEL)).isFalse();
        assertThat(o.shareOfGdp()).contains(Share.ofPercent(4.1201909893571473));
        assertThat(o.expenditure(PriceBasis.current())).isEmpty();
        assertThat(o.isEstimate()).isTrue();
        assertThat(o.source(Measure.SHARE_OF_GDP)).isEqualTo("NATO-2024-06, TABLE3 \"Share of real GDP (%)\"");
        assertThatThrownBy(() -> o.source(Measure.PERSONNEL))
                .hasMessage("NATO-2024-06 publishes no personnel_thousands for POL 2024");
    }

    @Test
    void rejectsAShareAboveHundred() {
        assertThatThrownBy(() -> Observation.builder(Ally.of("POL"), Year.of(2024), JUNE_2024)
                .set(Measure.SHARE_OF_GDP, 412).build())
                .hasMessage("POL 2024 share_of_gdp_pct: a share must lie between 0 and 100, not 412.0");
    }

    @Test
    void icelandHasNoDefenceFigures() {
        Observation gdpOnly = Observation.builder(Ally.of("ISL"), Year.of(2024), JUNE_2024)
                .set(Measure.REAL_GDP_USD_CONSTANT, 23420.422350196794).build();
        assertThat(gdpOnly.gdp(PriceBasis.constant(2015))).isPresent();
        assertThatThrownBy(() -> Observation.builder(Ally.of("ISL"), Year.of(2024), JUNE_2024)
                .set(Measure.SHARE_OF_GDP, 0.1).build())
                .hasMessage("ISL 2024 share_of_gdp_pct: Iceland has no armed forces and no defence figures");
    }

    @Test
    void doesNotRebaseConstantPrices() {
        Observation o = Observation.builder(Ally.of("POL"), Year.of(2024), JUNE_2024)
                .set(Measure.EXPENDITURE_USD_CONSTANT, 26838.518139126078).build();
        assertThat(o.expenditure(PriceBasis.constant(2015))).isPresent();
        assertThatThrownBy(() -> o.expenditure(PriceBasis.constant(2021)))
                .hasMessage("edition NATO-2024-06 publishes constant 2015 prices, not constant 2021 prices; "
                        + "milex does not rebase figures");
    }

    @Test
    void nationalCurrencyIsTheAllysOwn() {
        Observation o = Observation.builder(Ally.of("POL"), Year.of(2024), JUNE_2024)
                .set(Measure.EXPENDITURE_NATIONAL_CURRENT, 151240.714).build();
        assertThat(o.expenditureNational(PriceBasis.current()).orElseThrow().currency().getCurrencyCode()).isEqualTo("PLN");
        assertThatThrownBy(() -> Observation.builder(AllyGroup.NATO, Year.of(2024), JUNE_2024)
                .set(Measure.EXPENDITURE_NATIONAL_CURRENT, 1).build())
                .hasMessage("NATO 2024 expenditure_nc_current_mn: a group has no national currency");
    }

    @Test
    void yearsOutsideTheEditionAndDoubleValuesAreErrors() {
        assertThatThrownBy(() -> Observation.builder(Ally.of("POL"), Year.of(2025), JUNE_2024).build())
                .hasMessage("POL 2025: edition NATO-2024-06 covers 2014-2024 only");
        assertThatThrownBy(() -> Observation.builder(Ally.of("POL"), Year.of(2024), JUNE_2024)
                .set(Measure.PERSONNEL, 1).set(Measure.PERSONNEL, 2))
                .hasMessage("POL 2024: personnel_thousands is set twice");
    }
}
