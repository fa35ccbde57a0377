package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupShareTest {
    private static final Dataset DATA = Dataset.embedded();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // NATO-2024-06 workbook, TABLE3 "Share of real GDP (%)", rows "NATO Europe and Canada" and
            // "NATO Total", as in data/nato/NATO-2024-06.csv (2023, 2024 estimates)
            "EUROPE_CANADA, 2014, 1.4278082919106425",
            "EUROPE_CANADA, 2015, 1.4235905263572248",
            "EUROPE_CANADA, 2016, 1.4385267420172207",
            "EUROPE_CANADA, 2017, 1.4777917414522164",
            "EUROPE_CANADA, 2018, 1.5116958768416593",
            "EUROPE_CANADA, 2019, 1.5406884358348552",
            "EUROPE_CANADA, 2020, 1.72139643631246",
            "EUROPE_CANADA, 2021, 1.6580387561465986",
            "EUROPE_CANADA, 2022, 1.658673540503118",
            "EUROPE_CANADA, 2023, 1.7754774900155899",
            "EUROPE_CANADA, 2024, 2.0154548520439497",
            "NATO, 2014, 2.578580550206664",
            "NATO, 2015, 2.4765060155213505",
            "NATO, 2016, 2.4789265762768897",
            "NATO, 2017, 2.387431516323001",
            "NATO, 2018, 2.396153703045587",
            "NATO, 2019, 2.522916612237466",
            "NATO, 2020, 2.6851882905258178",
            "NATO, 2021, 2.625599424187907",
            "NATO, 2022, 2.5076563765782325",
            "NATO, 2023, 2.5252496924979835",
            "NATO, 2024, 2.712749728347316",
    })
    void recomputedFromMembersReproducesNatosRows(String group, int year, double published) {
        GroupShare g = Query.of(DATA).year(year).group(AllyGroup.of(group)).groupShares().get(0);
        assertThat(g.method()).isEqualTo(GroupShare.Method.SUM_OVER_MEMBERS);
        assertThat(g.combined().toDouble()).isCloseTo(published, within(1e-4)); // the brief's bar
        assertThat(g.combined().toDouble()).isCloseTo(published, within(1e-12)); // what milex achieves
    }

    @Test
    void europeAndCanadaFromOnePointFourThreeToTwoPointZeroTwo() {
        Rows<GroupShare> r = Query.of(DATA).group(AllyGroup.EUROPE_CANADA).groupShares();
        // NATO 2024-06 TABLE3: 1.43 (2014), 2.02 (2024e)
        assertThat(r.get(0).combined()).hasToString("1.43%");
        assertThat(r.get(10).combined()).hasToString("2.02%");
        // members: 27 in 2014 (no MNE, MKD, FIN, SWE, nor CAN/USA... USA is not in the group), 31 in 2024
        assertThat(r.get(0).members()).isEqualTo(27);
        assertThat(r.get(10).members()).isEqualTo(31);
    }

    @Test
    void meanAndMedianOfMembersSharesAreSeparateResults() {
        // Python over data/nato/NATO-2024-06.csv, 2024e shares of the 30 EUROPE_CANADA members with a figure:
        // mean 2.15618181434996092, median 2.1031701420148012 (statistics.median)
        GroupShare g = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).groupShares().get(0);
        assertThat(g.mean().orElseThrow().toDouble()).isCloseTo(2.15618181434996092, within(1e-12));
        assertThat(g.median().orElseThrow().toDouble()).isCloseTo(2.1031701420148012, within(1e-12));
        assertThat(g.published()).contains(Share.ofPercent(2.0154548520439497));
    }

    @Test
    void worksForAUsersOwnGroup() {
        // data/nato/NATO-2024-06.csv 2024e, constant 2015 USD million: POL 26838.518139126078 / 651390.1469240764,
        // EST 1073.1785 / 31250.9: (26838.518139126078 + x) / (651390.1469240764 + y); here computed by hand below
        AllyGroup pair = AllyGroup.of("POL_EST", "Poland and Estonia", List.of(Ally.of("POL"), Ally.of("EST")));
        GroupShare g = Query.of(DATA).year(2024).group(pair).groupShares().get(0);
        double x = DATA.find(Ally.of("EST"), Year.of(2024)).orElseThrow().value(org.milex.model.Measure.EXPENDITURE_USD_CONSTANT).getAsDouble();
        double y = DATA.find(Ally.of("EST"), Year.of(2024)).orElseThrow().value(org.milex.model.Measure.REAL_GDP_USD_CONSTANT).getAsDouble();
        assertThat(g.combined().toDouble()).isCloseTo((26838.518139126078 + x) / (651390.1469240764 + y) * 100, within(1e-12));
        assertThat(g.published()).isEmpty();
        assertThat(g.members()).isEqualTo(2);
    }

    @Test
    void aPartialEditionWithoutMoneyFiguresSaysSo() {
        Query q = Query.of(DATA).edition("NATO-2025-08").year(2024).group(AllyGroup.EUROPE_CANADA);
        assertThatThrownBy(q::groupShares).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("NATO-2025-08 (PARTIAL) lacks expenditure or GDP in US dollars for 31 of the "
                        + "members of EUROPE_CANADA in 2024 (ALB, BEL,")
                .hasMessageContaining("groupSharesOrPublished()");
    }

    @Test
    void fallsBackToThePublishedRowOnlyWhenAsked() {
        // NATO-2025-08 TABLE3 (transcription, data/nato/NATO-2025-08.csv): NATO Europe and Canada 2024e 1.989713087
        GroupShare g = Query.of(DATA).edition("NATO-2025-08").year(2024).group(AllyGroup.EUROPE_CANADA)
                .groupSharesOrPublished().get(0);
        assertThat(g.method()).isEqualTo(GroupShare.Method.PUBLISHED_ROW);
        assertThat(g.combined()).isEqualTo(Share.ofPercent(1.989713087));
        assertThat(g.mean()).isPresent(); // all 30 members with armed forces have a share in 2025-08
        // a user's group has no published row
        AllyGroup pair = AllyGroup.of("POL_EST", "Poland and Estonia", List.of(Ally.of("POL"), Ally.of("EST")));
        assertThatThrownBy(() -> Query.of(DATA).edition("NATO-2025-08").year(2024).group(pair).groupSharesOrPublished())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("publishes no row for POL_EST");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new GroupShare("NATO", "NATO Total", Year.of(2024), Share.ofPercent("2"),
                Optional.empty(), Optional.empty(), -1, Optional.empty(), GroupShare.Method.SUM_OVER_MEMBERS, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members must not be negative");
    }
}
