package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final PriceBasis CURRENT = PriceBasis.current();
    private static final PriceBasis CONSTANT_2015 = PriceBasis.constant(2015);

    @Test
    void addsExactly() {
        // NATO 2024-06 TABLE2, 2024e current USD: United States 967,707 + NATO Europe and Canada
        // 506,692.47657343885 = NATO Total 1,474,399.47657343885 (published 1474399.4765734388)
        Money us = Money.ofMillions("967707", Currencies.USD, CURRENT);
        Money ec = Money.ofMillions("506692.47657343885", Currencies.USD, CURRENT);
        assertThat(us.plus(ec).millions()).isEqualByComparingTo("1474399.47657343885");
        assertThat(Money.total(List.of(us, ec))).isEqualTo(us.plus(ec));
    }

    @Test
    void refusesToMixCurrencies() {
        Money usd = Money.ofMillions("700", Currencies.USD, CURRENT);
        Money eur = Money.ofMillions("643", Currencies.EUR, CURRENT);
        assertThatThrownBy(() -> usd.plus(eur))
                .isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Currencies differ: USD/EUR");
    }

    @Test
    void refusesToMixPriceBases() {
        Money current = Money.ofMillions("1474399", Currencies.USD, CURRENT);
        Money constant = Money.ofMillions("1184796", Currencies.USD, CONSTANT_2015);
        assertThatThrownBy(() -> current.plus(constant))
                .isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Price bases differ: current prices/constant 2015 prices");
        assertThatThrownBy(() -> current.compareTo(constant)).isInstanceOf(MoneyMismatchException.class);
        MoneyMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(MoneyMismatchException.class,
                () -> current.minus(constant));
        assertThat(e.first()).isEqualTo(current);
        assertThat(e.second()).isEqualTo(constant);
    }

    @Test
    void anEmptyTotalHasNoCurrency() {
        assertThatThrownBy(() -> Money.total(List.of()))
                .hasMessage("cannot total no amounts: the currency and price basis are unknown");
        assertThat(Money.zero(Currencies.USD, CURRENT).isZero()).isTrue();
    }

    @Test
    void printsAndParsesBack() {
        Money m = Money.ofMillions(1474399.4765734388, Currencies.USD, CURRENT);
        assertThat(m).hasToString("USD 1474399.4765734388 mn (current prices)");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        Money c = Money.ofMillions("26838.5", Currencies.USD, CONSTANT_2015);
        assertThat(Money.parse("USD 26838.5 mn (constant 2015 prices)")).isEqualTo(c);
        assertThatThrownBy(() -> Money.parse("1,474 bn"))
                .hasMessage("not an amount of money: '1,474 bn' (expected e.g. 'USD 1474399 mn (current prices)')");
    }

    @Test
    void trailingZerosDoNotMakeAmountsDiffer() {
        assertThat(Money.ofMillions("700.0", Currencies.USD, CURRENT))
                .isEqualTo(Money.ofMillions("700", Currencies.USD, CURRENT));
        assertThat(Money.ofMillions("700", Currencies.USD, CURRENT).amount()).isEqualByComparingTo(new BigDecimal("700000000"));
    }

    @Test
    void ratiosAndComparisons() {
        Money a = Money.ofMillions("1", Currencies.USD, CURRENT);
        Money b = Money.ofMillions("4", Currencies.USD, CURRENT);
        assertThat(a.ratioTo(b)).isEqualByComparingTo("0.25");
        assertThat(a.isLessThan(b)).isTrue();
        assertThat(b.minus(a).isPositive()).isTrue();
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThatThrownBy(() -> a.ratioTo(Money.zero(Currencies.USD, CURRENT))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofMillions(Double.NaN, Currencies.USD, CURRENT))
                .hasMessage("amount is not a finite number: NaN");
    }
}
