package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;
import org.milex.procurement.ExchangeRate;

class ClaimsTest {
    private static final ClaimReport REPORT = Claims.check();

    private static ClaimCheck check(String id) {
        return REPORT.find(id).orElseThrow();
    }

    private static double computed(ClaimCheck c, int comparison) {
        return c.comparisons().get(comparison).computed().doubleValue();
    }

    @Test
    void twentyThreeOfThirtyTwoIsSupportedByNato202406() {
        // NATO-2024-06 TABLE3 2024e: 23 allies ≥ 2% (Slovakia exactly 2.00), 32 members; Fox Business, 19 June 2024
        ClaimCheck c = check("allies-at-2pct-2024");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.decisive()).extracting(x -> x.computed().intValue()).containsExactly(23, 32);
        // later editions shown, not judged: NATO-2025-04 (SG Annual Report, Croatia missing) 22; NATO-2025-08 18
        assertThat(c.comparisons()).filteredOn(x -> !x.decisive()).extracting(x -> x.computed().intValue())
                .containsExactly(22, 18);
        assertThat(c.explanation()).startsWith("NATO-2024-06 counts 23 of the 32 members of 2024 at or above 2% of GDP"
                + " (estimates); 8 are below and Iceland, without armed forces, has no figure.");
    }

    @Test
    void fromOnePointFourThreeToTwoPointZeroTwoIsSupportedByTheRecomputedAndThePublishedRows() {
        ClaimCheck c = check("europe-canada-share-2014-2024");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        // NATO-2024-06 TABLE3, NATO Europe and Canada: 2014 = 1.4278082919106425, 2024e = 2.0154548520439497;
        // the Σ/Σ recomputation over members reproduces them to 1e-9
        assertThat(c.decisive()).hasSize(4).allMatch(Comparison::agrees);
        assertThat(computed(c, 0)).isCloseTo(1.4278082919106425, within(1e-9));
        assertThat(computed(c, 1)).isEqualTo(1.4278082919106425);
        assertThat(computed(c, 2)).isCloseTo(2.0154548520439497, within(1e-9));
        assertThat(computed(c, 3)).isEqualTo(2.0154548520439497);
        // NATO-2025-08 (constant 2021 prices) publishes 1.398854284 for 2014: shown, not judged
        assertThat(c.comparisons()).filteredOn(x -> x.what().contains("NATO-2025-08") && x.claimed().label().equals("2014"))
                .singleElement().satisfies(x -> assertThat(x.computed().doubleValue()).isEqualTo(1.398854284));
    }

    @Test
    void fourHundredThirtyBillionMatchesOnlyEuropeAndCanadaAtConstant2015Prices() {
        ClaimCheck c = check("combined-spending-430bn");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED_WITH_CAVEAT);
        assertThat(c.decisive()).singleElement().satisfies(x -> {
            assertThat(x.what()).isEqualTo("NATO Europe and Canada 2024e, constant 2015 prices");
            // NATO-2024-06 TABLE2, EUROPE_CANADA 2024e expenditure_usd_constant_mn = 430,112.31173262367
            assertThat(x.computed().doubleValue()).isCloseTo(430.11231173262367, within(1e-6));
        });
        // the same row at current prices: 506,692.47657343885 (contracts-aid.md §3: USD 506.693 bn); not a fit
        assertThat(c.comparisons()).filteredOn(x -> x.what().equals("NATO Europe and Canada 2024e, current prices"))
                .singleElement().satisfies(x -> {
                    assertThat(x.computed().doubleValue()).isCloseTo(506.69247657343885, within(1e-6));
                    assertThat(x.agrees()).isFalse();
                });
        assertThat(c.comparisons()).hasSize(6);
        assertThat(c.explanation()).contains("The source states neither scope nor price basis");
    }

    @Test
    void sixBeforeTheInvasionIsTwentyTwentyOneInNato202406() {
        // NATO-2024-06 TABLE3 2021: EST 2.03, GRC 3.70, LVA 2.09, POL 2.22, GBR 2.29, USA 3.53
        ClaimCheck c = check("six-before-the-invasion");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED_WITH_CAVEAT);
        assertThat(c.decisive()).singleElement().satisfies(x -> assertThat(x.computed().intValue()).isEqualTo(6));
        assertThat(c.explanation()).contains("EST, GRC, LVA, POL, GBR, USA");
        assertThat(c.claim().reading()).hasValueSatisfying(r -> assertThat(r).contains("read as 2021"));
    }

    @Test
    void nineInTwentyTwentyOneIsNotSupported() {
        // contracts-aid.md conflict 10: Spectrum "nine in 2021"; NATO-2024-06 and NATO-2025-08 both count 6
        ClaimCheck c = check("nine-in-2021");
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        Comparison d = c.decisive().get(0);
        assertThat(d.difference()).isEqualByComparingTo("-3");
        assertThat(d.relativeDifference()).hasValueSatisfying(r -> assertThat(r.doubleValue()).isCloseTo(-33.33, within(0.01)));
        assertThat(c.explanation()).contains("the claim says 9");
    }

    @Test
    void elevenAtVilniusIsSupportedByThe202307EditionThat202406Revises() {
        // NATO-2023-07 2023e (marcosfabietti/pivot_in_r export): EST FIN GRC HUN LVA LTU POL ROU SVK GBR USA
        ClaimCheck c = check("allies-at-2pct-2023-vilnius");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(c.decisive()).singleElement().satisfies(x -> {
            assertThat(x.computed().intValue()).isEqualTo(11);
            assertThat(x.what()).contains("NATO-2023-07");
        });
        // NATO-2024-02: 11; NATO-2024-06 and NATO-2025-08: 10 (ComplianceTest: 2023, 10 of 31)
        assertThat(c.comparisons()).filteredOn(x -> !x.decisive())
                .extracting(x -> x.what().replaceAll(".*, (NATO-\\d{4}-\\d{2}).*", "$1"), x -> x.computed().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NATO-2024-02", 11),
                        org.assertj.core.groups.Tuple.tuple("NATO-2024-06", 10),
                        org.assertj.core.groups.Tuple.tuple("NATO-2025-08", 10));
    }

    @Test
    void polandFourPointOneTwoIsSupportedAndLaterRevisedToThreePointSevenNine() {
        ClaimCheck c = check("poland-share-2024");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED);
        // NATO-2024-06 TABLE3 Poland 2024e = 4.120190989357147; NATO-2025-08 = 3.788951289 (README: 4.12 → 3.79)
        assertThat(computed(c, 0)).isEqualTo(4.120190989357147);
        assertThat(c.comparisons()).filteredOn(x -> x.what().contains("NATO-2025-08")).singleElement()
                .satisfies(x -> assertThat(x.computed().doubleValue()).isEqualTo(3.788951289));
        assertThat(c.explanation()).contains("NATO-2025-08, partial 3.79%");
    }

    @Test
    void sixBillionCannotBeConfirmedAndSaysWhatTheItemisedAwardsAddUpTo() {
        ClaimCheck c = check("nspa-6bn");
        assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
        assertThat(c.decisive()).isEmpty();
        // contracts.csv, NSPA awards: USD 700 + 5500 + 478 and EUR 1100 + 2400 + 200 at 1.09 = 6678 + 4033 = 10711 mn
        assertThat(c.comparisons().get(0).computed()).isEqualByComparingTo("10.711");
        // contracts-aid.md conflict 5: Patriot 5.5 + Stinger 0.7 = 6.2; Patriot 5.5 + 155 mm (EUR 1.1 bn) = 6.699
        assertThat(c.comparisons()).extracting(Comparison::computed).map(BigDecimal::toPlainString)
                .contains("6.2", "6.699");
        assertThat(c.explanation()).contains("EUR/USD 1.09 on 2024-01-23 (assumed, not a published reference rate)")
                .contains("about USD 10 bn since July 2023");
    }

    @Test
    void tenBillionSinceJuly2023IsApproximatelyWhatTheDatedAwardsAddUpTo() {
        ClaimCheck c = check("nspa-10bn-since-july-2023");
        assertThat(c.verdict()).isEqualTo(Verdict.APPROXIMATELY);
        // contracts.csv: lbdm-2023 EUR 2400 (ceiling), patriot-gem-t-2024 USD 5500, ammo-155mm-2024 EUR 1100;
        // 5500 + 3500 × 1.09 = 9315
        assertThat(c.decisive()).extracting(Comparison::computed).map(BigDecimal::toPlainString)
                .containsExactly("9.315", "5.5", "3.815");
        assertThat(c.decisive()).extracting(Comparison::agrees).containsExactly(false, true, true);
        assertThat(c.explanation()).contains("left out: ammo-120mm-rheinmetall, gem-t-backfill-deu");
    }

    @Test
    void usAidOfFiftyThreePointSixIsConsistentWithThePentagons() {
        // aid.csv: AP 2024-07-09 over USD 53,600 mn; Stars and Stripes/Pentagon 2024-07-02 over USD 53,500 mn
        ClaimCheck c = check("us-security-assistance-53-6bn");
        assertThat(c.verdict()).isEqualTo(Verdict.SUPPORTED_WITH_CAVEAT);
        assertThat(c.decisive().get(0).computed()).isEqualByComparingTo("53.5");
        assertThat(c.explanation()).contains("lower bounds");
    }

    @Test
    void kielFiftyBillionCannotBeConfirmed() {
        // aid.csv kiel-2024-02-29-europe-military: EUR 42,000 mn × 1.09 = USD 45,780 mn
        ClaimCheck c = check("others-50bn-kiel");
        assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
        assertThat(c.comparisons().get(0).computed()).isEqualByComparingTo("45.78");
        assertThat(c.explanation()).contains("8.44% below the claim");
    }

    @Test
    void noClaimIsForcedToPass() {
        assertThat(REPORT).extracting(ClaimCheck::verdict).contains(Verdict.NOT_SUPPORTED, Verdict.CANNOT_CONFIRM,
                Verdict.APPROXIMATELY);
        assertThat(REPORT).filteredOn(c -> c.verdict() == Verdict.SUPPORTED)
                .allSatisfy(c -> assertThat(c.decisive()).isNotEmpty().allMatch(Comparison::agrees));
    }

    @Test
    void aMissingEditionGivesCannotConfirmNotAnException() {
        ClaimReport r = Claims.check(Dataset.embedded().only(Edition.parse("NATO-2024-06")), Contracts.embedded(),
                AidFigures.embedded());
        ClaimCheck vilnius = r.find("allies-at-2pct-2023-vilnius").orElseThrow();
        assertThat(vilnius.verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
        assertThat(vilnius.explanation()).startsWith("The data given hold no figures of NATO-2023-07");
        assertThat(r.find("allies-at-2pct-2024").orElseThrow().verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aMissingAllyFigureGivesCannotConfirmNamingIt() {
        Edition e = Edition.parse("NATO-2024-06");
        Dataset withoutPoland2024 = Dataset.of(Dataset.embedded().observations(e).stream()
                .filter(o -> !(o.subject().equals(Ally.of("POL")) && o.year().equals(Year.of(2024)))).toList());
        ClaimReport r = Claims.check(withoutPoland2024, Contracts.embedded(), AidFigures.embedded());
        ClaimCheck c = r.find("allies-at-2pct-2024").orElseThrow();
        assertThat(c.verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
        assertThat(c.explanation()).contains("lacks shares of GDP for 1 members in 2024 (POL)");
        assertThat(r.find("poland-share-2024").orElseThrow().verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
        // the group's Σ/Σ needs Poland's money figures: NATO's published row is used, and still agrees
        assertThat(r.find("europe-canada-share-2014-2024").orElseThrow().verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(r.find("combined-spending-430bn").orElseThrow().verdict()).isEqualTo(Verdict.CANNOT_CONFIRM);
    }

    @Test
    void noContractsOrAidGiveCannotConfirm() {
        ClaimReport r = Claims.check(Dataset.embedded(), Contracts.of(List.of()), AidFigures.of(List.of()));
        assertThat(r).filteredOn(c -> c.claim().edition().isEmpty()).extracting(ClaimCheck::verdict)
                .containsOnly(Verdict.CANNOT_CONFIRM).hasSize(4);
        assertThat(r.find("nspa-6bn").orElseThrow().explanation()).contains("The contracts given hold no NSPA awards.");
    }

    @Test
    void theRateIsAParameterAndNoVerdictDependsOnItsThirdDecimal() {
        for (String rate : List.of("1.08", "1.10")) {
            ExchangeRate r = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal(rate), LocalDate.of(2024, 1, 23),
                    "test rate");
            ClaimReport other = Claims.check(Dataset.embedded(), Contracts.embedded(), AidFigures.embedded(), r);
            assertThat(other).extracting(ClaimCheck::verdict).isEqualTo(REPORT.stream().map(ClaimCheck::verdict).toList());
            assertThat(other.find("nspa-6bn").orElseThrow().explanation()).contains("At " + r + ",");
        }
        ExchangeRate usdEur = ExchangeRate.of(Currencies.USD, Currencies.EUR, new BigDecimal("0.92"), LocalDate.of(2024, 1, 23), "x");
        assertThatThrownBy(() -> Claims.check(Dataset.embedded(), Contracts.embedded(), AidFigures.embedded(), usdEur))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expected a EUR/USD rate, not USD/EUR 0.92");
    }

    @Test
    void claimsAreListedInFileOrderAndFoundById() {
        assertThat(Claims.all()).extracting(Claim::id).containsExactly("allies-at-2pct-2024",
                "europe-canada-share-2014-2024", "combined-spending-430bn", "six-before-the-invasion", "nine-in-2021",
                "allies-at-2pct-2023-vilnius", "poland-share-2024", "nspa-6bn", "nspa-10bn-since-july-2023",
                "us-security-assistance-53-6bn", "others-50bn-kiel");
        assertThat(Claims.get("poland-share-2024").figure("2024").value()).isEqualByComparingTo("4.12");
        assertThatThrownBy(() -> Claims.get("moon-landing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown claim 'moon-landing'; milex knows allies-at-2pct-2024, ");
        assertThat(Claims.assumedEurUsd().source()).startsWith("assumed");
    }
}
