package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SipriValueTest {

    @Test
    void holdsAFigureExactlyWhenTheStatusHasOne() {
        assertThat(SipriValue.of(Year.of(2024), 4.12, SipriStatus.ESTIMATE).isPresent()).isTrue();
        assertThat(SipriValue.absent(Year.of(1950), SipriStatus.UNAVAILABLE).value()).isEmpty();
        assertThatThrownBy(() -> new SipriValue(Year.of(2024), OptionalDouble.of(1), SipriStatus.UNAVAILABLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2024: a unavailable cell holds no figure, not 1.0");
        assertThatThrownBy(() -> SipriValue.absent(Year.of(2024), SipriStatus.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2024: a published cell must hold a figure");
        assertThatThrownBy(() -> SipriValue.of(Year.of(2024), Double.NaN, SipriStatus.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a finite number");
    }

    @Test
    void printsLikeTheSheet() {
        assertThat(SipriValue.of(Year.of(2024), 4.12, SipriStatus.PUBLISHED)).hasToString("2024: 4.12 (published)");
        assertThat(SipriValue.absent(Year.of(1950), SipriStatus.UNAVAILABLE)).hasToString("1950: ... (unavailable)");
        assertThat(SipriValue.absent(Year.of(1991), SipriStatus.NOT_INDEPENDENT)).hasToString("1991: xxx (not independent)");
        assertThat(SipriValue.absent(Year.of(1960), SipriStatus.NOT_COVERED)).hasToString("1960: - (not covered)");
    }
}
