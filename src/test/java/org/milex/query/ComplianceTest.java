package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Optional;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceTest {
    private static final Dataset DATA = Dataset.embedded();
    private static final Query Y2024 = Query.of(DATA).year(2024);

    @Test
    void twentyThreeOfThirtyTwoAlliesMetTwoPercentIn2024() {
        // NATO 2024-06 press release and TABLE3 2024e: 23 allies at or above 2%; Slovakia exactly 2.0
        Compliance c = Y2024.compliance(Guideline.twoPercentOfGdp());
        assertThat(c.count()).isEqualTo(23);
        assertThat(c.members()).isEqualTo(32);
        // data/nato/NATO-2024-06.csv, 2024 rows with share_of_gdp_pct < 2, by code
        assertThat(c.notMeeting()).extracting(Ally::code)
                .containsExactly("BEL", "CAN", "HRV", "ITA", "LUX", "PRT", "SVN", "ESP");
        assertThat(c.withoutFigure()).extracting(Ally::code).containsExactly("ISL");
        assertThat(c.meeting()).extracting(Ally::code).contains("SVK", "POL", "USA", "SWE", "FIN").hasSize(23);
        assertThat(c.isEstimate()).isTrue();
        assertThat(c.standings()).allMatch(Compliance.Standing::estimate);
        assertThat(c.toString()).startsWith("2% of GDP on defence (≥ 2.00%) in 2024e, NATO-2024-06 "
                + "(defence expenditure, exact): 23 of 32 allies meet it, 8 below; no figure: ISL Iceland\n"
                + "code  name             year  value_pct  status     estimate  caveat\n"
                + "ALB   Albania          2024      2.03%  MEETS      yes\n");
    }

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @CsvSource({
            // data/nato/NATO-2024-06.csv, counted by hand: members (accession year ≤ year, data/allies.csv) with
            // share_of_gdp_pct ≥ 2; the denominator includes Iceland
            "2014,  3, 28",
            "2022,  7, 30",
            "2023, 10, 31",
            "2024, 23, 32",
    })
    void theDenominatorIsTheYearsMembers(int year, int meeting, int members) {
        Compliance c = Query.of(DATA).year(year).compliance(Guideline.twoPercentOfGdp());
        assertThat(c.count()).isEqualTo(meeting);
        assertThat(c.members()).isEqualTo(members);
    }

    @Test
    void roundingAsPrintedCountsNinetyNinePointFiveHundredthsAsTwo() {
        // NATO-2025-08 TABLE3 2018: Poland 1.995933772 (printed 2.00); GRC, LVA, GBR, USA above 2
        Query q = Query.of(DATA).edition("NATO-2025-08").year(2018);
        Compliance exact = q.compliance(Guideline.twoPercentOfGdp(), Rounding.EXACT);
        Compliance printed = q.compliance(Guideline.twoPercentOfGdp(), Rounding.AS_PRINTED);
        assertThat(exact.meeting()).extracting(Ally::code).containsExactly("GRC", "LVA", "GBR", "USA");
        assertThat(printed.meeting()).extracting(Ally::code).containsExactly("GRC", "LVA", "POL", "GBR", "USA");
        assertThat(printed.notes()).contains("values compared as printed, rounded half-up to two decimals");
        // the value shown stays exact
        assertThat(printed.standings()).filteredOn(s -> s.code().equals("POL")).singleElement()
                .extracting(Compliance.Standing::value).isEqualTo(Optional.of(Share.ofPercent(1.995933772)));
    }

    @Test
    void equipmentGuidelineUsesTheEquipmentShare() {
        // data/nato/NATO-2024-06.csv, TABLE8a 2024e equipment_share_pct ≥ 20, counted by hand: 29 of 31 reporting
        Compliance c = Y2024.compliance(Guideline.equipmentTwentyPercent());
        assertThat(c.count()).isEqualTo(29);
        // TABLE8a 2024e: Belgium 15.16, Canada 18.60
        assertThat(c.notMeeting()).extracting(Ally::code).containsExactly("BEL", "CAN");
    }

    @Test
    void hagueCoreSaysWhetherTheEditionMeasuresCoreDefenceExpenditure() {
        // data/editions.csv: NATO-2024-06 DEFENCE_EXPENDITURE; NATO-2026-07 CORE_DEFENCE_EXPENDITURE
        Compliance old = Y2024.compliance(Guideline.hagueCore());
        assertThat(old.isCoreDefinition()).isFalse();
        assertThat(old.definition()).isEqualTo(Edition.Definition.DEFENCE_EXPENDITURE);
        assertThat(old.notes()).singleElement().asString().contains("not core defence expenditure");
        // NATO-2024-06 TABLE3 2024e: only Poland (4.12) at or above 3.5; Estonia 3.43, USA 3.38
        assertThat(old.meeting()).extracting(Ally::code).containsExactly("POL");

        Compliance core = Query.of(DATA).edition("NATO-2026-07").year(2026).compliance(Guideline.hagueCore());
        assertThat(core.isCoreDefinition()).isTrue();
        assertThat(core.notes()).noneMatch(n -> n.contains("not core"))
                .anyMatch(n -> n.contains("FRAGMENTARY"));
        assertThat(core.withoutFigure()).hasSizeGreaterThan(20).extracting(Ally::code).contains("ISL", "USA");
    }

    @Test
    void aGuidelineWithoutAPublishedMeasureCannotBeChecked() {
        assertThatThrownBy(() -> Y2024.compliance(Guideline.hagueTotal()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guideline HAGUE_TOTAL_5PCT has no published measure");
    }

    @Test
    void aStandingHasAValueExactlyWhenItHasAFigure() {
        assertThatThrownBy(() -> new Compliance.Standing("ISL", "Iceland", Year.of(2024), Optional.empty(),
                Compliance.Status.BELOW, true, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISL 2024: status BELOW with value Optional.empty");
    }

    @Test
    void everyRowComparingAcrossDefinitionsSaysSo() {
        // data/editions.csv: NATO-2024-06 measures defence expenditure; data/guidelines.csv: HAGUE_CORE_3_5PCT is
        // defined on core defence expenditure (The Hague, 2025), so each of the 32 rows carries the caveat
        Compliance hague = Query.of(Dataset.embedded()).year(2024).compliance(Guideline.hagueCore());
        assertThat(hague.standings()).hasSize(32).allSatisfy(st -> assertThat(st.caveat()).hasValue(
                "NATO-2024-06 measures defence expenditure (NATO definition), not core defence expenditure "
                        + "(The Hague, 2025): HAGUE_CORE_3_5PCT compared with a different figure"));
        Compliance twoPercent = Query.of(Dataset.embedded()).year(2024).compliance(Guideline.twoPercentOfGdp());
        assertThat(twoPercent.standings()).allSatisfy(st -> assertThat(st.caveat()).isEmpty());
    }
}
