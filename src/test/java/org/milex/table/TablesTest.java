package org.milex.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.model.Subject;
import org.milex.stats.LinearTrend;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class TablesTest {
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");
    private static final PriceBasis CURRENT = PriceBasis.current();

    enum Status { MEETS, BELOW }

    record Sample(String label, Subject subject, Edition edition, Year year, int count, long big, double ratio,
                  BigDecimal exact, Share shareOfGdp, Share growthPct, Money spending, boolean estimate,
                  LocalDate published, Optional<Share> target, OptionalDouble score, OptionalInt rank,
                  Status status) {
    }

    private static Sample poland() {
        return new Sample("Poland", Ally.of("POL"), JUNE_2024, Year.of(2024), 3, 10_000_000_000L, 0.5,
                new BigDecimal("1.25"), Share.ofPercent("4.12"), Share.ofPercent("0.5"),
                Money.ofMillions("34974.5", Currencies.USD, CURRENT), true, LocalDate.of(2024, 6, 17),
                Optional.of(Share.ofPercent("3.5")), OptionalDouble.of(7.5), OptionalInt.of(1), Status.MEETS);
    }

    private static Sample nato() {
        return new Sample("NATO", AllyGroup.NATO, JUNE_2024, Year.of(2023), 0, 0, -1, BigDecimal.ZERO,
                Share.ofPercent("2.02"), Share.ofPercent("0"), Money.ofMillions("1000", Currencies.USD, CURRENT), false,
                LocalDate.of(2024, 6, 17), Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), Status.BELOW);
    }

    @Test
    void makesOneTypedColumnPerComponentInRecordOrder() {
        Table t = Tables.of(List.of(poland(), nato()));
        assertThat(t.name()).isEqualTo("Sample");
        assertThat(t.columnNames()).containsExactly("label", "subject", "edition", "year", "count", "big", "ratio",
                "exact", "share_of_gdp_pct", "growth_pct", "spending_mn", "spending_currency", "spending_basis",
                "estimate", "published", "target_pct", "score", "rank", "status");
        assertThat(t.columns().stream().map(Column::type).toList()).containsExactly(
                ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER, ColumnType.INTEGER,
                ColumnType.LONG, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
                ColumnType.DOUBLE, ColumnType.STRING, ColumnType.STRING, ColumnType.BOOLEAN, ColumnType.LOCAL_DATE,
                ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.STRING);
        assertThat(Tables.columnNames(Sample.class)).isEqualTo(t.columnNames());
    }

    @Test
    void convertsValues() {
        Table t = Tables.of(List.of(poland(), nato()));
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.stringColumn("subject").asList()).containsExactly("POL", "NATO");
        assertThat(t.stringColumn("edition").get(0)).isEqualTo("NATO-2024-06");
        assertThat(t.intColumn("year").asList()).containsExactly(2024, 2023);
        assertThat(t.longColumn("big").get(0)).isEqualTo(10_000_000_000L);
        assertThat(t.doubleColumn("exact").get(0)).isEqualTo(1.25);
        assertThat(t.doubleColumn("share_of_gdp_pct").asList()).containsExactly(4.12, 2.02);
        assertThat(t.doubleColumn("spending_mn").asList()).containsExactly(34974.5, 1000.0);
        assertThat(t.stringColumn("spending_currency").asList()).containsExactly("USD", "USD");
        assertThat(t.stringColumn("spending_basis").asList()).containsExactly("current prices", "current prices");
        assertThat(t.booleanColumn("estimate").get(0)).isTrue();
        assertThat(t.dateColumn("published").get(1)).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThat(t.stringColumn("status").asList()).containsExactly("MEETS", "BELOW");
    }

    @Test
    void anEmptyOptionalIsAMissingValue() {
        Table t = Tables.of(List.of(poland(), nato()));
        assertThat(t.doubleColumn("target_pct").get(0)).isEqualTo(3.5);
        assertThat(t.column("target_pct").isMissing(1)).isTrue();
        assertThat(t.column("score").isMissing(1)).isTrue();
        assertThat(t.column("rank").isMissing(1)).isTrue();
        assertThat(t.column("rank").isMissing(0)).isFalse();
        assertThat(t.column("score").countMissing()).isEqualTo(1);
    }

    record Row(Ally ally, Optional<Money> spending) {
    }

    @Test
    void anEmptyMoneyIsMissingInEachOfItsColumns() {
        Table t = Tables.of(List.of(new Row(Ally.of("POL"), Optional.empty()),
                new Row(Ally.of("DEU"), Optional.of(Money.ofMillions("97685.6", Currencies.USD, CURRENT)))));
        assertThat(t.columnNames()).containsExactly("ally", "spending_mn", "spending_currency", "spending_basis");
        assertThat(t.column("spending_mn").isMissing(0)).isTrue();
        assertThat(t.column("spending_currency").isMissing(0)).isTrue();
        assertThat(t.column("spending_basis").isMissing(0)).isTrue();
        assertThat(t.doubleColumn("spending_mn").get(1)).isEqualTo(97685.6);
    }

    @Test
    void refusesToMixCurrencies() {
        List<Row> rows = List.of(new Row(Ally.of("POL"), Optional.of(Money.ofMillions("10", Currencies.USD, CURRENT))),
                new Row(Ally.of("DEU"), Optional.empty()),
                new Row(Ally.of("FRA"), Optional.of(Money.ofMillions("5", Currencies.EUR, CURRENT))));
        assertThatThrownBy(() -> Tables.of(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'spending_mn' would mix money: row 0 is USD 10 mn (current prices) and row 2 is "
                        + "EUR 5 mn (current prices) (Currencies differ: USD/EUR)");
    }

    @Test
    void refusesToMixPriceBases() {
        List<Row> rows = List.of(new Row(Ally.of("POL"), Optional.of(Money.ofMillions("10", Currencies.USD, CURRENT))),
                new Row(Ally.of("DEU"), Optional.of(Money.ofMillions("9", Currencies.USD, PriceBasis.constant(2015)))));
        assertThatThrownBy(() -> Tables.of(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'spending_mn' would mix money: row 0 is USD 10 mn (current prices) and row 1 is "
                        + "USD 9 mn (constant 2015 prices) (Price bases differ: current prices/constant 2015 prices)");
    }

    @Test
    void anEmptyListNeedsItsRecordClass() {
        Table t = Tables.of(Sample.class, List.of());
        assertThat(t.rowCount()).isZero();
        assertThat(t.columnNames()).isEqualTo(Tables.columnNames(Sample.class));
        assertThatThrownBy(() -> Tables.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot tell the columns of an empty list; use Tables.of(Class, List) to name the record class");
    }

    record Names(double rSquared, double gdpUSD, double USDValue, double q1Value, double year2024, Share shareOfGdp,
                 Share growthPct, Money spendingMn, double already_snake) {
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "rSquared, r_squared",
            "gdpUSD, gdp_usd",
            "USDValue, usd_value",
            "q1Value, q1_value",
            "year2024, year2024",
            "shareOfGdp, share_of_gdp_pct",
            "growthPct, growth_pct",
            "spendingMn, spending_mn",
            "already_snake, already_snake",
    })
    void namesAColumnAfterItsComponent(String component, String column) {
        var c = Arrays.stream(Names.class.getRecordComponents()).filter(rc -> rc.getName().equals(component))
                .findFirst().orElseThrow();
        assertThat(Tables.columnName(c)).isEqualTo(column);
    }

    @Test
    void aMoneyComponentEndingInMnKeepsOneSuffix() {
        assertThat(Tables.columnNames(Names.class)).endsWith("spending_mn", "spending_currency", "spending_basis",
                "already_snake");
    }

    record Bad(String name, List<String> tags) {
    }

    @Test
    void refusesAnUnsupportedComponentNamingIt() {
        assertThatThrownBy(() -> Tables.of(List.of(new Bad("x", List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("component 'tags' of record Bad has type java.util.List<java.lang.String>, "
                        + "which milex tables do not support; supported: String, enum, Subject");
    }

    record Clash(Money spending, String spendingCurrency) {
    }

    @Test
    void refusesComponentsWhoseColumnsShareAName() {
        assertThatThrownBy(() -> Tables.columnNames(Clash.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record Clash makes two columns named 'spending_currency' (the second from component "
                        + "'spendingCurrency'); rename a component");
    }

    record Nullable(String name) {
    }

    @Test
    void refusesNullValues() {
        assertThatThrownBy(() -> Tables.of(List.of(new Nullable("a"), new Nullable(null))))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("row 1: component 'name' of Nullable is null; use Optional for a value that may be absent");
    }

    @Test
    void refusesRowsOfDifferentClasses() {
        List<Record> rows = List.of(new Nullable("a"), new Bad("b", List.of()));
        assertThatThrownBy(() -> Tables.of(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 is a Bad, not a Nullable; a table's rows are all of one record class");
    }

    @Test
    void tabulatesStatisticsRecords() {
        LinearTrend t = LinearTrend.fit(Map.of(Year.of(2014), 1.0, Year.of(2024), 2.0));
        Table table = Tables.of(List.of(t));
        assertThat(table.columnNames()).containsExactly("slope", "intercept", "r_squared", "slope_standard_error",
                "n", "first_year", "last_year");
        assertThat(table.column("slope_standard_error").isMissing(0)).isTrue();
        assertThat(table.intColumn("first_year").get(0)).isEqualTo(2014);
    }

    @Test
    void tabulatesAnEditionsObservations() {
        Table t = Tables.observations(Dataset.embedded(), JUNE_2024);
        // data/nato/NATO-2024-06.csv: 374 data lines = 34 codes (31 allies with armed forces, Iceland, NATO,
        // EUROPE_CANADA) × 11 years 2014-2024.
        assertThat(t.name()).isEqualTo("NATO-2024-06");
        assertThat(t.rowCount()).isEqualTo(374);
        assertThat(t.stringColumn(Tables.CODE).unique().size()).isEqualTo(34);
        assertThat(t.intColumn(Tables.YEAR).unique().size()).isEqualTo(11);
        // data/nato/NATO-2024-06.csv: 68 rows (34 codes × 2023 and 2024) are estimates
        assertThat(t.booleanColumn(Tables.ESTIMATE).isTrue().size()).isEqualTo(68);
        List<String> expected = new java.util.ArrayList<>(List.of("edition", "code", "name", "year", "estimate"));
        Arrays.stream(Measure.values()).map(Measure::column).forEach(expected::add);
        assertThat(t.columnNames()).isEqualTo(expected);
        assertThat(t.columnCount()).isEqualTo(20);
        assertThat(t.columns().stream().skip(5).map(Column::type).collect(Collectors.toSet()))
                .containsExactly(ColumnType.DOUBLE);
        assertThat(t.column(Tables.YEAR).type()).isEqualTo(ColumnType.INTEGER);
        assertThat(t.column(Tables.ESTIMATE).type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void anObservationsTableHoldsThePublishedValuesAndMissingOnes() {
        Table t = Tables.observations(Dataset.embedded(), JUNE_2024);
        Table pl2024 = t.where(t.stringColumn(Tables.CODE).isEqualTo("POL").and(t.intColumn(Tables.YEAR).isEqualTo(2024)));
        assertThat(pl2024.rowCount()).isEqualTo(1);
        assertThat(pl2024.stringColumn(Tables.NAME).get(0)).isEqualTo("Poland");
        // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12 (4.120190989357147 in data/nato/NATO-2024-06.csv)
        assertThat(pl2024.doubleColumn(Measure.SHARE_OF_GDP.column()).get(0)).isCloseTo(4.120190989357147, within(0.0));
        // data/nato/NATO-2024-06.csv: Iceland publishes GDP but no defence figures: 11 missing shares of GDP
        assertThat(t.doubleColumn(Measure.SHARE_OF_GDP.column()).countMissing()).isEqualTo(11);
        Table iceland = t.where(t.stringColumn(Tables.CODE).isEqualTo("ISL"));
        assertThat(iceland.column(Measure.SHARE_OF_GDP.column()).countMissing()).isEqualTo(11);
        assertThat(iceland.column(Measure.GDP_USD_CURRENT.column()).countMissing()).isZero();
    }

    @Test
    void tabulatesAnyObservations() {
        Table t = Tables.observations(Dataset.embedded().observations());
        assertThat(t.name()).isEqualTo("observations");
        assertThat(t.rowCount()).isEqualTo(Dataset.embedded().size());
        assertThat(Tables.observations(List.of()).columnCount()).isEqualTo(20);
    }
}
