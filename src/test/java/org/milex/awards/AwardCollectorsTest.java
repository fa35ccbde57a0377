package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.milex.awards.AwardTableTest.eur;
import static org.milex.awards.AwardTableTest.usd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.milex.model.MoneyMismatchException;

class AwardCollectorsTest {

    @Test
    void collectTheSameTotalsAsTheTable() {
        AwardTable t = AwardTableTest.five();
        // the table's totals are checked by hand in AwardTableTest
        assertThat(t.stream().collect(AwardCollectors.totalByBuyer())).isEqualTo(t.totalByBuyer());
        assertThat(t.stream().collect(AwardCollectors.totalBySupplier())).isEqualTo(t.totalBySupplier());
        assertThat(t.stream().collect(AwardCollectors.totalByCategory())).isEqualTo(t.totalByCategory());
        assertThat(t.stream().collect(AwardCollectors.totalByYear())).isEqualTo(t.totalByYear());
        assertThat(t.stream().collect(AwardCollectors.totalByBuyerAndYear())).isEqualTo(t.totalByBuyerAndYear());
        assertThat(t.stream().collect(AwardCollectors.total())).contains(eur("7550100.50"));
    }

    @Test
    void onGeneratedAwardsInParallel() {
        List<Award> awards = GeneratedAwards.list(100_000, 11);
        assertThat(awards.parallelStream().collect(AwardCollectors.totalByBuyerAndYear()))
                .isEqualTo(GeneratedAwards.naiveByBuyerAndYear(awards));
    }

    @Test
    void emptyAndMixedInput() {
        assertThat(Stream.<Award>empty().collect(AwardCollectors.total())).isEmpty();
        assertThat(Stream.<Award>empty().collect(AwardCollectors.totalByBuyer())).isEmpty();
        Stream<Award> mixed = Stream.of(
                Award.of("E1", LocalDate.parse("2024-01-01"), "DEU", "KNDS", eur("1")),
                Award.of("U1", LocalDate.parse("2024-01-01"), "DEU", "GD", usd("1")));
        assertThatThrownBy(() -> mixed.collect(AwardCollectors.totalByBuyer()))
                .isInstanceOf(MoneyMismatchException.class).hasMessage("Currencies differ: EUR/USD");
        assertThat(Stream.of(Award.of("U1", LocalDate.parse("2024-01-01"), "DEU", "GD", usd("1")))
                .collect(AwardCollectors.totalByBuyer())).containsExactly(Map.entry("DEU", usd("1")));
    }
}
