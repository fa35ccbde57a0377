package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.PriceBasis;

/**
 * The invariants of "one share everywhere", checked for every edition, year, ally and guideline on the share of
 * GDP that milex holds: a gap is zero exactly when compliance counts the ally as meeting; the growth needed is zero
 * exactly for an ally at or above the target; the report's sections never disagree.
 */
class OneShareInvariantsTest {
    private static final Dataset DATA = Dataset.embedded();

    static Stream<Arguments> editionYearGuideline() {
        List<Arguments> out = new ArrayList<>();
        for (Edition e : DATA.editions()) {
            for (Year y : DATA.years(e)) {
                for (Guideline g : Guideline.all()) {
                    if (g.measure().filter(m -> m == Measure.SHARE_OF_GDP).isPresent()) {
                        out.add(Arguments.of(e, y, g));
                    }
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> editionYear() {
        return DATA.editions().stream().flatMap(e -> DATA.years(e).stream().map(y -> Arguments.of(e, y)));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("editionYearGuideline")
    void aGapIsZeroExactlyWhenComplianceSaysTheAllyMeets(Edition e, Year y, Guideline g) {
        Query q = Query.of(DATA).edition(e).year(y);
        Set<String> meeting = q.compliance(g).meeting().stream().map(Ally::code).collect(Collectors.toSet());
        for (PriceBasis b : List.of(PriceBasis.current(), e.constantPrices())) {
            for (Gap gap : q.gaps(g.threshold(), b)) {
                assertThat(gap.gap().isZero()).as("%s %s %s %s", e, y, gap.code(), b)
                        .isEqualTo(meeting.contains(gap.code()));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("editionYearGuideline")
    void theGrowthNeededIsZeroExactlyForAnAllyAtOrAboveTheTarget(Edition e, Year y, Guideline g) {
        if (g.deadline().filter(d -> d.isAfter(y)).isEmpty()) {
            return; // 2% has no deadline to grow towards
        }
        Query q = Query.of(DATA).edition(e).year(y);
        Set<String> meeting = q.compliance(g).meeting().stream().map(Ally::code).collect(Collectors.toSet());
        for (GrowthPath p : q.growthToReach(g, 1.5)) {
            assertThat(p.met()).as("%s %s %s", e, y, p.code()).isEqualTo(meeting.contains(p.code()));
            assertThat(p.requiredGrowthPct() == 0).as("%s %s %s", e, y, p.code()).isEqualTo(p.met());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editionYear")
    void theReportsSectionsAgree(Edition e, Year y) {
        BurdenSharingReport r = BurdenSharingReport.of(DATA, e, y);
        Compliance two = r.guidelines().get(0).value().orElseThrow();
        assertThat(two.guideline()).isEqualTo(Guideline.twoPercentOfGdp());
        Set<String> meeting = two.meeting().stream().map(Ally::code).collect(Collectors.toSet());
        r.largestGaps().value().ifPresent(gaps -> assertThat(gaps.list()).extracting(Gap::code)
                .as("%s %s: an ally meeting 2%% in section 1 listed among the gaps", e, y)
                .doesNotContainAnyElementsOf(meeting));
        assertThat(r.toString()).doesNotContain("USD 0.00 mn").doesNotContain("shared/");
    }
}
