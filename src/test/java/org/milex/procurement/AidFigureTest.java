package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

class AidFigureTest {

    private static AidFigure figure(Amount value, List<String> sources) {
        return new AidFigure("x", Donor.of(Ally.of("USA")), "Ukraine", AidFigure.Measure.ANNOUNCED,
                AidFigure.Type.MILITARY, value, Optional.empty(), Optional.empty(), "AP", Set.of(), "", sources);
    }

    @Test
    void theApFigureKeepsItsOver() {
        AidFigure f = AidFigures.embedded().get("us-security-assistance-ap-2024-07-09").orElseThrow();
        // contracts-aid.md §3: "over USD 53.6 bn" US weapons and security assistance, AP 2024-07-09
        assertThat(f.value()).isEqualTo(Amount.of(Qualifier.OVER,
                Money.ofMillions("53600", Currencies.USD, PriceBasis.current())));
        assertThat(f.donor()).isEqualTo(Donor.of(Ally.of("USA")));
        assertThat(f.measure()).isEqualTo(AidFigure.Measure.ANNOUNCED);
        assertThat(f.reported()).contains(ReportedDate.parse("2024-07-09"));
        assertThat(f.asOf()).isEmpty();
        assertThat(f.reportedBy()).isEqualTo("AP");
        assertThat(f.isSingleSource()).isFalse();
        assertThat(f).hasToString("us-security-assistance-ap-2024-07-09: United States military announced "
                + "over USD 53600 mn (current prices), reported 2024-07-09");
    }

    @Test
    void rules() {
        Amount usd = Amount.exact(Money.ofMillions("1", Currencies.USD, PriceBasis.current()));
        assertThatThrownBy(() -> figure(usd, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an aid figure names at least one source");
        Amount negative = Amount.exact(Money.ofMillions("-1", Currencies.USD, PriceBasis.current()));
        assertThatThrownBy(() -> figure(negative, List.of("https://example.org")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an aid figure is not negative: USD -1 mn (current prices)");
        Amount constant = Amount.exact(Money.ofMillions("1", Currencies.USD, PriceBasis.constant(2021)));
        assertThatThrownBy(() -> figure(constant, List.of("https://example.org")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an aid figure is in current prices, not constant 2021 prices");
    }

    @ParameterizedTest
    @EnumSource(AidFigure.Measure.class)
    void measureTokensReadBack(AidFigure.Measure m) {
        assertThat(AidFigure.Measure.parse(m.token())).isEqualTo(m);
    }

    @ParameterizedTest
    @EnumSource(AidFigure.Type.class)
    void typeTokensReadBack(AidFigure.Type t) {
        assertThat(AidFigure.Type.parse(t.token())).isEqualTo(t);
    }

    @Test
    void rejectsOtherTokens() {
        assertThatThrownBy(() -> AidFigure.Measure.parse("pledge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an aid measure: 'pledge' (expected one of commitment, allocation, announced, unstated)");
    }
}
