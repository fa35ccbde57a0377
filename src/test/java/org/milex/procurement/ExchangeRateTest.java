package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

class ExchangeRateTest {

    /** An illustrative rate chosen by the test; not a sourced fact. */
    private final ExchangeRate eurUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.0900"),
            LocalDate.parse("2024-01-23"), "test rate");

    @Test
    void convertsExactly() {
        // contracts-aid.md §2: 155 mm EUR 1.1 bn; 1100 × 1.09 = 1199
        Money eur = Money.ofMillions("1100", Currencies.EUR, PriceBasis.current());
        assertThat(eurUsd.convert(eur)).isEqualTo(Money.ofMillions("1199", Currencies.USD, PriceBasis.current()));
    }

    @Test
    void keepsThePriceBasis() {
        Money constant = Money.ofMillions("100", Currencies.EUR, PriceBasis.constant(2015));
        assertThat(eurUsd.convert(constant).basis()).isEqualTo(PriceBasis.constant(2015));
    }

    @Test
    void printsPairRateDateAndSource() {
        assertThat(eurUsd).hasToString("EUR/USD 1.09 on 2024-01-23 (test rate)");
    }

    @Test
    void convertsOnlyFromItsCurrency() {
        Money usd = Money.ofMillions("700", Currencies.USD, PriceBasis.current());
        assertThatThrownBy(() -> eurUsd.convert(usd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rate EUR/USD cannot convert USD 700 mn (current prices)");
    }

    @Test
    void rejectsNonsense() {
        LocalDate d = LocalDate.parse("2024-01-23");
        assertThatThrownBy(() -> ExchangeRate.of(Currencies.EUR, Currencies.EUR, BigDecimal.ONE, d, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an exchange rate converts between two currencies, not EUR to itself");
        assertThatThrownBy(() -> ExchangeRate.of(Currencies.EUR, Currencies.USD, BigDecimal.ZERO, d, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an exchange rate is positive, not 0");
        assertThatThrownBy(() -> ExchangeRate.of(Currencies.EUR, Currencies.USD, BigDecimal.ONE, d, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an exchange rate names its source");
    }
}
