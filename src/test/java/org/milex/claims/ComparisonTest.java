package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.milex.claims.ClaimedFigure.Unit;

class ComparisonTest {

    @Test
    void differenceIsComputedMinusClaimedAndRelativeIsInPercentOfTheClaim() {
        // NATO-2024-06 TABLE2: EUROPE_CANADA 2024e constant-2015 expenditure 430,112.31… mn
        Comparison c = new Comparison("NATO Europe and Canada 2024e, constant 2015 prices",
                ClaimedFigure.parse("2024=over 430", Unit.USD_BN), new BigDecimal("430.11231173262367"), true, "NATO-2024-06 TABLE2");
        assertThat(c.difference()).isEqualByComparingTo("0.11231173262367");
        // 0.11231173262367 / 430 × 100 = 0.026119…
        assertThat(c.relativeDifference()).hasValueSatisfying(r ->
                assertThat(r.doubleValue()).isCloseTo(0.0261190, org.assertj.core.api.Assertions.within(1e-6)));
        assertThat(c.agrees()).isTrue();
        assertThat(c.isNear()).isTrue();
    }

    @Test
    void aClaimedZeroHasNoRelativeDifference() {
        Comparison c = new Comparison("allies at 2%", ClaimedFigure.parse("2014=0", Unit.ALLIES), BigDecimal.valueOf(3),
                true, "NATO-2024-06 TABLE3");
        assertThat(c.relativeDifference()).isEmpty();
        assertThat(c.difference()).isEqualByComparingTo("3");
    }

    @Test
    void saysWhatAndWhere() {
        assertThatThrownBy(() -> new Comparison(" ", ClaimedFigure.parse("x=1", Unit.USD_BN), BigDecimal.ONE, true, "s"))
                .hasMessage("a comparison says what it compares and where the figure comes from");
    }
}
