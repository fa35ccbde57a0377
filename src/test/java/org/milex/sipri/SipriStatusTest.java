package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipriStatusTest {

    @ParameterizedTest
    @CsvSource({
        "PUBLISHED,       true,  false, published",
        "ESTIMATE,        true,  true,  SIPRI estimate",
        "UNCERTAIN,       true,  true,  highly uncertain",
        "UNAVAILABLE,     false, false, unavailable",
        "NOT_INDEPENDENT, false, false, not independent",
        "NOT_COVERED,     false, false, not covered",
    })
    void saysWhetherACellHoldsAFigure(SipriStatus s, boolean hasValue, boolean qualified, String label) {
        assertThat(s.hasValue()).isEqualTo(hasValue);
        assertThat(s.isQualified()).isEqualTo(qualified);
        assertThat(s).hasToString(label);
    }

    @Test
    void roundTripsItsCode() {
        for (SipriStatus s : SipriStatus.values()) {
            assertThat(SipriStatus.ofCode(s.code())).isSameAs(s);
        }
    }
}
