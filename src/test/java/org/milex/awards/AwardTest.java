package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.milex.awards.AwardTableTest.eur;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AwardTest {
    @Test
    void validatesItsParts() {
        Award a = Award.of("A1", LocalDate.parse("2024-03-01"), "DEU", "Rheinmetall", eur("1.50"), "35300000");
        assertThat(a.year()).isEqualTo(Year.of(2024));
        assertThatThrownBy(() -> Award.of(" ", LocalDate.parse("2024-03-01"), "DEU", "R", eur("1")))
                .hasMessage("an award's id is not blank, not ' '");
        assertThatThrownBy(() -> Award.of("A1", LocalDate.parse("2024-03-01"), "DEU", "R", eur("1"), ""))
                .hasMessage("an award's category is not blank, not ''");
        assertThatThrownBy(() -> Award.of("A1", LocalDate.parse("2024-03-01"), "DEU", "R", eur("1.001")))
                .hasMessage("more decimals than EUR's 2 decimals (milex does not round)");
    }

    @Test
    void groupKeysAndTotalsPrint() {
        assertThat(BuyerYear.of("DEU", 2024)).hasToString("DEU 2024");
        assertThat(BuyerYear.of("DEU", 2024)).isLessThan(BuyerYear.of("FRA", 2001));
        assertThat(new GroupTotal("KNDS", eur("2800000.01"), 2))
                .hasToString("KNDS: EUR 2.80000001 mn (current prices) in 2 awards");
        assertThatThrownBy(() -> new GroupTotal("KNDS", eur("1"), 0))
                .hasMessage("a group total sums at least one award, not 0");
    }
}
