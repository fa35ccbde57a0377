package org.milex.query;

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
                new Revision("POL", "Poland", Year.of(2022), 2.225308373618372, 2.20795495, -0.017353423618372),
                new Revision("POL", "Poland", Year.of(2023), 3.260153162516579, 3.270387078, 0.010233915483421),
                new Revision("POL", "Poland", Year.of(2024), 4.120190989357147, 3.788951289, -0.331239700357147));
        assertThat(r.title()).isEqualTo("share_of_gdp_pct (percent): A = NATO-2024-06, B = NATO-2025-08, difference = B − A");
    }

    @Test
    void groupQueriesIncludeTheGroupsRow() {
        // NATO-2025-08 TABLE3: NATO Europe and Canada 2024e 1.989713087; NATO-2024-06: 2.0154548520439497
        Rows<Revision> r = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).revisionsTo("NATO-2025-08");
        assertThat(r.list()).filteredOn(x -> x.code().equals("EUROPE_CANADA")).singleElement()
                .satisfies(x -> assertThat(x.valueB()).isEqualTo(1.989713087));
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
        assertThat(r.notes()).first().asString().contains("change of definition");
        assertThat(r.list()).filteredOn(x -> x.code().equals("EUROPE_CANADA")).singleElement()
                .satisfies(x -> assertThat(x.difference()).isEqualTo(-0.0554548520439497));
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Revision("POL", "Poland", Year.of(2024), 1, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valueB must be a finite number");
    }
}
