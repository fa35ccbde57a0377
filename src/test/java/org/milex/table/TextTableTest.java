package org.milex.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

class TextTableTest {
    private static final PriceBasis CURRENT = PriceBasis.current();

    record Row(Ally ally, Year year, Share shareOfGdp, Money spending) {
    }

    /** A result record whose {@code toString()} is its table. */
    record Ranking(List<Row> rows) {
        @Override
        public String toString() {
            return TextTable.render(Row.class, rows);
        }
    }

    private static final List<Row> ROWS = List.of(
            // data/nato/NATO-2024-06.csv, 2024: Poland share_of_gdp_pct 4.120190989357147, expenditure_usd_current_mn
            // 34974.52795052203; Germany 2.118977088667619 and 97685.59008395218
            new Row(Ally.of("POL"), Year.of(2024), Share.ofPercent(4.120190989357147),
                    Money.ofMillions(34974.52795052203, Currencies.USD, CURRENT)),
            new Row(Ally.of("DEU"), Year.of(2024), Share.ofPercent(2.118977088667619),
                    Money.ofMillions(97685.59008395218, Currencies.USD, CURRENT)));

    @Test
    void rendersSharesAndMoneyWithTheCurrencyOnceInTheHeader() {
        // Shares as NATO prints them (4.12%, 2.12%); money in millions to two decimals, half-up, with separators
        // to two decimals (34,974.53; 97,685.59); numbers and their headers right-aligned.
        assertThat(TextTable.render(ROWS)).isEqualTo("""
                ally  year  share_of_gdp_pct  spending_mn (USD, current prices)
                POL   2024             4.12%                          34,974.53
                DEU   2024             2.12%                          97,685.59""");
    }

    @Test
    void aRecordCanDelegateItsToString() {
        assertThat(new Ranking(ROWS)).hasToString(TextTable.render(ROWS));
        assertThat(new Ranking(List.of())).hasToString("ally  year  share_of_gdp_pct  spending_mn");
    }

    enum Flag { ON, OFF }

    record Misc(String label, double ratio, BigDecimal exact, Optional<Money> amount, Flag flag, boolean ok,
                LocalDate date, OptionalInt rank) {
    }

    @Test
    void rendersEveryKindOfValue() {
        List<Misc> rows = List.of(
                new Misc("a", 1234.5678, new BigDecimal("1234567.125"),
                        Optional.of(Money.ofMillions("10", Currencies.USD, CURRENT)), Flag.ON, true,
                        LocalDate.of(2024, 6, 17), OptionalInt.of(1)),
                new Misc("bb", 0.125, new BigDecimal("-3"),
                        Optional.of(Money.ofMillions("1234.5", Currencies.EUR, PriceBasis.constant(2015))), Flag.OFF,
                        false, LocalDate.of(2023, 7, 7), OptionalInt.empty()),
                new Misc("ccc", 0, BigDecimal.ZERO, Optional.empty(), Flag.ON, false, LocalDate.of(2024, 2, 14),
                        OptionalInt.of(12)));
        // By hand: doubles to two decimals half-up (1234.5678 → 1,234.57; 0.125 → 0.13, exact in binary);
        // BigDecimal likewise (1,234,567.125 → 1,234,567.13); booleans yes/no; money in differing currencies and
        // bases said in each cell (1234.5 → 1,234.50); empty Optionals are empty cells; no trailing spaces.
        assertThat(TextTable.render(rows)).isEqualTo("""
                label     ratio         exact                            amount_mn  flag  ok   date        rank
                a      1,234.57  1,234,567.13           USD 10.00 (current prices)  ON    yes  2024-06-17     1
                bb         0.13         -3.00  EUR 1,234.50 (constant 2015 prices)  OFF   no   2023-07-07
                ccc        0.00          0.00                                       ON    no   2024-02-14    12""");
    }

    @Test
    void noLineEndsInASpace() {
        String text = TextTable.render(ROWS);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        assertThat(text).doesNotEndWith("\n");
    }

    @Test
    void anEmptyListNeedsItsRecordClass() {
        assertThat(TextTable.render(Misc.class, List.of()))
                .isEqualTo("label  ratio  exact  amount_mn  flag  ok  date  rank");
        assertThatThrownBy(() -> TextTable.render(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot tell the columns of an empty list; use TextTable.render(Class, List) to name the "
                        + "record class");
    }

    record Bad(List<String> tags) {
    }

    @Test
    void refusesAnUnsupportedComponentNamingIt() {
        assertThatThrownBy(() -> TextTable.render(List.of(new Bad(List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("component 'tags' of record Bad has type java.util.List<java.lang.String>");
    }
}
