package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;

class AmountTest {

    static Money usd(String millions) {
        return Money.ofMillions(millions, Currencies.USD, PriceBasis.current());
    }

    @Test
    void printsItsQualifier() {
        // contracts-aid.md §3: AP, "over USD 53.6 bn"
        assertThat(Amount.of(Qualifier.OVER, usd("53600"))).hasToString("over USD 53600 mn (current prices)");
        // contracts-aid.md §2: Patriot GEM-T USD 5.5 bn, unqualified
        assertThat(Amount.exact(usd("5500"))).hasToString("USD 5500 mn (current prices)");
    }

    @Test
    void parseReadsToStringBack() {
        for (Qualifier q : Qualifier.values()) {
            Amount a = Amount.of(q, usd("136.1"));
            assertThat(Amount.parse(a.toString())).isEqualTo(a);
        }
    }

    @Test
    void sumCombinesQualifiers() {
        // contracts-aid.md, uncertain 5: Patriot 5.5 + Stinger ≈ 0.7 ≈ 6.2
        Amount sum = Amount.exact(usd("5500")).plus(Amount.of(Qualifier.ABOUT, usd("700")));
        assertThat(sum).isEqualTo(Amount.of(Qualifier.ABOUT, usd("6200")));
        assertThat(sum.isExact()).isFalse();
    }

    @Test
    void sumRefusesMixedCurrencies() {
        Amount eur = Amount.exact(Money.ofMillions("1100", Currencies.EUR, PriceBasis.current()));
        assertThatThrownBy(() -> Amount.exact(usd("5500")).plus(eur)).isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Currencies differ: USD/EUR");
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> Amount.of(null, usd("1"))).isInstanceOf(NullPointerException.class)
                .hasMessage("qualifier");
    }
}
