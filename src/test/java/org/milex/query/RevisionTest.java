package org.milex.query;

import java.math.BigDecimal;
import org.milex.model.Measure;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.junit.jupiter.api.Test;

class RevisionTest {
    private static final Dataset DATA = Dataset.embedded();

    @Test
    void polandRevisedDownFromFourPointOneTwoToThreePointSevenNine() {
        // NATO-2024-06 TABLE3 Poland 2022 2.225308373618372, 2023e 3.260153162516579, 2024e 4.120190989357147;
        // NATO-2025-08 TABLE3 (transcription, data/nato/provenance.csv): 2.20795495, 3.270387078, 3.788951289
        Rows<Revision> r = Query.of(DATA).allies("POL").years(2022, 2024).revisionsTo("NATO-2025-08");
        assertThat(r.list()).containsExactly(
                revision(2022, "2.225308373618372", "2.20795495", "-0.017353423618372"),
                revision(2023, "3.260153162516579", "3.270387078", "0.010233915483421"),
                revision(2024, "4.120190989357147", "3.788951289", "-0.331239700357147"));
        // NATO-2024-06 is at constant 2015 prices, NATO-2025-08 at constant 2021 prices (data/editions.csv)
        assertThat(r.notes()).contains("every row: price base: constant 2015 prices → constant 2021 prices; "
                + "a difference mixes NATO's revision with this change");
        assertThat(r.title()).isEqualTo("share_of_gdp_pct (percent): A = NATO-2024-06, B = NATO-2025-08, difference = B − A");
    }

    @Test
    void groupQueriesIncludeTheGroupsRow() {
        // NATO-2025-08 TABLE3: NATO Europe and Canada 2024e 1.989713087; NATO-2024-06: 2.0154548520439497
        Rows<Revision> r = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).revisionsTo("NATO-2025-08");
        assertThat(r.list()).filteredOn(x -> x.code().equals("EUROPE_CANADA")).singleElement()
                .satisfies(x -> assertThat(x.valueB()).isEqualByComparingTo("1.989713087"));
        // 30 members with a share in both, plus the group row
        assertThat(r.size()).isEqualTo(31);
    }

    @Test
    void countsFiguresOnlyOneEditionHas() {
        // data/nato/NATO-2023-07.csv has 2022 shares for 10 allies, one of them Finland (not a member in 2022), and no
        // NATO row; NATO-2024-06 has the 29 members with armed forces and the NATO row: 30 − 9 = 21 only in A
        Rows<Revision> r = Query.of(DATA).year(2022).revisionsTo("NATO-2023-07");
        assertThat(r.size()).isEqualTo(9);
        assertThat(r.notes()).containsExactly("21 figures only in NATO-2024-06, 0 only in NATO-2023-07");
    }

    @Test
    void saysWhenTheTwoEditionsDefineExpenditureDifferently() {
        // data/editions.csv: NATO-2026-07 is CORE_DEFENCE_EXPENDITURE; NATO Europe and Canada 2024: 1.96 there
        Rows<Revision> r = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).revisionsTo("NATO-2026-07");
        assertThat(r.notes()).first().asString().contains("definition: DEFENCE_EXPENDITURE → CORE_DEFENCE_EXPENDITURE");
        assertThat(r.list()).filteredOn(x -> x.code().equals("EUROPE_CANADA")).singleElement()
                .satisfies(x -> assertThat(x.difference()).isEqualByComparingTo("-0.0554548520439497"));
    }

    private static Revision revision(int year, String a, String b, String d) {
        return new Revision("POL", "Poland", Year.of(year), new BigDecimal(a), new BigDecimal(b), new BigDecimal(d),
                Optional.of("price base: constant 2015 prices → constant 2021 prices"));
    }

    @Test
    void europeAndCanada2014SaysMostOfItsChangeIsANewPriceBase() {
        // NATO-2024-06 TABLE3 "NATO Europe and Canada" 2014: 1.43 (constant 2015 prices); NATO-2025-08: 1.398854284
        // (constant 2021 prices). Issue 7: the change 1.43 → 1.40 is mostly the price base, and the row must say so.
        Revision r = Query.of(DATA).year(2014).group(AllyGroup.EUROPE_CANADA).revisionsTo("NATO-2025-08").stream()
                .filter(x -> x.code().equals("EUROPE_CANADA")).findFirst().orElseThrow();
        assertThat(r.valueB()).isEqualByComparingTo("1.398854284");
        assertThat(r.caveat()).contains("price base: constant 2015 prices → constant 2021 prices");
    }

    @Test
    void moneyAtConstantPricesIsNotComparedAcrossPriceBases() {
        // data/editions.csv: NATO-2024-06 constant 2015 prices, NATO-2025-08 constant 2021 prices
        assertThatThrownBy(() -> Query.of(DATA).allies("POL").year(2024).measure(Measure.EXPENDITURE_USD_CONSTANT)
                .revisionsTo("NATO-2025-08")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expenditure_usd_constant_mn is money at constant prices")
                .hasMessageContaining("compare at current prices");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Revision("POL", "Poland", Year.of(2024), BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ONE, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POL 2024: difference 1 is not 10 − 1");
    }
}
