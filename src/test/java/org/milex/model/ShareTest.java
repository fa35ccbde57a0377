package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

    @ParameterizedTest
    @CsvSource({
        // NATO 2024-06 TABLE3 full-precision values and the two decimals NATO prints
        "2.0154548520439497, 2.02%",
        "1.4278082919106425, 1.43%",
        "4.1201909893571473, 4.12%",
        "2,                  2.00%",
        "1.2935808360974441, 1.29%",
    })
    void printsTwoDecimalsAsNatoDoes(double percent, String printed) {
        assertThat(Share.ofPercent(percent)).hasToString(printed);
    }

    @Test
    void comparesExactValuesNotPrintedOnes() {
        Share two = Share.ofPercent("2");
        // a value that prints as 2.00% but is below 2
        Share almost = Share.ofPercent("1.996");
        assertThat(almost).hasToString("2.00%");
        assertThat(almost.isAtLeast(two)).isFalse();
        assertThat(almost.rounded(2).isAtLeast(two)).isTrue();
        // NATO 2024-06 TABLE3: Slovakia 2024e typed in as exactly 2
        assertThat(Share.ofPercent(2.0).isAtLeast(two)).isTrue();
    }

    @Test
    void mustLieBetweenZeroAndHundred() {
        assertThatThrownBy(() -> Share.ofPercent("100.5"))
                .hasMessage("a share must lie between 0% and 100%, not 100.5%");
        assertThatThrownBy(() -> Share.ofPercent("-0.1"))
                .hasMessage("a share must lie between 0% and 100%, not -0.1%");
    }

    @Test
    void parsesWithOrWithoutPercentSign() {
        assertThat(Share.parse("2.02%")).isEqualTo(Share.ofPercent("2.02"));
        assertThat(Share.parse(" 3.5 ")).isEqualTo(Share.ofPercent("3.50"));
        assertThatThrownBy(() -> Share.parse("two")).hasMessage("not a percentage: 'two'");
    }

    @Test
    void shareOfMoney() {
        // 2% of a GDP of USD 1,000,000 mn is USD 20,000 mn
        Money gdp = Money.ofMillions("1000000", Currencies.USD, PriceBasis.current());
        assertThat(Share.ofPercent("2").of(gdp).millions()).isEqualByComparingTo("20000");
        assertThat(Share.of(Money.ofMillions("20000", Currencies.USD, PriceBasis.current()), gdp))
                .isEqualTo(Share.ofPercent("2"));
        assertThat(Share.ofPercent("2.5").pointsAbove(Share.ofPercent("2"))).isEqualByComparingTo("0.5");
        assertThat(Share.ofPercent("2.0154548520439497").toExactString()).isEqualTo("2.0154548520439497%");
    }
}
