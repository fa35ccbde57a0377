package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotalTest {
    private static final Dataset DATA = Dataset.embedded();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // NATO-2024-06 workbook TABLE2 (expenditure) and TABLE5 (GDP), 2024e, USD million, rows "NATO Total" and
            // "NATO Europe and Canada" as in data/nato/NATO-2024-06.csv
            "NATO,          current,  1474399.4765734388, 53976436.989360675",
            "EUROPE_CANADA, current,  506692.47657343885, 25256495.432381578",
            "NATO,          constant, 1184796.4471574835, 43675110.710610785",
            "EUROPE_CANADA, constant, 430112.31173262367, 21340706.853166685",
    })
    void groupTotalsAreSumsOverMembersAndEqualNatosRows(String group, String basis, double expenditure, double gdp) {
        Query q = Query.of(DATA).year(2024).group(AllyGroup.of(group));
        PriceBasis b = basis.equals("current") ? PriceBasis.current() : q.edition().constantPrices();
        Total t = q.groupTotals(b).get(0);
        assertThat(t.expenditure().millions().doubleValue()).isCloseTo(expenditure, within(1e-6));
        assertThat(t.gdp().millions().doubleValue()).isCloseTo(gdp, within(1e-4));
        assertThat(t.expenditure().basis()).isEqualTo(b);
    }

    @Test
    void natoTotal2024PrintsInMillions() {
        // NATO 2024-06 TABLE2: NATO Total 2024e current USD 1,474,399.48 million
        assertThat(Query.of(DATA).year(2024).groupTotals(PriceBasis.current()).toString()).isEqualTo("""
                NATO NATO Total, Σ over the members of NATO, USD million, current prices, NATO-2024-06
                code  name        year  expenditure_mn (USD, current prices)  gdp_mn (USD, current prices)  estimate
                NATO  NATO Total  2024                          1,474,399.48                 53,976,436.99  yes
                note: ISL Iceland: no armed forces, no expenditure; its GDP counts in the sums, as in NATO's rows""");
    }

    @Test
    void allyTotalsLeaveOutAlliesWithoutExpenditure() {
        Rows<Total> t = Query.of(DATA).year(2024).totals(PriceBasis.current());
        assertThat(t.size()).isEqualTo(31);
        assertThat(t.notes()).containsExactly("no figure for: ISL (1 year)");
        // NATO-2024-06 TABLE2: Poland 2024e current USD 34974.52795052203 million
        assertThat(t.stream().filter(x -> x.code().equals("POL")).findFirst().orElseThrow().expenditure())
                .isEqualTo(Money.ofMillions(34974.52795052203, Currencies.USD, PriceBasis.current()));
    }

    @Test
    void anotherConstantBaseIsRefused() {
        // data/editions.csv: NATO-2024-06 is at constant 2015 prices
        assertThatThrownBy(() -> Query.of(DATA).year(2024).totals(PriceBasis.constant(2021)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edition NATO-2024-06 publishes constant 2015 prices, not constant 2021 prices; "
                        + "milex does not rebase figures");
    }

    @Test
    void aPartialEditionSaysWhichFiguresAreMissing() {
        assertThatThrownBy(() -> Query.of(DATA).edition("NATO-2025-08").year(2024).groupTotals(PriceBasis.current()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks expenditure or GDP in US dollars for 32 of the members of NATO in 2024");
    }

    @Test
    void amountsMustShareTheirBasis() {
        Money cur = Money.ofMillions(BigDecimal.ONE, Currencies.USD, PriceBasis.current());
        Money con = Money.ofMillions(BigDecimal.ONE, Currencies.USD, PriceBasis.constant(2015));
        assertThatThrownBy(() -> new Total("POL", "Poland", Year.of(2024), cur, con, true))
                .isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Price bases differ: current prices/constant 2015 prices");
    }
}
