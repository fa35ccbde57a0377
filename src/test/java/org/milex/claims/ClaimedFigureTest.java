package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.claims.ClaimedFigure.Unit;
import org.milex.procurement.Qualifier;

class ClaimedFigureTest {

    @Test
    void parsesALabelAQualifierAndANumber() {
        ClaimedFigure f = ClaimedFigure.parse("2024=over 430", Unit.USD_BN);
        assertThat(f).isEqualTo(new ClaimedFigure("2024", Qualifier.OVER, new BigDecimal("430"), Unit.USD_BN));
        assertThat(f.toString()).isEqualTo("2024: over USD 430 bn");
        assertThat(ClaimedFigure.parse("ammunition=about 4", Unit.USD_BN).amount()).isEqualTo("about USD 4 bn");
        assertThat(ClaimedFigure.parse("2014=1.43", Unit.PERCENT).amount()).isEqualTo("1.43%");
        assertThat(ClaimedFigure.parse("members=32", Unit.ALLIES).amount()).isEqualTo("32 allies");
    }

    @ParameterizedTest(name = "{0} {1}: {2} meets it? {3}")
    @CsvSource({
            // stated plainly: rounds half-up to the claim's decimals (NATO-2024-06: 1.4278… prints as 1.43)
            "PERCENT, 2014=1.43,          1.4278082919106425, true",
            "PERCENT, 2014=1.43,          1.3988542840000000, false",
            "PERCENT, 2024=2.02,          2.0154548520439497, true",
            "ALLIES,  2024=23,            23,                 true",
            "ALLIES,  2021=9,             6,                  false",
            // "about": the same rounding (6.2 is about 6, 6.7 is not)
            "USD_BN,  total=about 6,      6.2,                true",
            "USD_BN,  total=about 6,      6.699,              false",
            // "more than": above it, by less than one unit of its last digit
            "USD_BN,  2024=over 430,      430.112,            true",
            "USD_BN,  2024=over 430,      430,                false",
            "USD_BN,  2024=over 430,      431,                false",
            "USD_BN,  2024=over 430,      506.692,            false",
            "USD_BN,  total=over 53.6,    53.65,              true",
            // "up to": at or below it, by less than one unit
            "USD_BN,  total=up to 5.6,    5.6,                true",
            "USD_BN,  total=up to 5.6,    5.5,                false",
    })
    void aFigureMeetsTheClaimAtTheClaimsPrecision(Unit unit, String figure, BigDecimal x, boolean meets) {
        assertThat(ClaimedFigure.parse(figure, unit).isMetBy(x)).isEqualTo(meets);
    }

    @Test
    void nearIsWithinTenPercentAndNeverForCountsOfAllies() {
        ClaimedFigure ten = ClaimedFigure.parse("total=about 10", Unit.USD_BN);
        assertThat(ten.isNear(new BigDecimal("9.315"))).isTrue();   // -6.85%
        assertThat(ten.isNear(new BigDecimal("9"))).isTrue();       // exactly -10%
        assertThat(ten.isNear(new BigDecimal("8.99"))).isFalse();
        assertThat(ClaimedFigure.parse("2023=11", Unit.ALLIES).isNear(new BigDecimal("10"))).isFalse();
    }

    @Test
    void precisionIsOneUnitOfTheLastStatedDecimal() {
        assertThat(ClaimedFigure.parse("x=1.43", Unit.PERCENT).precision()).isEqualByComparingTo("0.01");
        assertThat(ClaimedFigure.parse("x=430", Unit.USD_BN).precision()).isEqualByComparingTo("1");
    }

    @Test
    void rejectsMalformedFigures() {
        assertThatThrownBy(() -> ClaimedFigure.parse("over 430", Unit.USD_BN))
                .hasMessage("not a claimed figure: 'over 430' (expected e.g. 2024=over 430)");
        assertThatThrownBy(() -> ClaimedFigure.parse("2024=more than 430", Unit.USD_BN))
                .hasMessage("not a claimed figure: '2024=more than 430': 'more than 430' is not a number");
        assertThatThrownBy(() -> ClaimedFigure.parse("2024=22.5", Unit.ALLIES))
                .hasMessage("2024: a number of allies is whole, not 22.5");
        assertThatThrownBy(() -> ClaimedFigure.parse("Total=1", Unit.USD_BN))
                .hasMessage("a figure's label is a year or a lower-case word, not 'Total'");
        assertThatThrownBy(() -> ClaimedFigure.parse("x=-1", Unit.USD_BN))
                .hasMessage("x: a claimed figure is not negative, not -1");
        assertThatThrownBy(() -> Unit.parse("EUR bn"))
                .hasMessage("not a unit: 'EUR bn' (expected allies, percent or USD bn)");
    }
}
