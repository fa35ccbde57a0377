package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;
import org.milex.table.Tables;
import tech.tablesaw.api.Table;

class AwardTableTest {
    private static final Currency JPY = Currency.getInstance("JPY");

    static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), Currencies.EUR, PriceBasis.current());
    }

    static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), Currencies.USD, PriceBasis.current());
    }

    /** Five made-up awards in euros; every expected total below is summed by hand from these. */
    static AwardTable five() {
        return AwardTable.builder()
                .add("A1", LocalDate.parse("2023-03-01"), "DEU", "Rheinmetall", eur("1250000.50"), "35300000")
                .add("A2", LocalDate.parse("2023-11-15"), "DEU", "KNDS", eur("800000.00"), "35400000")
                .add("A3", LocalDate.parse("2024-02-01"), "DEU", "Rheinmetall", eur("99.99"))
                .add("A4", LocalDate.parse("2024-06-30"), "FRA", "KNDS", eur("2000000.01"), "35400000")
                .add("A5", LocalDate.parse("2022-12-31"), "POL", "Hanwha", eur("3500000"), "35300000")
                .build();
    }

    @Test
    void moreThan65535SuppliersKeepTheirNamesAndTotals() {
        // supplier S<i> gets award A<i> of i cents: one supplier per award, 70,000 of them (codes past 65,535)
        AwardTable.Builder b = AwardTable.builder();
        for (int i = 0; i < 70_000; i++) {
            b.add("A" + i, LocalDate.parse("2024-01-01"), "B" + (i % 3), "S" + i, eur(BigDecimal.valueOf(i, 2).toPlainString()),
                    "C" + i);
        }
        AwardTable t = b.build();
        assertThat(t.award(0).supplier()).isEqualTo("S0");
        assertThat(t.find("A69999").orElseThrow().supplier()).isEqualTo("S69999");
        assertThat(t.find("A69999").orElseThrow().category()).contains("C69999");
        Map<String, Money> bySupplier = t.totalBySupplier();
        assertThat(bySupplier).hasSize(70_000).containsEntry("S69999", eur("699.99")).containsEntry("S65536", eur("655.36"));
        assertThat(t.totalByCategory()).hasSize(70_000).containsEntry("C65535", eur("655.35"));
    }

    @Test
    void totalsByBuyer() {
        // DEU: 1,250,000.50 + 800,000.00 + 99.99 = 2,050,100.49; FRA: A4; POL: A5
        assertThat(five().totalByBuyer()).containsExactly(
                Map.entry("DEU", eur("2050100.49")),
                Map.entry("FRA", eur("2000000.01")),
                Map.entry("POL", eur("3500000")));
    }

    @Test
    void totalsBySupplierAndCategory() {
        // Hanwha: A5; KNDS: 800,000.00 + 2,000,000.01; Rheinmetall: 1,250,000.50 + 99.99
        assertThat(five().totalBySupplier()).containsExactly(
                Map.entry("Hanwha", eur("3500000")),
                Map.entry("KNDS", eur("2800000.01")),
                Map.entry("Rheinmetall", eur("1250100.49")));
        // 35300000: 1,250,000.50 + 3,500,000; 35400000: 800,000.00 + 2,000,000.01; A3 has no category
        assertThat(five().totalByCategory()).containsExactly(
                Map.entry("35300000", eur("4750000.50")),
                Map.entry("35400000", eur("2800000.01")));
    }

    @Test
    void totalsByYearAndByBuyerAndYear() {
        // 2022: A5; 2023: 1,250,000.50 + 800,000.00; 2024: 99.99 + 2,000,000.01 = 2,000,100.00
        assertThat(five().totalByYear()).containsExactly(
                Map.entry(Year.of(2022), eur("3500000")),
                Map.entry(Year.of(2023), eur("2050000.50")),
                Map.entry(Year.of(2024), eur("2000100.00")));
        assertThat(five().totalByBuyerAndYear()).containsExactly(
                Map.entry(BuyerYear.of("DEU", 2023), eur("2050000.50")),
                Map.entry(BuyerYear.of("DEU", 2024), eur("99.99")),
                Map.entry(BuyerYear.of("FRA", 2024), eur("2000000.01")),
                Map.entry(BuyerYear.of("POL", 2022), eur("3500000")));
    }

    @Test
    void totalAndCount() {
        // 2,050,100.49 + 2,000,000.01 + 3,500,000 = 7,550,100.50
        assertThat(five().total()).contains(eur("7550100.50"));
        assertThat(five().size()).isEqualTo(5);
        assertThat(five().totalByCurrency()).containsExactly(Map.entry(Currencies.EUR, eur("7550100.50")));
    }

    @Test
    void ranksSuppliersByTotal() {
        assertThat(five().topSuppliers(2)).containsExactly(
                new GroupTotal("Hanwha", eur("3500000"), 1),
                new GroupTotal("KNDS", eur("2800000.01"), 2));
        assertThat(five().topSuppliers(10)).extracting(GroupTotal::group)
                .containsExactly("Hanwha", "KNDS", "Rheinmetall");
        assertThatThrownBy(() -> five().topSuppliers(0))
                .hasMessage("the number of suppliers to list is at least 1, not 0");
    }

    @Test
    void filtersAreViewsThatCompose() {
        AwardTable t = five();
        // 2023–2024 leaves out A5: 7,550,100.50 − 3,500,000 = 4,050,100.50
        AwardTable recent = t.betweenYears(Year.of(2023), Year.of(2024));
        assertThat(recent.size()).isEqualTo(4);
        assertThat(recent.total()).contains(eur("4050100.50"));
        // POL and FRA: 3,500,000 + 2,000,000.01; "XYZ" has no awards and selects nothing
        assertThat(t.forBuyers(Set.of("POL", "FRA", "XYZ")).total()).contains(eur("5500000.01"));
        // both: FRA's A4 only
        assertThat(recent.forBuyers(List.of("POL", "FRA")).totalByBuyer())
                .containsExactly(Map.entry("FRA", eur("2000000.01")));
        assertThat(t.between(LocalDate.parse("2023-11-15"), LocalDate.parse("2024-02-01")).stream()
                .map(Award::id)).containsExactly("A2", "A3");
        assertThat(t.betweenYears(Year.of(2000), Year.of(2030))).isSameAs(t);
        assertThatThrownBy(() -> t.betweenYears(Year.of(2024), Year.of(2023)))
                .hasMessage("the last day 2023-12-31 is before the first 2024-01-01");
    }

    @Test
    void emptyTablesHaveEmptyTotals() {
        AwardTable none = five().forBuyers(Set.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.total()).isEmpty();
        assertThat(none.totalByBuyer()).isEmpty();
        assertThat(none.totalByBuyerAndYear()).isEmpty();
        assertThat(none.topSuppliers(3)).isEmpty();
        assertThat(AwardTable.builder().build().totalByYear()).isEmpty();
    }

    @Test
    void refusesToMixCurrenciesInOneTotal() {
        AwardTable mixed = AwardTable.builder()
                .add("E1", LocalDate.parse("2024-01-01"), "DEU", "KNDS", eur("10.00"))
                .add("U1", LocalDate.parse("2024-01-02"), "DEU", "Lockheed Martin", usd("20.00"))
                .add("U2", LocalDate.parse("2024-01-03"), "USA", "Lockheed Martin", usd("5.25"))
                .build();
        assertThatThrownBy(mixed::totalByBuyer)
                .isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
        assertThatThrownBy(mixed::total).isInstanceOf(MoneyMismatchException.class);
        // each supplier has one currency, so their totals can be listed, but not ranked
        assertThat(mixed.totalBySupplier()).containsExactly(
                Map.entry("KNDS", eur("10")), Map.entry("Lockheed Martin", usd("25.25")));
        assertThatThrownBy(() -> mixed.topSuppliers(1)).isInstanceOf(MoneyMismatchException.class);
        // explicitly per currency: EUR 10.00; USD 20.00 + 5.25
        assertThat(mixed.totalByCurrency()).containsExactly(
                Map.entry(Currencies.EUR, eur("10")), Map.entry(Currencies.USD, usd("25.25")));
        assertThat(mixed.inCurrency(Currencies.USD).totalByBuyer()).containsExactly(
                Map.entry("DEU", usd("20")), Map.entry("USA", usd("5.25")));
        assertThat(mixed.currencies()).containsExactly(Currencies.EUR, Currencies.USD);
        assertThat(mixed.inCurrency(JPY).isEmpty()).isTrue();
    }

    @Test
    void keepsValuesInMinorUnitsOfTheirCurrency() {
        AwardTable yen = AwardTable.builder()
                .add("J1", LocalDate.parse("2024-01-01"), "JPN", "MHI", Money.of(new BigDecimal("1500.00"), JPY,
                        PriceBasis.current()))
                .build();
        assertThat(yen.total()).contains(Money.of(new BigDecimal("1500"), JPY, PriceBasis.current()));
        AwardTable.Builder b = AwardTable.builder();
        assertThatThrownBy(() -> b.add("J2", LocalDate.parse("2024-01-01"), "JPN", "MHI",
                Money.of(new BigDecimal("1500.5"), JPY, PriceBasis.current())))
                .hasMessage("more decimals than JPY's 0 decimals (milex does not round)");
        assertThatThrownBy(() -> b.add("E1", LocalDate.parse("2024-01-01"), "DEU", "KNDS", eur("0.001")))
                .hasMessage("more decimals than EUR's 2 decimals (milex does not round)");
        assertThatThrownBy(() -> b.add("E2", LocalDate.parse("2024-01-01"), "DEU", "KNDS",
                Money.of(BigDecimal.ONE, Currencies.EUR, PriceBasis.constant(2015))))
                .hasMessage("award values are nominal, in current prices, not EUR 0.000001 mn (constant 2015 prices)");
    }

    @Test
    void sumsBeyondALongStayExact() {
        // three awards of Long.MAX_VALUE cents: 3 × 9,223,372,036,854,775,807 cents, more than a long holds
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE, 2);
        AwardTable.Builder b = AwardTable.builder();
        for (int i = 0; i < 3; i++) {
            b.add("B" + i, LocalDate.parse("2024-01-01"), "USA", "S", usd(max.toPlainString()));
        }
        b.add("N", LocalDate.parse("2024-01-01"), "USA", "S", usd("-0.07"));
        assertThat(b.build().total()).contains(usd(max.multiply(BigDecimal.valueOf(3)).subtract(
                new BigDecimal("0.07")).toPlainString()));
    }

    @Test
    void findsAwardsByIdAndRejectsDuplicates() {
        AwardTable t = five();
        assertThat(t.find("A4")).contains(Award.of("A4", LocalDate.parse("2024-06-30"), "FRA", "KNDS",
                eur("2000000.01"), "35400000"));
        assertThat(t.find("A9")).isEmpty();
        assertThat(t.forBuyers(Set.of("DEU")).find("A4")).isEmpty();
        assertThat(t.award(2).category()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> t.award(5)).isInstanceOf(IndexOutOfBoundsException.class);
        AwardTable.Builder b = AwardTable.builder().add("Ä-Ω-1", LocalDate.parse("2024-01-01"), "DEU", "KNDS",
                eur("1"));
        assertThatThrownBy(() -> b.add("Ä-Ω-1", LocalDate.parse("2024-01-02"), "FRA", "KNDS", eur("2")))
                .hasMessage("duplicate award id 'Ä-Ω-1': award 0 has it already");
        assertThat(b.build().find("Ä-Ω-1")).map(Award::buyer).contains("DEU");
    }

    @Test
    void becomesATablesawTableWithStableColumns() {
        Table t = five().toTable();
        assertThat(t.columnNames()).containsExactly(AwardTable.ID, AwardTable.DATE, AwardTable.BUYER,
                AwardTable.SUPPLIER, AwardTable.VALUE, AwardTable.CURRENCY, AwardTable.CATEGORY);
        assertThat(t.doubleColumn(AwardTable.VALUE).get(0)).isEqualTo(1250000.50);
        assertThat(t.stringColumn(AwardTable.CATEGORY).isMissing(2)).isTrue();
        assertThat(t.dateColumn(AwardTable.DATE).get(4)).isEqualTo(LocalDate.parse("2022-12-31"));
        // results go through milex's record bridge: Hanwha's EUR 3,500,000 is 3.5 mn
        Table top = Tables.of(five().topSuppliers(3));
        assertThat(top.columnNames()).containsExactly("group", "total_mn", "total_currency", "total_basis", "awards");
        assertThat(top.doubleColumn("total_mn").get(0)).isEqualTo(3.5);
    }

    @Test
    void printsTheFirstAwards() {
        assertThat(five().toString()).isEqualTo(String.join("\n",
                "AwardTable: 5 awards",
                "award_id  award_date  buyer  supplier              value  category",
                "A1        2023-03-01  DEU    Rheinmetall  EUR 1250000.50  35300000",
                "A2        2023-11-15  DEU    KNDS          EUR 800000.00  35400000",
                "A3        2024-02-01  DEU    Rheinmetall       EUR 99.99",
                "A4        2024-06-30  FRA    KNDS         EUR 2000000.01  35400000",
                "A5        2022-12-31  POL    Hanwha       EUR 3500000.00  35300000"));
    }

    @Test
    void generatedAwardsTotalAsANaiveBigDecimalLoop() {
        List<Award> awards = GeneratedAwards.list(100_000, 42);
        AwardTable table = AwardTable.of(awards);
        // independent: a plain loop over the records adding BigDecimals in a HashMap
        assertThat(table.totalByBuyerAndYear()).isEqualTo(GeneratedAwards.naiveByBuyerAndYear(awards));
        // suppliers sell to buyers paying in either currency, so their totals are per currency
        assertThatThrownBy(table::totalBySupplier).isInstanceOf(MoneyMismatchException.class);
        assertThat(table.inCurrency(Currencies.USD).totalBySupplier()).isEqualTo(GeneratedAwards.naiveBy(
                awards.stream().filter(a -> a.value().currency().equals(Currencies.USD)).toList(), Award::supplier));
        assertThat(table.inCurrency(Currencies.EUR).total().orElseThrow())
                .isEqualTo(GeneratedAwards.naiveTotal(awards, Currencies.EUR));
        AwardTable recent = table.betweenYears(Year.of(2010), Year.of(2015)).forBuyers(Set.of("B007", "B101"));
        List<Award> naive = awards.stream()
                .filter(a -> a.date().getYear() >= 2010 && a.date().getYear() <= 2015)
                .filter(a -> a.buyer().equals("B007") || a.buyer().equals("B101")).toList();
        assertThat(recent.totalByYear()).isEqualTo(GeneratedAwards.naiveBy(naive, Award::year));
        assertThat(recent.stream().toList()).isEqualTo(naive);
    }
}
