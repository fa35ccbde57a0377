package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClaimReportTest {
    private static final ClaimReport REPORT = Claims.check();

    @Test
    void printsAnAlignedReportWithOneLinePerDecisiveFigure() {
        String s = REPORT.toString();
        assertThat(s).startsWith("11 claims checked: 4 SUPPORTED, 3 SUPPORTED_WITH_CAVEAT, 1 APPROXIMATELY, "
                + "1 NOT_SUPPORTED, 2 CANNOT_CONFIRM\n"
                + "claim                          verdict                claimed                      milex  difference  relative  milex's figure\n"
                + "allies-at-2pct-2024            SUPPORTED              2024: 23 allies                 23           0     0.00%  allies at or above 2% in 2024e, NATO-2024-06\n"
                + "                                                      members: 32 allies              32           0     0.00%  members in 2024 (joined by then)\n"
                + "europe-canada-share-2014-2024  SUPPORTED              2014: 1.43%                 1.4278     -0.0022    -0.15%  NATO Europe and Canada 2014, Σ expenditure / Σ real GDP over 27 members, NATO-2024-06\n");
        assertThat(s).contains("\nnine-in-2021                   NOT_SUPPORTED          2021: 9 allies                   6          -3   -33.33%  allies at or above 2% in 2021, NATO-2024-06\n")
                .contains("\nnspa-6bn                       CANNOT_CONFIRM         total: about USD 6 bn\n")
                .contains("\n\nallies-at-2pct-2024: NATO-2024-06 counts 23 of the 32 members");
        assertThat(s.lines()).noneMatch(l -> l.endsWith(" "));
    }

    @Test
    void isAnImmutableListFoundById() {
        assertThat(REPORT).hasSize(11);
        assertThat(REPORT.find("poland-share-2024")).map(ClaimCheck::verdict).contains(Verdict.SUPPORTED);
        assertThat(REPORT.find("nothing")).isEmpty();
        assertThat(REPORT.count(Verdict.CANNOT_CONFIRM)).isEqualTo(2);
        assertThatThrownBy(() -> REPORT.add(REPORT.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ClaimReport.of(List.of(REPORT.get(0), REPORT.get(0))))
                .hasMessage("claim allies-at-2pct-2024 is checked twice");
    }

    @Test
    void turnsIntoATableWithOneRowPerComparison() {
        Table t = REPORT.toTable();
        assertThat(t.columnNames()).containsExactly("claim_id", "verdict", "label", "claimed", "claimed_value", "unit",
                "computed", "difference", "relative_difference_pct", "agrees", "decisive", "what", "source");
        int comparisons = REPORT.stream().mapToInt(c -> Math.max(c.comparisons().size(),
                c.comparisons().isEmpty() ? c.claim().figures().size() : 0)).sum();
        assertThat(t.rowCount()).isEqualTo(comparisons);
        assertThat(t.where(t.stringColumn("claim_id").isEqualTo("combined-spending-430bn")
                .and(t.booleanColumn("decisive").isTrue())).doubleColumn("computed").get(0))
                .isCloseTo(430.112, org.assertj.core.api.Assertions.within(0.001));
    }
}
