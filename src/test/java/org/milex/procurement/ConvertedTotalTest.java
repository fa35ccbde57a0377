package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;

class ConvertedTotalTest {

    /** An illustrative rate chosen by the test; not a sourced fact. */
    private static final ExchangeRate EUR_USD = ExchangeRate.of(Currencies.EUR, Currencies.USD,
            new BigDecimal("1.09"), LocalDate.parse("2024-01-23"), "test rate");

    private static Amount usd(Qualifier q, String millions) {
        return Amount.of(q, Money.ofMillions(millions, Currencies.USD, PriceBasis.current()));
    }

    private static Amount eur(Qualifier q, String millions) {
        return Amount.of(q, Money.ofMillions(millions, Currencies.EUR, PriceBasis.current()));
    }

    @Test
    void sumsConvertingAtTheGivenRateAndNamesIt() {
        // contracts-aid.md §2: Patriot USD 5500 + 155 mm EUR 1100 × 1.09 (the test's rate) = 6699
        ConvertedTotal t = Stream.of(usd(Qualifier.EXACT, "5500"), eur(Qualifier.EXACT, "1100"))
                .collect(ConvertedTotal.summing(Currencies.USD, EUR_USD));
        assertThat(t.amount()).isEqualTo(usd(Qualifier.EXACT, "6699"));
        assertThat(t.rates()).containsExactly(EUR_USD);
        assertThat(t.count()).isEqualTo(2);
        assertThat(t).hasToString("USD 6699 mn (current prices) from 2 amounts, at EUR/USD 1.09 on 2024-01-23 (test rate)");
    }

    @Test
    void anUnusedRateIsNotListed() {
        ConvertedTotal t = Stream.of(usd(Qualifier.OVER, "53600")).collect(ConvertedTotal.summing(Currencies.USD, EUR_USD));
        assertThat(t.rates()).isEmpty();
        assertThat(t).hasToString("over USD 53600 mn (current prices) from 1 amount");
    }

    @Test
    void emptyInputIsAnExactZero() {
        ConvertedTotal t = Stream.<Amount>empty().collect(ConvertedTotal.summing(Currencies.EUR));
        assertThat(t.amount()).isEqualTo(Amount.exact(Money.zero(Currencies.EUR, PriceBasis.current())));
        assertThat(t.count()).isZero();
        assertThat(t.money().isZero()).isTrue();
    }

    @Test
    void aCurrencyWithoutARateIsAMismatch() {
        assertThatThrownBy(() -> Stream.of(eur(Qualifier.EXACT, "1100")).collect(ConvertedTotal.summing(Currencies.USD)))
                .isInstanceOf(MoneyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
    }

    @Test
    void constantPricesAreAMismatch() {
        Amount constant = Amount.exact(Money.ofMillions("1", Currencies.USD, PriceBasis.constant(2015)));
        assertThatThrownBy(() -> Stream.of(constant).collect(ConvertedTotal.summing(Currencies.USD)))
                .isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Price bases differ: current prices/constant 2015 prices");
    }

    @Test
    void parallelStreamsGiveTheSameTotal() {
        List<Amount> amounts = Stream.iterate(1, i -> i + 1).limit(1000)
                .map(i -> i % 2 == 0 ? usd(Qualifier.EXACT, "1") : eur(Qualifier.EXACT, "1")).toList();
        // 500 × USD 1 + 500 × EUR 1 × 1.09 = 1045
        assertThat(amounts.parallelStream().collect(ConvertedTotal.summing(Currencies.USD, EUR_USD)))
                .isEqualTo(new ConvertedTotal(usd(Qualifier.EXACT, "1045"), List.of(EUR_USD), 1000));
    }

    @Test
    void ratesMustConvertToTheTotalsCurrencyOnceEach() {
        ExchangeRate usdEur = ExchangeRate.of(Currencies.USD, Currencies.EUR, new BigDecimal("0.92"),
                LocalDate.parse("2024-01-23"), "test rate");
        assertThatThrownBy(() -> ConvertedTotal.summing(Currencies.USD, usdEur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate USD/EUR 0.92 on 2024-01-23 (test rate) does not convert to USD");
        ExchangeRate other = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.1"),
                LocalDate.parse("2024-07-09"), "another");
        assertThatThrownBy(() -> ConvertedTotal.summing(Currencies.USD, EUR_USD, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rates from EUR: EUR/USD 1.09 on 2024-01-23 (test rate) and EUR/USD 1.1 on 2024-07-09 (another)");
    }
}
