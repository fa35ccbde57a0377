package org.milex.excel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.milex.model.Edition;
import org.milex.model.Measure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What one sheet shows of a Tablesaw table: its columns with their headers, a money column's currency and
 * price basis folded into its header.
 */
record SheetSpec(String name, Table table, List<Col> columns) {

    /** The column of the observations sheet naming an ally's national currency. */
    static final String NATIONAL_CURRENCY = "national_currency";

    /** One column of the sheet: the table's column, its stable name and its unit (empty where none is known). */
    record Col(Column<?> column, String name, Optional<String> unit) {
        Col {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }

        /** The header cell: {@code name (unit)}, or the name alone. */
        String header() {
            return unit.map(u -> name + " (" + u + ")").orElse(name);
        }
    }

    SheetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    static SheetSpec of(Table table, Edition edition) {
        Objects.requireNonNull(table, "table");
        List<Column<?>> all = table.columns();
        List<Col> cols = new ArrayList<>();
        Set<String> folded = new HashSet<>();
        for (Column<?> c : all) {
            if (folded.contains(c.name())) {
                continue;
            }
            Optional<String> money = moneyUnit(table, c);
            if (money.isPresent()) {
                String stem = stem(c.name());
                folded.add(stem + "_currency");
                folded.add(stem + "_basis");
                cols.add(new Col(c, c.name(), money));
            } else {
                cols.add(new Col(c, c.name(), unit(c.name(), edition)));
            }
        }
        return new SheetSpec(table.name() == null ? "table" : table.name(), table, cols);
    }

    /**
     * The unit of a column named after a {@link Measure}: its unit, with the price basis where the measure has
     * one ({@code million US dollars, constant 2015 prices}); the national-currency measures point to the
     * {@value #NATIONAL_CURRENCY} column.
     */
    static Optional<String> unit(String column, Edition edition) {
        return Measure.fromColumn(column).map(m -> {
            String unit = m.unit().toString();
            if (column.contains("_current")) {
                unit += ", current prices";
            } else if (column.contains("_constant")) {
                unit += ", " + edition.constantPrices();
            }
            if (m.unit() == Measure.Unit.MILLION_NATIONAL_CURRENCY) {
                unit += "; currency in " + NATIONAL_CURRENCY;
            }
            return unit;
        });
    }

    /**
     * For {@code x_mn} followed by {@code x_currency} and {@code x_basis} holding one currency and one basis
     * (as {@code Tables.of} makes a Money component): {@code "USD million, current prices"}.
     */
    private static Optional<String> moneyUnit(Table t, Column<?> c) {
        if (!(c instanceof DoubleColumn) || !c.name().endsWith("_mn")) {
            return Optional.empty();
        }
        String stem = stem(c.name());
        if (!t.containsColumn(stem + "_currency") || !t.containsColumn(stem + "_basis")
                || !(t.column(stem + "_currency") instanceof StringColumn currency)
                || !(t.column(stem + "_basis") instanceof StringColumn basis)) {
            return Optional.empty();
        }
        Set<String> currencies = new HashSet<>();
        Set<String> bases = new HashSet<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (currency.isMissing(i) != basis.isMissing(i) || currency.isMissing(i) != c.isMissing(i)) {
                return Optional.empty();
            }
            if (!currency.isMissing(i)) {
                currencies.add(currency.get(i));
                bases.add(basis.get(i));
            }
        }
        if (currencies.size() != 1 || bases.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(currencies.iterator().next() + " million, " + bases.iterator().next());
    }

    private static String stem(String mn) {
        return mn.substring(0, mn.length() - "_mn".length());
    }
}
