package org.milex.table;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.Share;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables of milex's results and observations, with typed columns and stable snake_case names.
 *
 * <pre>{@code
 * Table t = Tables.observations(Dataset.embedded(), Edition.parse("NATO-2024-06"));  // 374 rows
 * t.where(t.stringColumn(Tables.CODE).isEqualTo("POL"))
 *  .selectColumns(Tables.YEAR, Measure.SHARE_OF_GDP.column());
 * Tables.of(List.of(Summary.of(1, 2, 3), Summary.of(4, 5)));   // one row per record
 * }</pre>
 *
 * <h2>Records to tables</h2>
 * {@link #of(List)} makes one row per record and one column per record component, in the record's order,
 * named by {@link #columnName(RecordComponent)}. Column types follow the component's type:
 * <table>
 *   <caption>Component types and columns</caption>
 *   <tr><th>component</th><th>column</th><th>name</th></tr>
 *   <tr><td>String; enum (its {@code name()}); Subject, i.e. Ally or AllyGroup (its code, {@code "POL"});
 *       Edition (its id); Currency (its code); PriceBasis ({@code "current prices"})</td>
 *       <td>StringColumn</td><td>snake_case</td></tr>
 *   <tr><td>int, short, byte, Integer, Short, Byte; Year (its number)</td><td>IntColumn</td><td>snake_case</td></tr>
 *   <tr><td>long, Long</td><td>LongColumn</td><td>snake_case</td></tr>
 *   <tr><td>double, float, Double, Float; BigDecimal (nearest double)</td><td>DoubleColumn</td><td>snake_case</td></tr>
 *   <tr><td>Share (in percent, 2.02 for 2.02%)</td><td>DoubleColumn</td><td>snake_case, {@code _pct} appended
 *       unless it ends so</td></tr>
 *   <tr><td>Money</td><td>three columns: DoubleColumn of millions; StringColumn of the currency code;
 *       StringColumn of the price basis</td><td>{@code <stem>_mn}, {@code <stem>_currency}, {@code <stem>_basis},
 *       the stem being the snake_case name less a final {@code _mn}</td></tr>
 *   <tr><td>boolean, Boolean</td><td>BooleanColumn</td><td>snake_case</td></tr>
 *   <tr><td>LocalDate</td><td>DateColumn</td><td>snake_case</td></tr>
 *   <tr><td>Optional of any of these; OptionalInt, OptionalLong, OptionalDouble</td><td>as the value's;
 *       a missing value where empty</td><td>as the value's</td></tr>
 * </table>
 * A money column never mixes currencies or price bases: if two rows' amounts differ in either, the table is
 * refused with a message naming both rows and both amounts. Other component types, and components whose
 * columns would share a name, are refused naming the component. A {@code null} component value is refused
 * too: absent values are {@code Optional}s. A {@code NaN} double becomes a missing value, as Tablesaw
 * represents missing doubles.
 *
 * <p>The tables are new and independent of the records: changing a table changes no record. Tablesaw's
 * tables are mutable, so each call returns a fresh one.
 */
public final class Tables {

    /** The edition's identifier column of {@link #observations}, e.g. {@code "NATO-2024-06"}. */
    public static final String EDITION = "edition";
    /** The ally's or group's code column of {@link #observations}, e.g. {@code "POL"}, {@code "NATO"}. */
    public static final String CODE = "code";
    /** The ally's or group's name column of {@link #observations}, e.g. {@code "Poland"}. */
    public static final String NAME = "name";
    /** The year column of {@link #observations}, an IntColumn. */
    public static final String YEAR = "year";
    /** The column of {@link #observations} telling whether the year is an estimate, a BooleanColumn. */
    public static final String ESTIMATE = "estimate";

    static {
        org.milex.internal.QuietLogging.beforeTablesaw();
    }

    private Tables() {
    }

    /**
     * A table of records: one row per record, one column per component (three for money), in component
     * order. The table is named after the record class.
     *
     * @throws IllegalArgumentException if {@code rows} is empty (use {@link #of(Class, List)}), its rows are
     *     of different classes, a component's type is not supported, or a money column would mix currencies
     *     or price bases
     */
    public static Table of(List<? extends Record> rows) {
        return build(RecordColumns.typeOf(rows, "Tables.of"), rows);
    }

    /**
     * A table of records of a given class, which may be empty (the table then has the columns and no rows).
     *
     * @throws IllegalArgumentException as {@link #of(List)}
     */
    public static <R extends Record> Table of(Class<R> type, List<? extends R> rows) {
        return build(type, rows);
    }

    /**
     * The name of the (first) column a record component makes: the component's name in snake_case, with
     * {@code _pct} appended for a Share and {@code _mn} for Money (unless the name already ends so).
     *
     * <p>snake_case: an underscore goes before an upper-case letter that follows a lower-case letter or a
     * digit, or that starts a word after an acronym, and everything is lower-cased:
     * {@code shareOfGdp → share_of_gdp}, {@code rSquared → r_squared}, {@code gdpUSD → gdp_usd},
     * {@code USDValue → usd_value}, {@code q1Value → q1_value}, {@code year2024 → year2024}. The name depends
     * on nothing but the component's name and type, so it does not change with the data.
     *
     * @throws IllegalArgumentException naming the component and its type when the type is not supported
     */
    public static String columnName(RecordComponent component) {
        Objects.requireNonNull(component, "component");
        return RecordColumns.resolve(component).name();
    }

    /**
     * Every column name a table of {@code type} has, in order.
     *
     * @throws IllegalArgumentException as {@link #of(List)}
     */
    public static List<String> columnNames(Class<? extends Record> type) {
        return RecordColumns.of(type).stream().flatMap(c -> c.names().stream()).toList();
    }

    /**
     * The cells of a table of records, exactly as held, for CSV and JSON: one list per record, one cell per column
     * of {@link #columnNames(Class)}, in order. A cell is a {@code String} (text, codes, a money's currency and
     * basis), {@code Integer} (ints, years), {@code Long}, {@code BigDecimal} (a share's percent, a money's millions,
     * a {@code BigDecimal}, a {@code double} as its shortest decimal text), {@code Boolean} or {@code LocalDate};
     * empty where the table has a missing value. No value passes through a {@code double} it did not start as, so
     * NATO's total prints as {@code 1474399.47657343889…}, never {@code 1474399.4765734388}.
     *
     * @throws IllegalArgumentException as {@link #of(List)}
     */
    public static <R extends Record> List<List<Optional<Object>>> exactCells(Class<R> type, List<? extends R> rows) {
        List<RecordColumns.Col> cols = RecordColumns.of(type);
        List<Record> checked = RecordColumns.checkRows(type, rows);
        for (RecordColumns.Col col : cols) {
            if (col.kind() == RecordColumns.Kind.MONEY) {
                RecordColumns.uniformMoney(col, checked);
            }
        }
        List<List<Optional<Object>>> out = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            List<Optional<Object>> line = new ArrayList<>();
            for (RecordColumns.Col col : cols) {
                Optional<Object> v = col.value(checked.get(i), i);
                switch (col.kind()) {
                    case MONEY -> {
                        Optional<Money> m = v.map(Money.class::cast);
                        line.add(m.map(Money::millions));
                        line.add(m.map(x -> x.currency().getCurrencyCode()));
                        line.add(m.map(x -> x.basis().toString()));
                    }
                    case SHARE -> line.add(v.map(x -> ((Share) x).percent()));
                    case DOUBLE -> line.add(v.filter(x -> !Double.isNaN((Double) x))
                            .map(x -> BigDecimal.valueOf((Double) x)));
                    default -> line.add(v);
                }
            }
            out.add(Collections.unmodifiableList(line));
        }
        return Collections.unmodifiableList(out);
    }

    private static Table build(Class<? extends Record> type, List<? extends Record> input) {
        List<RecordColumns.Col> cols = RecordColumns.of(type);
        List<Record> rows = RecordColumns.checkRows(type, input);
        List<Column<?>> columns = new ArrayList<>();
        for (RecordColumns.Col col : cols) {
            columns.addAll(column(col, rows));
        }
        return Table.create(type.getSimpleName(), columns);
    }

    private static List<Column<?>> column(RecordColumns.Col col, List<Record> rows) {
        String name = col.name();
        switch (col.kind()) {
            case TEXT: {
                StringColumn c = StringColumn.create(name);
                fill(col, rows, c, v -> c.append((String) v));
                return List.of(c);
            }
            case INT: {
                IntColumn c = IntColumn.create(name);
                fill(col, rows, c, v -> c.append((Integer) v));
                return List.of(c);
            }
            case LONG: {
                LongColumn c = LongColumn.create(name);
                fill(col, rows, c, v -> c.append((Long) v));
                return List.of(c);
            }
            case DOUBLE: {
                DoubleColumn c = DoubleColumn.create(name);
                fill(col, rows, c, v -> c.append((Double) v));
                return List.of(c);
            }
            case DECIMAL: {
                DoubleColumn c = DoubleColumn.create(name);
                fill(col, rows, c, v -> c.append(((BigDecimal) v).doubleValue()));
                return List.of(c);
            }
            case SHARE: {
                DoubleColumn c = DoubleColumn.create(name);
                fill(col, rows, c, v -> c.append(((Share) v).toDouble()));
                return List.of(c);
            }
            case MONEY: {
                RecordColumns.uniformMoney(col, rows);
                List<String> names = col.names();
                DoubleColumn amount = DoubleColumn.create(names.get(0));
                StringColumn currency = StringColumn.create(names.get(1));
                StringColumn basis = StringColumn.create(names.get(2));
                for (int i = 0; i < rows.size(); i++) {
                    Optional<Object> v = col.value(rows.get(i), i);
                    if (v.isPresent()) {
                        Money m = (Money) v.get();
                        amount.append(m.millions().doubleValue());
                        currency.append(m.currency().getCurrencyCode());
                        basis.append(m.basis().toString());
                    } else {
                        amount.appendMissing();
                        currency.appendMissing();
                        basis.appendMissing();
                    }
                }
                return List.of(amount, currency, basis);
            }
            case BOOLEAN: {
                BooleanColumn c = BooleanColumn.create(name);
                fill(col, rows, c, v -> c.append((Boolean) v));
                return List.of(c);
            }
            case DATE: {
                DateColumn c = DateColumn.create(name);
                fill(col, rows, c, v -> c.append((LocalDate) v));
                return List.of(c);
            }
            default:
                throw new AssertionError(col.kind());
        }
    }

    private static void fill(RecordColumns.Col col, List<Record> rows, Column<?> column,
                             java.util.function.Consumer<Object> append) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<Object> v = col.value(rows.get(i), i);
            if (v.isPresent()) {
                append.accept(v.get());
            } else {
                column.appendMissing();
            }
        }
    }

    /**
     * The observations of one edition as a table named after it: one row per ally or group and year, in the
     * dataset's order, with the columns {@value #EDITION}, {@value #CODE}, {@value #NAME} (StringColumns),
     * {@value #YEAR} (IntColumn), {@value #ESTIMATE} (BooleanColumn), then one DoubleColumn per
     * {@link Measure}, in declaration order, named by {@link Measure#column()} and holding the published value
     * in the measure's unit, or a missing value where the edition published none.
     *
     * <p>For NATO-2024-06: 374 rows (31 allies with armed forces, Iceland, NATO Total and NATO Europe and
     * Canada, each for the 11 years 2014-2024) and 20 columns.
     */
    public static Table observations(Dataset data, Edition edition) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(edition, "edition");
        return observations(edition.id(), data.observations(edition));
    }

    /**
     * Observations, of any editions, as a table named {@code "observations"}, with the columns of
     * {@link #observations(Dataset, Edition)}, in the collection's order.
     */
    public static Table observations(Collection<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        return observations("observations", observations);
    }

    private static Table observations(String name, Collection<Observation> observations) {
        StringColumn edition = StringColumn.create(EDITION);
        StringColumn code = StringColumn.create(CODE);
        StringColumn subjectName = StringColumn.create(NAME);
        IntColumn year = IntColumn.create(YEAR);
        BooleanColumn estimate = BooleanColumn.create(ESTIMATE);
        Measure[] measures = Measure.values();
        DoubleColumn[] values = new DoubleColumn[measures.length];
        for (int m = 0; m < measures.length; m++) {
            values[m] = DoubleColumn.create(measures[m].column());
        }
        for (Observation o : observations) {
            Objects.requireNonNull(o, "observation");
            edition.append(o.edition().id());
            code.append(o.subject().code());
            subjectName.append(o.subject().name());
            year.append(o.year().getValue());
            estimate.append(o.isEstimate());
            for (int m = 0; m < measures.length; m++) {
                OptionalDouble v = o.value(measures[m]);
                if (v.isPresent()) {
                    values[m].append(v.getAsDouble());
                } else {
                    values[m].appendMissing();
                }
            }
        }
        Table t = Table.create(name, edition, code, subjectName, year, estimate);
        t.addColumns(values);
        return t;
    }
}
