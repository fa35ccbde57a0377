package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SipriReleaseTest {

    @Test
    void isIdentifiedByDatabaseYearAndMonthCreated() {
        // SIPRI's April 2025 release: citation year 2025, docProps/core.xml created 2025-04-24
        SipriRelease r = new SipriRelease(Year.of(2025), Year.of(1949), Year.of(2024), Optional.of(LocalDate.of(2025, 4, 24)));
        assertThat(r.id()).isEqualTo("SIPRI-2025-04");
        assertThat(r).hasToString("SIPRI-2025-04 (1949-2024)");
        assertThat(r.citation()).isEqualTo("SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex");
    }

    @Test
    void leavesTheMonthOutWithoutACreationDateInTheDatabaseYear() {
        assertThat(new SipriRelease(Year.of(2025), Year.of(1949), Year.of(2024), Optional.empty()).id()).isEqualTo("SIPRI-2025");
        assertThat(new SipriRelease(Year.of(2025), Year.of(1949), Year.of(2024), Optional.of(LocalDate.of(2026, 1, 2))).id())
                .isEqualTo("SIPRI-2025");
    }

    @Test
    void rejectsYearsOutOfOrder() {
        assertThatThrownBy(() -> new SipriRelease(Year.of(2025), Year.of(2024), Year.of(1949), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the last year 1949 is before the first 2024");
    }
}
