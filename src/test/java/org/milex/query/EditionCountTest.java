package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionCountTest {
    private static final Rows<EditionCount> COUNTS = Query.of(Dataset.embedded())
            .complianceByEdition(Guideline.twoPercentOfGdp());

    @ParameterizedTest(name = "{0} {1}: {2} of {3} figures ({4} members)")
    @CsvSource({
            // counted by hand in data/nato/<edition>.csv: members' share_of_gdp_pct ≥ 2 / members with a figure
            // NATO-2023-07 2023e: EST FIN GRC HUN LVA LTU POL ROU SVK GBR USA; all 30 members with armed forces
            "NATO-2023-07, 2023, 11, 30, 31, true",
            // NATO-2023-07 2022: only 10 allies' 2022 figures are held (icds.ee), 9 of them members
            "NATO-2023-07, 2022,  2,  9, 30, false",
            "NATO-2024-06, 2024, 23, 31, 32, true",
            // NATO-2025-04 (interim, one article): 30 figures, none for Iceland nor Croatia
            "NATO-2025-04, 2024, 22, 30, 32, false",
            // NATO-2025-08 TABLE3 transcription: 2024e shares revised, 18 at or above 2
            "NATO-2025-08, 2024, 18, 31, 32, true",
    })
    void countsAsEachEditionPublishedThem(String edition, int year, int meeting, int withFigures, int members,
                                          boolean allFigures) {
        EditionCount c = COUNTS.stream().filter(x -> x.edition().id().equals(edition) && x.year().equals(Year.of(year)))
                .findFirst().orElseThrow();
        assertThat(c).isEqualTo(new EditionCount(Edition.parse(edition), Year.of(year), meeting, withFigures, members, allFigures,
                c.coverage(), c.estimate()));
    }

    @Test
    void reportsCoverage() {
        assertThat(COUNTS.stream().filter(x -> x.edition().id().equals("NATO-2026-07")))
                .allMatch(x -> x.coverage() == Edition.Coverage.FRAGMENTARY && !x.allFigures());
    }

    @Test
    void validatesTheCounts() {
        assertThatThrownBy(() -> new EditionCount(Edition.parse("NATO-2024-06"), Year.of(2024), 24, 23, 32, false,
                Edition.Coverage.COMPLETE, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 ≤ meeting ≤ withFigures ≤ members");
    }
}
