package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

class ReportedValueTest {

    @Test
    void parsesTheDataFileForm() {
        // contracts-aid.md §2: LBDM "≈ USD 2.5 bn per one outlet" (theworldinsider.com)
        ReportedValue v = ReportedValue.parse("about USD 2500 (theworldinsider.com)");
        assertThat(v.amount()).isEqualTo(Amount.of(Qualifier.ABOUT,
                Money.ofMillions("2500", Currencies.USD, PriceBasis.current())));
        assertThat(v.reportedBy()).isEqualTo("theworldinsider.com");
        assertThat(ReportedValue.parse(v.toString())).isEqualTo(v);
    }

    @Test
    void theReporterMayContainParentheses() {
        // contracts-aid.md §1: EUR 643 m equivalent (esut.de)
        ReportedValue v = ReportedValue.parse("EUR 643 (esut.de (equivalent))");
        assertThat(v.reportedBy()).isEqualTo("esut.de (equivalent)");
        assertThat(v).hasToString("EUR 643 (esut.de (equivalent))");
    }

    @Test
    void rejectsOtherForms() {
        assertThatThrownBy(() -> ReportedValue.parse("USD 680")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a reported value: 'USD 680' (expected e.g. 'about USD 2500 (reporter)', amount in millions)");
        assertThatThrownBy(() -> ReportedValue.parse("XYZ 680 (someone)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an ISO 4217 currency code: 'XYZ'");
    }

    @Test
    void isInCurrentPrices() {
        Amount constant = Amount.exact(Money.ofMillions("1", Currencies.USD, PriceBasis.constant(2015)));
        assertThatThrownBy(() -> ReportedValue.of(constant, "someone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reported value is in current prices, not constant 2015 prices");
    }
}
