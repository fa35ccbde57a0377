package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.Guideline;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthPathTest {
    private static final Query Q = Query.of(Dataset.embedded());

    @ParameterizedTest(name = "{0}: {1}% a year")
    @CsvSource({
            // By hand from data/nato/NATO-2024-06.csv 2024e, n = 2035 − 2024 = 11, GDP +1.5% a year:
            // g = ((3.5 / share_of_gdp_pct) × 1.015^11)^(1/11) − 1; for Spain and the US the published share is the
            // ratio of their constant-price amounts, so this equals ((0.035 × GDP × 1.015^11) / expenditure)^(1/11) − 1
            // Spain: ((0.035 × 1380611.994288411 × 1.015^11) / 17707.03419297598)^(1/11) − 1 = 11.199247351704322%
            "ESP, 11.199247351704322, false",
            // Poland: published 4.12 ≥ 3.5: already there, no growth needed to reach it
            "POL, 0, true",
            // United States: GDP 22334403.8574441, expenditure 754684.1354248598 → 1.8251075769202485%
            "USA, 1.8251075769202485, false",
    })
    void hagueCoreBy2035(String code, double growthPct, boolean met) {
        GrowthPath p = Q.allies(code).growthToReach(Guideline.hagueCore(), 1.5).get(0);
        assertThat(p.latestYear()).isEqualTo(Year.of(2024));
        assertThat(p.years()).isEqualTo(11);
        assertThat(p.requiredGrowthPct()).isCloseTo(growthPct, within(1e-9));
        assertThat(p.met()).isEqualTo(met);
        assertThat(p.estimate()).isTrue();
    }

    @Test
    void withoutGdpGrowthASpendingRatioOfTwoNeedsTwoToTheOneOverN() {
        // Hand check of the formula's shape: with q = 0, g = (target / share)^(1/n) − 1.
        // Spain 2024e share (constant amounts) = 17707.03419297598 / 1380611.994288411 × 100 = 1.282549642…%
        double share = 17707.03419297598 / 1380611.994288411 * 100;
        GrowthPath p = Q.allies("ESP").growthToReach(Guideline.hagueCore(), 0).get(0);
        assertThat(p.requiredGrowthPct()).isCloseTo((Math.pow(3.5 / share, 1.0 / 11) - 1) * 100, within(1e-9));
    }

    @Test
    void theLatestFigureIsTheLastChosenYear() {
        // n = 2035 − 2020 = 15 when the query stops in 2020
        GrowthPath p = Q.years(2014, 2020).allies("ESP").growthToReach(Guideline.hagueCore(), 1.5).get(0);
        assertThat(p.latestYear()).isEqualTo(Year.of(2020));
        assertThat(p.years()).isEqualTo(15);
    }

    @Test
    void notesStateTheFormulaTheDefinitionAndWhoHasNoFigures() {
        Rows<GrowthPath> r = Q.growthToReach(Guideline.hagueCore(), 1.5);
        assertThat(r.size()).isEqualTo(31);
        assertThat(r.notes()).contains("g = ((threshold / published share) × (1 + 1.5%)^n)^(1/n) − 1, real terms; "
                + "zero for an ally already at or above the threshold", "no published share of GDP: ISL");
        assertThat(r.notes()).anyMatch(n -> n.contains("not core defence expenditure"));
    }

    @Test
    void startsFromThePublishedShareAsComplianceDoes() {
        // NATO-2024-06 TABLE3: Slovakia 2024e typed in as 2.0 (its own amounts give 1.989%); 2% has no deadline, so
        // the check is against The Hague's 3.5% by 2035: g = ((3.5 / 2) × 1.015^11)^(1/11) − 1 = 6.7244…%
        GrowthPath sk = Q.allies("SVK").growthToReach(Guideline.hagueCore(), 1.5).get(0);
        assertThat(sk.latestShare()).isEqualTo(Share.ofPercent("2"));
        assertThat(sk.requiredGrowthPct()).isCloseTo((Math.pow(1.75 * Math.pow(1.015, 11), 1.0 / 11) - 1) * 100, within(1e-9));
    }

    @Test
    void needsAGdpGuidelineWithADeadline() {
        assertThatThrownBy(() -> Q.growthToReach(Guideline.twoPercentOfGdp(), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("guideline GDP_2PCT has no deadline to grow towards");
        assertThatThrownBy(() -> Q.growthToReach(Guideline.equipmentTwentyPercent(), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of GDP");
        assertThatThrownBy(() -> Q.growthToReach(Guideline.hagueCore(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GrowthPath("ESP", "Spain", Year.of(2035), Share.ofPercent("1"), 0, 1, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
