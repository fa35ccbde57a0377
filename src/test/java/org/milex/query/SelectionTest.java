package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.Guideline;
import org.milex.model.PriceBasis;

/** A selection of allies is not a group: it names allies that were not yet members and sums what it lists. */
class SelectionTest {
    private static final Dataset DATA = Dataset.embedded();

    @Test
    void complianceSaysWhyAnAllyThatWasNotYetAMemberIsNotCounted() {
        // data/allies.csv: Sweden joined 2024-03-07, so it was no member in 2023
        Compliance c = Query.of(DATA).allies("SWE").year(2023).compliance(Guideline.twoPercentOfGdp());
        assertThat(c.members()).isZero();
        assertThat(c.summary()).isEqualTo("no members in 2023 to count");
        assertThat(c.notes()).contains("SWE Sweden was not a member in 2023 (joined 2024-03-07): not counted, "
                + "a guideline applies to members");
    }

    @Test
    void totalsAndGroupTotalsSumTheSameAllies() {
        // NATO-2024-06 publishes Sweden's and Finland's 2023 figures; Finland joined 2023-04-04, Sweden 2024-03-07
        Query q = Query.of(DATA).allies("SWE", "FIN").year(2023);
        PriceBasis current = PriceBasis.current();
        Rows<Total> each = q.totals(current);
        Total sum = q.groupTotals(current).get(0);
        assertThat(each.list()).extracting(Total::code).containsExactly("FIN", "SWE");
        assertThat(sum.expenditure()).isEqualTo(each.get(0).expenditure().plus(each.get(1).expenditure()));
        assertThat(q.groupTotals(current).notes()).containsExactly(
                "SWE Sweden was not a member in 2023 (joined 2024-03-07): summed because chosen");
        assertThat(each.notes()).containsExactly(
                "SWE Sweden was not a member in 2023 (joined 2024-03-07): listed because chosen");
    }

    @Test
    void aSelectionsCombinedShareIsOverTheSelectedAlliesAndItsNotesOnlyNameThem() {
        // Neither Finland nor Sweden was a member in 2022; both have figures in NATO-2024-06
        Rows<GroupShare> r = Query.of(DATA).allies("SWE", "FIN").year(2022).groupShares();
        assertThat(r.get(0).members()).isEqualTo(2);
        assertThat(r.get(0).published()).isEmpty();
        assertThat(String.join("\n", r.notes())).doesNotContain("Iceland").doesNotContain("ISL")
                .contains("over the chosen allies (FIN, SWE)")
                .contains("FIN Finland was not a member in 2022 (joined 2023-04-04)");
    }

    @Test
    void aGroupCountsMembersFromTheirAccessionYear() {
        // NATO-2024-06: NATO's 2023 members are 31 (Finland from 2023, Sweden from 2024)
        assertThat(Query.of(DATA).year(2023).groupShares().get(0).members()).isEqualTo(31);
        assertThat(Query.of(DATA).year(2023).groupTotals(PriceBasis.current()).notes())
                .containsExactly("ISL Iceland: no armed forces, no expenditure; its GDP counts in the sums, as in NATO's rows");
    }
}
