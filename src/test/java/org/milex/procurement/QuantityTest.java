package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void printsItsQualifier() {
        // contracts-aid.md §2: Patriot GEM-T "up to 1,000"; 155 mm "≈ 220,000 shells"; §1: Stinger 940
        assertThat(Quantity.of(Qualifier.UP_TO, 1000)).hasToString("up to 1000");
        assertThat(Quantity.of(Qualifier.ABOUT, 220_000)).hasToString("about 220000");
        assertThat(Quantity.of(940)).hasToString("940");
        assertThat(Quantity.of(940).isExact()).isTrue();
    }

    @Test
    void isPositive() {
        assertThatThrownBy(() -> Quantity.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity is at least 1, not 0");
    }
}
