package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllyTest {

    @Test
    void thereAreThirtyTwoAllies() {
        // NATO member countries since Sweden's accession on 7 March 2024: 32 (TABLE3 note of NATO 2024-06)
        assertThat(Ally.all()).hasSize(32);
        assertThat(Ally.all()).extracting(Ally::code).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        // accession dates as printed in the note under NATO 2024-06 TABLE3
        "MNE, 2017-06-05",
        "MKD, 2020-03-27",
        "FIN, 2023-04-04",
        "SWE, 2024-03-07",
    })
    void accessionDatesAreNatos(String code, LocalDate accession) {
        assertThat(Ally.of(code).accession()).isEqualTo(accession);
    }

    @Test
    void membershipCountsFromTheYearOfAccession() {
        // NATO 2024-06, TABLE3 note: aggregates include Sweden "from 2024 onwards", Finland from 2023
        Ally sweden = Ally.of("SWE");
        assertThat(sweden.isMemberIn(Year.of(2023))).isFalse();
        assertThat(sweden.isMemberIn(Year.of(2024))).isTrue();
        assertThat(sweden.isMemberOn(LocalDate.of(2024, 3, 6))).isFalse();
        assertThat(sweden.isMemberOn(LocalDate.of(2024, 3, 7))).isTrue();
    }

    @Test
    void icelandIsAnAllyWithoutArmedForces() {
        assertThat(Ally.of("ISL").hasArmedForces()).isFalse();
        assertThat(Ally.all()).filteredOn(a -> !a.hasArmedForces()).extracting(Ally::code).containsExactly("ISL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // labels as NATO prints them in the 2024-06 workbook
        "Slovak Republic          | SVK",
        "Czechia*                 | CZE",
        "'  Lithuania* '          | LTU",
        "Türkiye                  | TUR",
        "Turkey                   | TUR",
        "north macedonia          | MKD",
    })
    void findsAlliesByTheNamesSourcesUse(String name, String code) {
        assertThat(Ally.fromName(name)).contains(Ally.of(code));
    }

    @Test
    void anUnknownNameIsAbsentAndAnUnknownCodeIsAnError() {
        assertThat(Ally.fromName("Austria")).isEmpty();
        assertThatThrownBy(() -> Ally.of("XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown ally code 'XYZ'; the allies are ALB,BEL,");
        assertThatThrownBy(() -> Ally.of("pol"))
                .hasMessageStartingWith("unknown ally code 'pol'");
    }

    @Test
    void europeanAlliesAreAllButCanadaAndTheUnitedStates() {
        assertThat(Ally.all()).filteredOn(a -> !a.european()).extracting(Ally::code).containsExactly("CAN", "USA");
    }

    @Test
    void printsCodeAndName() {
        assertThat(Ally.of("POL")).hasToString("POL Poland");
    }
}
