package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

class ContractCollectorsTest {

    @Test
    void composesWithGroupingBy() {
        Map<Contract.Kind, ValueTotals> byKind = Contracts.embedded().stream()
                .filter(c -> c.value().money().currency().equals(Currencies.USD))
                .collect(Collectors.groupingBy(Contract::kind, ContractCollectors.totals(Currencies.USD)));
        // contracts-aid.md §1: DSCA approvals ≈ 780 (Stinger) + 150 (C-17) + ≈ 136.1 (SLEP) = 1066.1
        assertThat(byKind.get(Contract.Kind.FMS_NOTIFICATION).approval().amount())
                .isEqualTo(Amount.of(Qualifier.ABOUT, Money.ofMillions("1066.1", Currencies.USD, PriceBasis.current())));
        assertThat(byKind.get(Contract.Kind.FMS_NOTIFICATION).approval().count()).isEqualTo(3);
        assertThat(byKind.get(Contract.Kind.FMS_NOTIFICATION).firm().count()).isZero();
        // and firm values alone: USD contracts Stinger ≈ 700, Patriot 5500, backfill 478, US Army 624.6 = 7302.6
        assertThat(Contracts.embedded().stream().filter(c -> c.value().money().currency().equals(Currencies.USD))
                .collect(ContractCollectors.total(ValueKind.FIRM, Currencies.USD)).amount())
                .isEqualTo(Amount.of(Qualifier.ABOUT, Money.ofMillions("7302.6", Currencies.USD, PriceBasis.current())));
    }

    @Test
    void emptyInputIsAnExactZero() {
        ConvertedTotal t = Stream.<Contract>empty().collect(ContractCollectors.totals(Currencies.USD)).firm();
        assertThat(t).isEqualTo(new ConvertedTotal(Amount.exact(Money.zero(Currencies.USD, PriceBasis.current())),
                java.util.List.of(), 0));
    }
}
