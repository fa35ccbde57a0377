package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpanTest {

    @Test
    void aYearOrARangeOfDays() {
        assertThat(Span.parse("2024").year()).contains(Year.of(2024));
        assertThat(Span.parse("2024")).isEqualTo(new Span(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")));
        Span p = Span.parse("2023-07-01..2024-01-23");
        assertThat(p.year()).isEmpty();
        assertThat(p).hasToString("2023-07-01..2024-01-23");
        assertThat(Span.parse("2024-01-01..2024-12-31")).hasToString("2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "1899", "2101", "2024-01", "2024-01-23..2023-07-01", "2023-02-30..2024-01-01",
        "2023-07-01...2024-01-23", "", "２０２４"})
    void rejects(String text) {
        assertThatThrownBy(() -> Span.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
