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
        Map<Contract.Kind, ConvertedTotal> byKind = Contracts.embedded().stream()
                .filter(c -> c.value().money().currency().equals(Currencies.USD))
                .collect(Collectors.groupingBy(Contract::kind, ContractCollectors.totalValue(Currencies.USD)));
        // contracts-aid.md §1: DSCA approvals ≈ 780 (Stinger) + 150 (C-17) + ≈ 136.1 (SLEP) = 1066.1
        assertThat(byKind.get(Contract.Kind.FMS_NOTIFICATION).amount())
                .isEqualTo(Amount.of(Qualifier.ABOUT, Money.ofMillions("1066.1", Currencies.USD, PriceBasis.current())));
        assertThat(byKind.get(Contract.Kind.FMS_NOTIFICATION).count()).isEqualTo(3);
    }

    @Test
    void emptyInputIsAnExactZero() {
        ConvertedTotal t = Stream.<Contract>empty().collect(ContractCollectors.totalValue(Currencies.USD));
        assertThat(t).isEqualTo(new ConvertedTotal(Amount.exact(Money.zero(Currencies.USD, PriceBasis.current())),
                java.util.List.of(), 0));
    }
}
