package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

    @ParameterizedTest(name = "{2} {0} {1} (tolerance {3}) → {4}")
    @CsvSource(delimiter = ';', value = {
        // computed; claimed; operator; tolerance; holds
        "1.4278; 1.43; about; 0.005; true",
        "1.4249; 1.43; about; 0.005; false",
        "1.435; 1.43; about; 0.005; true",
        "45.36; 50; about; 10%; true",
        "44.99; 50; about; 10%; false",
        "430.11; 430; more-than; 10; true",
        "506.69; 430; more-than; 10; false",
        "506.69; 430; more-than; ''; true",
        "430; 430; more-than; ''; false",
        "430; 430; at-least; ''; true",
        "429.99; 430; at-least; ''; false",
        "780; 780; at-most; ''; true",
        "700; 780; at-most; 10%; false",
        "23; 23; equal; ''; true",
        "23.0; 23; equal; ''; true",
        "22; 23; equal; ''; false",
    })
    void holds(String computed, String claimed, String operator, String tolerance, boolean holds) {
        assertThat(Comparison.parse(operator, tolerance).holds(new BigDecimal(computed), new BigDecimal(claimed)))
                .isEqualTo(holds);
    }

    @Test
    void aRelativeToleranceIsAShareOfTheClaimedValue() {
        // 10% of 50 = 5
        assertThat(Comparison.parse("about", "10%").allowance(new BigDecimal("50"))).isEqualByComparingTo("5");
        assertThat(Comparison.parse("about", "0.005").allowance(new BigDecimal("50"))).isEqualByComparingTo("0.005");
    }

    @Test
    void rules() {
        assertThatThrownBy(() -> Comparison.parse("about", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'about' needs a tolerance, e.g. 0.005 or 10%");
        assertThatThrownBy(() -> Comparison.parse("equal", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'equal' takes no tolerance");
        assertThatThrownBy(() -> Comparison.parse("about", "-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a tolerance: '-1' (expected e.g. 0.005 or 10%)");
        assertThat(Comparison.parse("more-than", "10")).hasToString("more than (by at most 10)");
        assertThat(Comparison.parse("about", "10%")).hasToString("about ±10%");
    }

    @Test
    void aPartSaysItsClaimInWords() {
        Computation q = new Computation(Computation.Measure.AID_FIGURE, "x", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of());
        assertThat(new Part("t", q, Comparison.parse("more-than", "10"), new BigDecimal("430"), Unit.USD_BN, "")
                .claimedText()).isEqualTo("more than USD 430 bn (at most +10)");
        assertThat(new Part("t", q, Comparison.parse("about", "10%"), new BigDecimal("10"), Unit.EUR_MN, "")
                .claimedText()).isEqualTo("about EUR 10 mn (±10%)");
    }
}
