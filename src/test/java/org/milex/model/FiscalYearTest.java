package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;

/** Which months NATO's year stands for, per ally, against NATO's note on fiscal years. */
class FiscalYearTest {

    @Test
    void canadaAndTheUnitedKingdomReportAprilToMarch() {
        // NATO's notes (2025 tables): "2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom"
        for (String code : List.of("CAN", "GBR")) {
            FiscalYear f = FiscalYear.of(Ally.of(code));
            assertThat(f.firstMonth()).isEqualTo(Month.APRIL);
            FiscalYear.Period p = f.periodOf(Year.of(2025));
            assertThat(p.start()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(p.label()).isEqualTo("2025/26");
            assertThat(p.contains(LocalDate.of(2026, 1, 15))).isTrue();
            assertThat(f.source()).contains("2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom");
        }
        assertThat(FiscalYear.of(Ally.of("GBR")).periodOf(Year.of(2099)).label()).isEqualTo("2099/00");
    }

    @Test
    void everyOtherAllyReportsCalendarYears() {
        // the note names only Canada and the United Kingdom
        List<String> other = Ally.all().stream().map(FiscalYear::of).filter(f -> !f.isCalendarYear())
                .map(f -> f.ally().code()).toList();
        assertThat(other).containsExactlyInAnyOrder("CAN", "GBR");
        FiscalYear.Period pl = FiscalYear.of(Ally.of("POL")).periodOf(Year.of(2025));
        assertThat(pl.toString()).isEqualTo("2025 (2025-01-01 to 2025-12-31)");
    }

    @Test
    void anObservationSaysWhichMonthsItCovers() {
        Dataset d = Dataset.embedded();
        // NATO 2024-06 TABLE3: United Kingdom 2024e = 2.33 covers the fiscal year 2024/25
        Observation uk = d.find(Ally.of("GBR"), Year.of(2024)).orElseThrow();
        assertThat(uk.period()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("2024/25"));
        assertThat(d.find(AllyGroup.NATO, Year.of(2024)).orElseThrow().period()).isEmpty();
    }
}
