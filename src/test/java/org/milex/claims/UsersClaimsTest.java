package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;

/** A user's own claims, declared in a file and checked with no Java code. */
class UsersClaimsTest {
    @TempDir
    Path dir;

    private static BigDecimal europeCanadaCurrentBn(int year) {
        // independently of the evaluator: Σ over the year's members of NATO-2024-06's expenditure at current
        // prices (TABLE2), read from the observations; Iceland has no armed forces and no figure
        Dataset data = Dataset.embedded();
        Edition e = Edition.parse("NATO-2024-06");
        return AllyGroup.EUROPE_CANADA.members(Year.of(year)).stream()
                .map(a -> data.find(a, Year.of(year), e).flatMap(o -> o.expenditure(PriceBasis.current())))
                .flatMap(java.util.Optional::stream).map(m -> m.millions())
                .reduce(BigDecimal.ZERO, BigDecimal::add).movePointLeft(3);
    }

    @Test
    void aNewClaimFromAFileGetsAComputedVerdict() throws IOException {
        ClaimReport r = ClaimFiles.check(dir, "ec-2023,NATO Europe and Canada spent more than USD 400 bn in 2023 at "
                + "current prices,my notes,2024-07-01,,,current-prices,the statement says current prices,2023,"
                + "expenditure,EUROPE_CANADA,2023,nearest,current,,more-than,,400,USD bn,");

        ClaimCheck c = r.find("ec-2023").orElseThrow();
        PartResult x = c.primary().orElseThrow().results().get(0);
        BigDecimal expected = europeCanadaCurrentBn(2023);
        assertThat(x.computed().orElseThrow()).isEqualByComparingTo(expected);
        // NATO-2024-06 TABLE2 also publishes the group's row; the Σ over members reproduces it
        Observation row = Dataset.embedded().find(AllyGroup.EUROPE_CANADA, Year.of(2023), Edition.parse("NATO-2024-06"))
                .orElseThrow();
        assertThat(x.computed().orElseThrow().doubleValue())
                .isCloseTo(row.expenditure(PriceBasis.current()).orElseThrow().millions().doubleValue() / 1000,
                        org.assertj.core.data.Offset.offset(1e-6));
        assertThat(c.verdict()).isEqualTo(expected.compareTo(new BigDecimal("400")) > 0
                ? Verdict.SUPPORTED : Verdict.NOT_SUPPORTED);
        assertThat(x.what()).contains("NATO Europe and Canada 2023", "current prices", "NATO-2024-06 TABLE2");
        // the edition nearest 2024-07-01 is NATO-2024-06, published 2024-06-17
        assertThat(c.explanation()).contains("nearest edition to the statement (2024-07-01): NATO-2024-06");
    }

    @Test
    void aThresholdAboveTheFigureGivesTheOtherVerdict() throws IOException {
        BigDecimal figure = europeCanadaCurrentBn(2023);
        String above = figure.add(BigDecimal.ONE).setScale(0, java.math.RoundingMode.CEILING).toPlainString();
        ClaimReport r = ClaimFiles.check(dir, "ec-2023,NATO Europe and Canada spent more than USD " + above
                + " bn in 2023,my notes,2024-07-01,,,current-prices,stated,2023,expenditure,EUROPE_CANADA,2023,"
                + "nearest,current,,more-than,," + above + ",USD bn,");

        assertThat(r.get(0).verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(r.get(0).explanation()).contains("does not hold, and no other reading does");
    }

    @Test
    void aStatementBeforeEveryEditionIsJudgedAgainstTheFirstAndSaysSo() throws IOException {
        ClaimReport r = ClaimFiles.check(dir, "pl-2020,Poland spent 2.2% of GDP in 2020,my notes,2021-03-01,,,"
                + "published,stated,2020,share-of-gdp,POL,2020,nearest,,,about,0.05,2.2,percent,");

        // data/editions.csv: the earliest edition milex holds, NATO-2023-07, was published 2023-07-07
        assertThat(r.get(0).explanation()).contains("milex holds no edition published by 2021-03-01; judged against "
                + "NATO-2023-07, published 2023-07-07, 858 days after the statement");
    }

    @Test
    void aLateNamedEditionIsNoted() throws IOException {
        ClaimReport r = ClaimFiles.check(dir, "pl-2024,Poland spends 4.12% of GDP,my notes,2024-06-18,,,"
                + "revised,stated,2024,share-of-gdp,POL,2024,NATO-2025-08,,,about,0.005,4.12,percent,");

        // NATO-2025-08 (published 2025-08-28) revised Poland's 2024 to 3.79 (README): 436 days after the statement
        assertThat(r.get(0).verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(r.get(0).explanation()).contains("judged against NATO-2025-08, published 2025-08-28, 436 days after "
                + "the statement");
    }

    @Test
    void anErrorWhileCheckingIsThrownNotAVerdict() throws IOException {
        // aid.csv: Kiel's figure is in euros; the reading states no EUR/USD rate, so it cannot be converted
        Path file = ClaimFiles.write(dir, "claims.csv", "kiel,about USD 50 bn,AP,2024-07-09,,,kiel,stated,total,"
                + "aid-figure,kiel-2024-02-29-europe-military,,,,,about,10%,50,USD bn,");
        java.util.List<Claim> claims = Claims.read(file);

        assertThatThrownBy(() -> Claims.check(claims, Dataset.embedded(),
                org.milex.procurement.Contracts.embedded(), org.milex.procurement.AidFigures.embedded()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aid figure kiel-2024-02-29-europe-military is in EUR and the reading states no EUR/USD rate");
    }

    @Test
    void missingFiguresAreNamedAsNoData() throws IOException {
        ClaimReport r = ClaimFiles.check(dir, "n-2021,nine in 2021,my notes,,,,early,stated,2021,allies-meeting,"
                + "GDP_2PCT,2021,NATO-2023-07,,,equal,,9,allies,");

        // data/nato/NATO-2023-07.csv holds shares for 2021 for the United Kingdom only
        assertThat(r.get(0).verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(r.get(0).explanation()).contains("NATO-2023-07 has no figure for 28 of the 30 members in 2021");
    }
}
