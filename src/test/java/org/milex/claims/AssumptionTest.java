package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;

class AssumptionTest {

    @Test
    void casesReadBack() {
        Assumption a = Assumption.parse("contract-value=ceiling|firm");
        assertThat(a.cases()).containsExactly("ceiling", "firm");
        assertThat(a.isExchangeRate()).isFalse();
        assertThat(Assumption.parse(a.toString())).isEqualTo(a);
        Assumption r = Assumption.parse("EUR/USD=1.08@2024-02-29|1.09@2024-07-09");
        assertThat(r.isExchangeRate()).isTrue();
        assertThat(Assumption.rate(r.key(), r.cases().get(0), "test").rate()).isEqualByComparingTo(new BigDecimal("1.08"));
        assertThat(Assumption.rate(r.key(), r.cases().get(0), "test").from()).isEqualTo(Currencies.EUR);
    }

    @Test
    void rejects() {
        assertThatThrownBy(() -> Assumption.parse("contract-value=maximum")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract-value: 'firm' or 'ceiling', not 'maximum'");
        assertThatThrownBy(() -> Assumption.parse("contract-value=firm|firm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract-value: an assumption states one or more distinct cases, not [firm, firm]");
        assertThatThrownBy(() -> Assumption.parse("inflation=2%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an assumption milex knows: 'inflation' (expected contract-value, or an exchange rate such as EUR/USD)");
        assertThatThrownBy(() -> Assumption.parse("EUR/USD=1.09@2024-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EUR/USD: not a date: '2024-02-30'");
        assertThatThrownBy(() -> Assumption.parse("EUR/USD=")).isInstanceOf(IllegalArgumentException.class);
    }
}
