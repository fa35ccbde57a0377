package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AllyGroupTest {

    @ParameterizedTest
    @CsvSource({
        // 28 allies before Montenegro (2017), 29 before North Macedonia (2020), 30 before Finland (2023),
        // 31 before Sweden (2024): the accession dates in NATO 2024-06's TABLE3 note
        "2014, 28, 27",
        "2017, 29, 28",
        "2020, 30, 29",
        "2022, 30, 29",
        "2023, 31, 30",
        "2024, 32, 31",
    })
    void membershipChangesWithAccessions(int year, int nato, int europeCanada) {
        assertThat(AllyGroup.NATO.members(Year.of(year))).hasSize(nato);
        assertThat(AllyGroup.EUROPE_CANADA.members(Year.of(year))).hasSize(europeCanada);
        assertThat(AllyGroup.EUROPEAN_ALLIES.members(Year.of(year))).hasSize(europeCanada - 1);
    }

    @Test
    void membershipOnADate() {
        assertThat(AllyGroup.NATO.membersOn(LocalDate.of(2024, 3, 6))).hasSize(31);
        assertThat(AllyGroup.NATO.membersOn(LocalDate.of(2024, 3, 7))).hasSize(32);
    }

    @Test
    void europeAndCanadaLeavesOutTheUnitedStatesOnly() {
        assertThat(AllyGroup.EUROPE_CANADA.contains(Ally.of("CAN"), Year.of(2024))).isTrue();
        assertThat(AllyGroup.EUROPE_CANADA.contains(Ally.of("USA"), Year.of(2024))).isFalse();
        assertThat(AllyGroup.EUROPEAN_ALLIES.contains(Ally.of("CAN"), Year.of(2024))).isFalse();
    }

    @Test
    void usersDefineTheirOwnGroups() {
        AllyGroup baltics = AllyGroup.of("BALTICS", "Baltic states", List.of(Ally.of("EST"), Ally.of("LVA"), Ally.of("LTU")));
        assertThat(baltics.members(Year.of(2024))).extracting(Ally::code).containsExactly("EST", "LVA", "LTU");
        AllyGroup nordics = AllyGroup.of("NORDICS", "Nordic allies",
                List.of(Ally.of("DNK"), Ally.of("FIN"), Ally.of("ISL"), Ally.of("NOR"), Ally.of("SWE")));
        assertThat(nordics.members(Year.of(2022))).extracting(Ally::code).containsExactly("DNK", "ISL", "NOR");
    }

    @Test
    void groupsAreFoundByCode() {
        assertThat(AllyGroup.of("EUROPE_CANADA")).isSameAs(AllyGroup.EUROPE_CANADA);
        assertThat(Subject.of("NATO")).isSameAs(AllyGroup.NATO);
        assertThat(Subject.of("POL")).isEqualTo(Ally.of("POL"));
        assertThatThrownBy(() -> AllyGroup.of("EU"))
                .hasMessage("unknown group code 'EU'; the groups are NATO, EUROPE_CANADA, EUROPEAN_ALLIES");
    }
}
