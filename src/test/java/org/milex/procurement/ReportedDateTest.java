package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

    @Test
    void aDay() {
        // contracts-aid.md §1: Stinger contract signed 2024-07-09
        ReportedDate d = ReportedDate.parse("2024-07-09");
        assertThat(d.day()).contains(LocalDate.of(2024, 7, 9));
        assertThat(d.month()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(d.isDayKnown()).isTrue();
        assertThat(d).hasToString("2024-07-09");
    }

    @Test
    void onlyAMonth() {
        // contracts-aid.md §1: DSCA Stinger approval "late December 2023 (exact day not found)"
        ReportedDate d = ReportedDate.parse("2023-12");
        assertThat(d.day()).isEmpty();
        assertThat(d.year()).isEqualTo(Year.of(2023));
        assertThat(d).hasToString("2023-12");
        assertThat(d).isEqualTo(ReportedDate.of(YearMonth.of(2023, 12)));
    }

    @Test
    void theDayLiesInTheMonth() {
        assertThatThrownBy(() -> new ReportedDate(YearMonth.of(2023, 12), Optional.of(LocalDate.of(2024, 1, 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day 2024-01-03 does not lie in month 2023-12");
    }

    @Test
    void rejectsOtherForms() {
        assertThatThrownBy(() -> ReportedDate.parse("Dec 2023")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ReportedDate.parse("2024-02-30")).isInstanceOf(DateTimeParseException.class);
    }
}
