package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Optional;
import org.milex.data.Dataset;
import org.milex.model.Guideline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceHistoryTest {
    private static final ComplianceHistory TWO = Query.of(Dataset.embedded())
            .complianceHistory(Guideline.twoPercentOfGdp());

    @Test
    void countsYearByYear() {
        // Derived by hand from data/nato/NATO-2024-06.csv (TABLE3): for each year, allies with accession
        // year ≤ year (data/allies.csv) and share_of_gdp_pct ≥ 2; members include Iceland (no figure).
        // NATO's own statements: 3 in 2014, 10 in 2023 (2023e), 23 in 2024 (2024e).
        assertThat(TWO.counts().list()).extracting(ComplianceHistory.YearCount::meeting)
                .containsExactly(3, 5, 5, 4, 6, 7, 9, 6, 7, 10, 23);
        assertThat(TWO.counts().list()).extracting(ComplianceHistory.YearCount::members)
                .containsExactly(28, 28, 28, 29, 29, 29, 30, 30, 30, 31, 32);
        assertThat(TWO.counts().list()).allMatch(c -> c.withoutFigure() == 1);
        assertThat(TWO.counts().list()).extracting(ComplianceHistory.YearCount::estimate)
                .containsExactly(false, false, false, false, false, false, false, false, false, true, true);
        assertThat(TWO.toString()).contains("2024       23       32               1  yes");
    }

    @ParameterizedTest(name = "{0} first met 2% in {1}")
    @CsvSource({
            // data/nato/NATO-2024-06.csv TABLE3, first year with share_of_gdp_pct ≥ 2 as a member
            "USA, 2014, 11",
            "POL, 2015, 8",   // 2015, 2016 (2.0005), 2018, 2020-2024
            "FIN, 2023, 2",   // member from 2023; 2.45 in 2023
            "LTU, 2019, 5",   // 2019 exactly 2.0, 2020, 2022-2024
            "SVK, 2024, 1",   // 2.0 typed in by NATO for 2024e
    })
    void firstYearMet(String code, int year, int yearsMet) {
        ComplianceHistory.FirstYear f = TWO.firstYears().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        assertThat(f.firstYear()).contains(Year.of(year));
        assertThat(f.yearsMet()).isEqualTo(yearsMet);
    }

    @Test
    void neverMetIsEmptyAndMembershipYearsAreCounted() {
        // NATO-2024-06 TABLE3: Belgium below 2% in every year 2014-2024; Sweden a member only in 2024
        assertThat(TWO.firstYears().stream().filter(x -> x.code().equals("BEL")).findFirst().orElseThrow())
                .isEqualTo(new ComplianceHistory.FirstYear("BEL", "Belgium", Optional.empty(), 0, 11));
        assertThat(TWO.firstYears().stream().filter(x -> x.code().equals("SWE")).findFirst().orElseThrow().yearsMember())
                .isEqualTo(1);
    }

    @Test
    void streaksAreMaximalRunsOfConsecutiveYears() {
        // NATO-2024-06 TABLE3, Poland ≥ 2: 2015, 2016, 2018, 2020-2024 (2017: 1.89, 2019: 1.98)
        assertThat(TWO.streaks().stream().filter(s -> s.code().equals("POL")).toList()).containsExactly(
                new ComplianceHistory.Streak("POL", "Poland", Year.of(2015), Year.of(2016), 2, false),
                new ComplianceHistory.Streak("POL", "Poland", Year.of(2018), Year.of(2018), 1, false),
                new ComplianceHistory.Streak("POL", "Poland", Year.of(2020), Year.of(2024), 5, true));
        // Estonia ≥ 2 from 2015 through 2024
        assertThat(TWO.streaks().stream().filter(s -> s.code().equals("EST")).toList()).containsExactly(
                new ComplianceHistory.Streak("EST", "Estonia", Year.of(2015), Year.of(2024), 10, true));
    }

    @Test
    void oneYearOfTheHistory() {
        assertThat(TWO.at(Year.of(2023)).count()).isEqualTo(10);
        assertThatThrownBy(() -> TWO.at(Year.of(2013))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2013 was not checked");
    }

    @Test
    void recordsRejectInconsistentParts() {
        assertThatThrownBy(() -> new ComplianceHistory.Streak("POL", "Poland", Year.of(2020), Year.of(2024), 4, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lasts 5 years, not 4");
        assertThatThrownBy(() -> new ComplianceHistory.YearCount(Year.of(2024), 23, 20, 1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
