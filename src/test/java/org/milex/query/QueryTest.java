package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {
    private static final Dataset DATA = Dataset.embedded();

    @Test
    void defaultsToTheNewestCompleteEditionEveryYearAllOfNatoAndShareOfGdp() {
        Query q = Query.of(DATA);
        // data/editions.csv: NATO-2024-06 is the only COMPLETE edition
        assertThat(q.edition().id()).isEqualTo("NATO-2024-06");
        // data/editions.csv: NATO-2024-06 covers 2014-2024
        assertThat(q.years()).first().isEqualTo(Year.of(2014));
        assertThat(q.years()).hasSize(11).last().isEqualTo(Year.of(2024));
        assertThat(q.group()).isEqualTo(AllyGroup.NATO);
        assertThat(q.measure()).isEqualTo(Measure.SHARE_OF_GDP);
        assertThat(q).hasToString("Query NATO-2024-06, all years, NATO, share_of_gdp_pct");
    }

    @Test
    void isImmutable() {
        Query q = Query.of(DATA);
        Query narrowed = q.edition("NATO-2025-08").year(2024).allies("POL").measure(Measure.EQUIPMENT_SHARE);
        assertThat(q).hasToString("Query NATO-2024-06, all years, NATO, share_of_gdp_pct");
        assertThat(narrowed).hasToString("Query NATO-2025-08, 2024-2024, POL, equipment_share_pct");
    }

    @Test
    void alliesAndGroupReplaceEachOther() {
        Query q = Query.of(DATA).year(2024);
        assertThat(q.allies("POL").group(AllyGroup.EUROPE_CANADA).group()).isEqualTo(AllyGroup.EUROPE_CANADA);
        assertThat(q.group(AllyGroup.EUROPE_CANADA).allies("POL", "EST").group().code()).isEqualTo("SELECTION");
        assertThat(q.allies("POL", "EST").observations()).extracting(o -> o.subject().code())
                .containsExactly("EST", "POL");
    }

    @Test
    void rejectsUnknownNamesAndYearsWithMessagesNamingThem() {
        assertThatThrownBy(() -> Query.of(DATA).edition("NATO-1999-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown edition 'NATO-1999-01'");
        assertThatThrownBy(() -> Query.of(DATA).allies("XYZ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown ally code 'XYZ'");
        assertThatThrownBy(() -> Query.of(DATA).year(2030).figures())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NATO-2024-06 covers 2014-2024, not 2030");
        assertThatThrownBy(() -> Query.of(DATA).years(2024, 2014))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the first is after the last");
        assertThatThrownBy(() -> Query.of(DATA).allies(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("choose at least one ally");
        assertThatThrownBy(() -> Query.of(DATA).group(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void groupQueriesListTheYearsMembersOnly() {
        // data/allies.csv: Finland joined 2023-04-04, Sweden 2024-03-07; 30 members in 2022 (Iceland included)
        List<Observation> obs = Query.of(DATA).year(2022).observations();
        assertThat(obs).hasSize(30).extracting(o -> o.subject().code()).doesNotContain("FIN", "SWE");
        // ... but an ally chosen by name is listed in years before it joined (NATO publishes them)
        assertThat(Query.of(DATA).year(2022).allies("SWE").observations()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            // NATO-2024-06 workbook, TABLE3 share of real GDP, as in data/nato/NATO-2024-06.csv
            "POL, 2024, 4.120190989357147",
            "SVK, 2024, 2.0",
            "USA, 2014, 3.7139172994177043",
    })
    void figuresAreThePublishedValuesWithTheirSource(String code, int year, double expected) {
        Rows<Figure> f = Query.of(DATA).year(year).allies(code).figures();
        assertThat(f.list()).singleElement().satisfies(x -> {
            assertThat(x.value().doubleValue()).isEqualTo(expected);
            assertThat(x.source()).isEqualTo("NATO-2024-06, TABLE3 \"Share of real GDP (%)\"");
        });
        assertThat(f.title()).isEqualTo("share_of_gdp_pct (percent), NATO-2024-06");
    }

    @Test
    void figuresNameTheAlliesWithoutAFigure() {
        // NATO-2024-06: Iceland has GDP only, in all 11 years
        Rows<Figure> f = Query.of(DATA).figures();
        assertThat(f.notes()).containsExactly("no figure for: ISL (11 years)");
        assertThat(f.list()).noneMatch(x -> x.code().equals("ISL"));
    }

    @Test
    void rankingByPerCapitaExpenditure() {
        // NATO-2024-06 TABLE6, 2024e defence expenditure per capita (USD, 2015 prices): USA 2239.47, NOR 1754.14,
        // DNK 1478.75; ALB last (113.56) of 31
        Rows<Rank> r = Query.of(DATA).year(2024).measure(Measure.EXPENDITURE_PER_CAPITA).ranking();
        assertThat(r.list()).extracting(Rank::code).startsWith("USA", "NOR", "DNK").endsWith("ALB");
        assertThat(r.list()).extracting(Rank::rank).startsWith(1, 2, 3).endsWith(31);
        assertThat(r.toString()).startsWith("""
                expenditure_per_capita_usd_constant (US dollars), NATO-2024-06, ranked
                rank  code  name             year     value  estimate
                   1  USA   United States    2024  2,239.47  yes
                   2  NOR   Norway           2024  1,754.14  yes""");
    }

    @Test
    void annualRealChangeIsThePublishedMeasure() {
        // NATO-2024-06 TABLE3, annual real change 2024e: Poland 30.07%
        assertThat(Query.of(DATA).year(2024).allies("POL").measure(Measure.REAL_CHANGE).figures().get(0).value())
                .isEqualByComparingTo("30.0705844205744");
    }

    @Test
    void complianceNeedsOneYear() {
        assertThatThrownBy(() -> Query.of(DATA).compliance(Guideline.twoPercentOfGdp()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("compliance is for one year; this query has 11 (2014-2024): choose one with year(…), "
                        + "or use complianceHistory(…)");
    }

    @Test
    void anEditionNotInTheDatasetIsRejected() {
        Dataset only = DATA.only(DATA.edition("NATO-2025-08"));
        assertThatThrownBy(() -> Query.of(only).edition(DATA.edition("NATO-2024-06")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the dataset has no edition NATO-2024-06");
        assertThat(Query.of(only).edition().id()).isEqualTo("NATO-2025-08");
        assertThat(Ally.of("POL").isMemberIn(Year.of(2024))).isTrue();
    }
}
