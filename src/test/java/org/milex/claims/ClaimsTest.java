package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.PriceBasis;

/** The embedded claims of the reporting, checked against the embedded data. */
class ClaimsTest {
    private static final ClaimReport REPORT = Claims.check();
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");

    private static ReadingResult reading(String claim, String reading) {
        return REPORT.find(claim).orElseThrow().reading(reading).orElseThrow();
    }

    private static BigDecimal value(String claim, String reading, int index) {
        return reading(claim, reading).results().get(index).computed().orElseThrow();
    }

    private static BigDecimal groupRowBn(AllyGroup g, PriceBasis basis) {
        // NATO's published group row, TABLE2, independently of the evaluator's Σ over members
        return Dataset.embedded().find(g, Year.of(2024), JUNE_2024).orElseThrow().expenditure(basis).orElseThrow()
                .millions().movePointLeft(3);
    }

    @Test
    void everyClaimOfTheFileIsChecked() {
        assertThat(REPORT).extracting(c -> c.claim().id()).containsExactlyElementsOf(
                Claims.all().stream().map(Claim::id).toList());
        assertThat(REPORT.size()).isEqualTo(11);
        // every verdict follows from the readings by the rule (ClaimCheck enforces it); sources are URLs
        assertThat(REPORT).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.of(c.claim(), c.readings())));
        assertThat(Claims.all()).allSatisfy(c -> assertThat(c.urls()).allMatch(u -> u.startsWith("https://")));
    }

    @Test
    void theFourHundredThirtyBillionClaimShowsItsReadingsSideBySide() {
        ClaimCheck c = REPORT.find("combined-spending-430bn").orElseThrow();
        assertThat(c.readings()).extracting(r -> r.reading().id()).containsExactly("europe-canada-current",
                "europe-canada-constant", "nato-current", "nato-constant", "european-allies-current",
                "european-allies-constant");
        // the Σ over members reproduces NATO's rows (TABLE2, 2024e): Europe and Canada 506,692.48 current and
        // 430,112.31 constant 2015; NATO 1,474,399.48 current (README)
        assertThat(value(c.claim().id(), "europe-canada-current", 0).doubleValue())
                .isCloseTo(groupRowBn(AllyGroup.EUROPE_CANADA, PriceBasis.current()).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(value(c.claim().id(), "europe-canada-constant", 0).doubleValue())
                .isCloseTo(groupRowBn(AllyGroup.EUROPE_CANADA, JUNE_2024.constantPrices()).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(value(c.claim().id(), "nato-current", 0).doubleValue())
                .isCloseTo(groupRowBn(AllyGroup.NATO, PriceBasis.current()).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        // "more than 430" (at most 440): only Europe and Canada at constant prices (430.11) fits; the primary
        // reading, at current prices (506.69), does not
        assertThat(c.readings()).filteredOn(r -> !r.casesHolding().isEmpty()).extracting(r -> r.reading().id())
                .containsExactly("europe-canada-constant");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED_UNDER_OTHER_READING);
        assertThat(c.explanation()).contains("supported under reading europe-canada-constant only");
    }

    @Test
    void nspaTenBillionDependsOnCountingTheFrameworkAtItsCeiling() {
        ClaimCheck c = REPORT.find("nspa-10bn-since-july-2023").orElseThrow();
        ReadingResult r = c.primary().orElseThrow();
        assertThat(r.cases()).containsExactly("EUR/USD 1.09 on 2024-01-23, contract-value ceiling",
                "EUR/USD 1.09 on 2024-01-23, contract-value firm");
        // contracts.csv, NSPA awards dated 2023-07-01..2024-01-23: Patriot USD 5500, 155 mm EUR 1100, LBDM
        // ceiling EUR 2400 / firm EUR 1000; at the file's assumed 1.09: 5500 + 3500 × 1.09 = 9315;
        // 5500 + 2100 × 1.09 = 7789 (USD mn)
        assertThat(r.resultsOf(r.cases().get(0)).get(0).computed()).contains(new BigDecimal("9.315"));
        assertThat(r.resultsOf(r.cases().get(1)).get(0).computed()).contains(new BigDecimal("7.789"));
        assertThat(r.casesHolding()).containsExactly(r.cases().get(0));
        assertThat(c.verdict()).isEqualTo(Verdict.DEPENDS_ON_ASSUMPTION);
        // the approvals dated in the period are named and not counted
        assertThat(r.results().get(0).what()).contains("not counted: dsca-stinger-2023 (approval only)");
    }

    @Test
    void countsOfAlliesAndTheEditionsCompared() {
        // NATO-2024-06 TABLE3 2021: EST 2.03, GRC 3.70, LVA 2.09, POL 2.22, GBR 2.29, USA 3.53
        assertThat(value("nine-in-2021", "june-2024-edition", 0)).isEqualByComparingTo("6");
        assertThat(reading("nine-in-2021", "earliest-edition").support()).isEqualTo(ReadingResult.Support.NO_DATA);
        assertThat(REPORT.find("nine-in-2021").orElseThrow().explanation()).contains("the statement is undated",
                "milex holds no edition from the time of a statement about 2021: its earliest, NATO-2023-07, was "
                        + "published 2023-07-07");
        // NATO-2024-06 TABLE3 2024e: 23 allies ≥ 2% (Slovakia exactly 2.00), 32 members
        assertThat(value("allies-at-2pct-2024", "published-estimates", 0)).isEqualByComparingTo("23");
        assertThat(value("allies-at-2pct-2024", "published-estimates", 1)).isEqualByComparingTo("32");
        // NATO-2023-07 2023e: EST FIN GRC HUN LVA LTU POL ROU SVK GBR USA, the edition nearest 2023-07-11
        assertThat(value("allies-at-2pct-2023-vilnius", "published-estimates", 0)).isEqualByComparingTo("11");
        assertThat(reading("allies-at-2pct-2023-vilnius", "published-estimates").notes())
                .containsExactly("nearest edition to the statement (2023-07-11): NATO-2023-07, published 2023-07-07");
    }

    @Test
    void sharesAreTheEditionsPublishedFigures() {
        // NATO-2024-06 TABLE3: Poland 2024e = 4.120190989357147; Europe and Canada 2014 = 1.4278082919106425
        assertThat(value("poland-share-2024", "published-estimate", 0).doubleValue()).isEqualTo(4.120190989357147);
        assertThat(value("europe-canada-share-2014-2024", "published-group-row", 0).doubleValue())
                .isEqualTo(1.4278082919106425);
    }

    @Test
    void aidFiguresAndTheirRates() {
        // aid.csv: the Pentagon's "more than USD 53.5 bn" of 2024-07-02
        assertThat(value("us-security-assistance-53-6bn", "pentagon-total", 0)).isEqualByComparingTo("53.5");
        // aid.csv: Kiel, Europe's military allocations EUR 42,000 mn × the file's assumed 1.08 and 1.09
        assertThat(reading("others-50bn-kiel", "europe-military-allocations").results())
                .extracting(x -> x.computed().orElseThrow()).containsExactly(new BigDecimal("45.36"),
                        new BigDecimal("45.78"));
    }

    @Test
    void anUntraceableClaimSaysWhy() {
        ClaimCheck c = REPORT.find("nspa-6bn").orElseThrow();
        assertThat(c.verdict()).isEqualTo(Verdict.UNTRACEABLE);
        assertThat(c.readings()).isEmpty();
        assertThat(c.explanation()).startsWith("Untraceable: no source consulted itemises it");
    }

    @Test
    void getNamesTheKnownIds() {
        assertThat(Claims.get("poland-share-2024").statement()).isEqualTo("Poland spends 4.12% of GDP");
        assertThatThrownBy(() -> Claims.get("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown claim 'nope'; milex knows allies-at-2pct-2024, ");
    }

    @Test
    void theReportPrintsEveryPartAndTurnsIntoATable() {
        String s = REPORT.toString();
        assertThat(s).startsWith("11 claims checked: ");
        assertThat(REPORT.toTable().rowCount()).isEqualTo(REPORT.rowCount());
        assertThat(REPORT.toTable().columnNames()).containsExactly("claim_id", "verdict", "reading", "primary",
                "reading_holds", "assumption_case", "part", "claimed", "claimed_value", "unit", "computed", "outcome",
                "what");
        assertThat(List.copyOf(REPORT)).hasSize(11);
    }
}
