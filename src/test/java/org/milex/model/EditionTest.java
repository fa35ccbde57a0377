package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.DataFileException;

class EditionTest {

    @Test
    void theJune2024EditionAsNatoPublishedIt() {
        // shared/sources/nato-editions/SOURCES.md §1: published 17 June 2024, cut-off 12 June 2024,
        // constant 2015 prices, 2023 and 2024 are estimates
        Edition e = Edition.parse("NATO-2024-06");
        assertThat(e.title()).isEqualTo("Defence Expenditure of NATO Countries (2014-2024)");
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThat(e.cutoff()).contains(LocalDate.of(2024, 6, 12));
        assertThat(e.constantPrices()).isEqualTo(PriceBasis.constant(2015));
        assertThat(e.estimateYears()).containsExactlyInAnyOrder(Year.of(2023), Year.of(2024));
        assertThat(e.isComplete()).isTrue();
        assertThat(e).hasToString("NATO-2024-06");
    }

    @Test
    void fromAugust2025NatoUses2021Prices() {
        // SOURCES.md, "Price base changes": 2025-08 and 2026-07 use constant 2021 prices
        assertThat(Edition.parse("NATO-2025-08").constantPrices()).isEqualTo(PriceBasis.constant(2021));
        assertThat(Edition.parse("NATO-2026-07").definition()).isEqualTo(Edition.Definition.CORE_DEFENCE_EXPENDITURE);
    }

    @Test
    void theDefaultIsTheNewestCompleteEdition() {
        assertThat(Edition.latestComplete()).isEqualTo(Edition.parse("NATO-2024-06"));
        assertThat(Edition.all()).extracting(Edition::id).containsExactly("NATO-2023-07", "NATO-2024-02",
                "NATO-2024-06", "NATO-2025-04", "NATO-2025-08", "NATO-2026-07");
    }

    @Test
    void anUnknownEditionIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> Edition.parse("NATO-1999-01"))
                .hasMessage("unknown edition 'NATO-1999-01'; milex knows NATO-2023-07, NATO-2024-02, NATO-2024-06, "
                        + "NATO-2025-04, NATO-2025-08, NATO-2026-07");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Edition("nato 2024", "NATO", "t", LocalDate.of(2024, 6, 17), Optional.empty(),
                PriceBasis.constant(2015), Year.of(2014), Year.of(2024), Set.of(), Edition.Coverage.COMPLETE,
                Edition.Definition.DEFENCE_EXPENDITURE, "s"))
                .hasMessage("an edition is identified as PUBLISHER-YYYY-MM, e.g. NATO-2024-06, not 'nato 2024'");
        assertThatThrownBy(() -> new Edition("NATO-2024-06", "NATO", "t", LocalDate.of(2024, 6, 17), Optional.empty(),
                PriceBasis.current(), Year.of(2014), Year.of(2024), Set.of(), Edition.Coverage.COMPLETE,
                Edition.Definition.DEFENCE_EXPENDITURE, "s"))
                .hasMessage("edition NATO-2024-06: constant prices need a base year, not current prices");
        assertThatThrownBy(() -> new Edition("NATO-2024-06", "NATO", "t", LocalDate.of(2024, 6, 17), Optional.empty(),
                PriceBasis.constant(2015), Year.of(2014), Year.of(2024), Set.of(Year.of(2025)), Edition.Coverage.COMPLETE,
                Edition.Definition.DEFENCE_EXPENDITURE, "s"))
                .hasMessage("edition NATO-2024-06: estimate year 2025 lies outside 2014-2024");
    }

    @Test
    void usersDescribeTheirOwnEditions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("editions.csv");
        Files.writeString(f, "id,publisher,title,published,cutoff,price_base_year,first_year,last_year,estimate_years,coverage,definition,source\n"
                + "NATO-2027-06,NATO,Defence Expenditure of NATO Countries (2014-2027),2027-06-20,,2021,2014,2027,2026|2027,COMPLETE,CORE_DEFENCE_EXPENDITURE,my download\n");
        List<Edition> editions = Editions.read(f);
        assertThat(editions).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("NATO-2027-06");
            assertThat(e.cutoff()).isEmpty();
            assertThat(e.isEstimate(Year.of(2027))).isTrue();
        });
        Files.writeString(f, "id,publisher,title,published,cutoff,price_base_year,first_year,last_year,estimate_years,coverage,definition,source\n"
                + "NATO-2027-06,NATO,T,2027-06-20,,2021,2014,2027,2026|2027,FULL,CORE_DEFENCE_EXPENDITURE,my download\n");
        assertThatThrownBy(() -> Editions.read(f))
                .isInstanceOf(DataFileException.class)
                .hasMessage(f + ":2:10 (coverage): not one of [COMPLETE, PARTIAL, FRAGMENTARY, INTERIM]: 'FULL'");
    }
}
