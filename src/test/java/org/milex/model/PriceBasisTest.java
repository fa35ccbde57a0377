package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;

class PriceBasisTest {

    @Test
    void printsAndParses() {
        assertThat(PriceBasis.current()).hasToString("current prices");
        assertThat(PriceBasis.constant(Year.of(2015))).hasToString("constant 2015 prices");
        assertThat(PriceBasis.parse("constant 2021 prices")).isEqualTo(PriceBasis.constant(2021));
        assertThat(PriceBasis.parse("current prices")).isSameAs(PriceBasis.current());
        assertThatThrownBy(() -> PriceBasis.parse("real"))
                .hasMessage("not a price basis: 'real' (expected 'current prices' or 'constant YYYY prices')");
    }

    @Test
    void basesOfDifferentYearsDiffer() {
        assertThat(PriceBasis.constant(2015)).isNotEqualTo(PriceBasis.constant(2021));
        assertThat(PriceBasis.constant(2015).isCurrent()).isFalse();
        assertThat(PriceBasis.current().isCurrent()).isTrue();
    }
}
