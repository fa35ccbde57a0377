package org.milex.table;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.milex.model.Edition;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.model.Subject;

/**
 * How the components of a record become columns: the kind of each, its names, and its values with
 * {@code Optional}s unwrapped. Shared by {@link Tables} and {@link TextTable} so that both follow one rule.
 */
final class RecordColumns {

    /** What a component holds, after unwrapping {@code Optional}. */
    enum Kind {
        /** String, enum (its name), Subject (its code), Edition (its id), Currency (its code), PriceBasis. */
        TEXT,
        /** int, short, byte and their boxes, Year (its number), OptionalInt. */
        INT,
        /** long, Long, OptionalLong. */
        LONG,
        /** double, float and their boxes, OptionalDouble. */
        DOUBLE,
        /** BigDecimal. */
        DECIMAL,
        /** Share. */
        SHARE,
        /** Money. */
        MONEY,
        /** boolean, Boolean. */
        BOOLEAN,
        /** LocalDate. */
        DATE;

        boolean isNumeric() {
            return this == INT || this == LONG || this == DOUBLE || this == DECIMAL || this == SHARE || this == MONEY;
        }
    }

    private enum Wrapper { NONE, OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE }

    static final String SUPPORTED = "String, enum, Subject (Ally or AllyGroup), Edition, Currency, PriceBasis, "
            + "int, long, short, byte, Year, double, float, BigDecimal, Share, Money, boolean, LocalDate, "
            + "their boxes, Optional of any of them, OptionalInt, OptionalLong, OptionalDouble";

    /** One component. */
    record Col(RecordComponent component, String base, Kind kind, Wrapper wrapper, Method accessor) {

        /** The Tablesaw column name (for money, the amount's column). */
        String name() {
            return switch (kind) {
                case SHARE -> withSuffix(base, "_pct");
                case MONEY -> moneyStem() + "_mn";
                default -> base;
            };
        }

        String moneyStem() {
            return base.endsWith("_mn") ? base.substring(0, base.length() - 3) : base;
        }

        /** Every Tablesaw column name this component makes, in order. */
        List<String> names() {
            return kind == Kind.MONEY
                    ? List.of(name(), moneyStem() + "_currency", moneyStem() + "_basis")
                    : List.of(name());
        }

        /** The component's value in {@code row}, {@code Optional}s unwrapped and normalised to the kind. */
        Optional<Object> value(Record row, int index) {
            Object raw;
            try {
                raw = accessor.invoke(row);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read component '" + component.getName() + "' of "
                        + row.getClass().getName() + ": " + e.getMessage(), e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
            if (raw == null) {
                throw new NullPointerException("row " + index + ": component '" + component.getName() + "' of "
                        + row.getClass().getSimpleName() + " is null; use Optional for a value that may be absent");
            }
            return switch (wrapper) {
                case NONE -> Optional.of(normalise(raw));
                case OPTIONAL -> ((Optional<?>) raw).isPresent()
                        ? Optional.of(normalise(((Optional<?>) raw).get())) : Optional.empty();
                case OPTIONAL_INT -> ((OptionalInt) raw).isPresent()
                        ? Optional.of(((OptionalInt) raw).getAsInt()) : Optional.empty();
                case OPTIONAL_LONG -> ((OptionalLong) raw).isPresent()
                        ? Optional.of(((OptionalLong) raw).getAsLong()) : Optional.empty();
                case OPTIONAL_DOUBLE -> ((OptionalDouble) raw).isPresent()
                        ? Optional.of(((OptionalDouble) raw).getAsDouble()) : Optional.empty();
            };
        }

        private Object normalise(Object v) {
            return switch (kind) {
                case TEXT -> text(v);
                case INT -> v instanceof Year y ? y.getValue() : ((Number) v).intValue();
                case LONG -> ((Number) v).longValue();
                case DOUBLE -> ((Number) v).doubleValue();
                default -> v;
            };
        }

        private static String text(Object v) {
            if (v instanceof Enum<?> e) {
                return e.name();
            }
            if (v instanceof Subject s) {
                return s.code();
            }
            if (v instanceof Edition e) {
                return e.id();
            }
            if (v instanceof Currency c) {
                return c.getCurrencyCode();
            }
            return v.toString();
        }
    }

    private RecordColumns() {
    }

    /**
     * The columns of a record type, in component order.
     *
     * @throws IllegalArgumentException naming the component and its type when one is not supported, or two
     *     components would make columns of the same name
     */
    static List<Col> of(Class<? extends Record> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record class");
        }
        List<Col> cols = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Col col = resolve(c);
            for (String n : col.names()) {
                if (!names.add(n)) {
                    throw new IllegalArgumentException("record " + type.getSimpleName() + " makes two columns named '"
                            + n + "' (the second from component '" + c.getName() + "'); rename a component");
                }
            }
            cols.add(col);
        }
        return cols;
    }

    static Col resolve(RecordComponent c) {
        Class<?> t = c.getType();
        Kind kind;
        Wrapper wrapper = Wrapper.NONE;
        if (t == Optional.class) {
            wrapper = Wrapper.OPTIONAL;
            Type g = c.getGenericType();
            kind = g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> a
                    ? kindOf(a) : null;
        } else if (t == OptionalInt.class) {
            wrapper = Wrapper.OPTIONAL_INT;
            kind = Kind.INT;
        } else if (t == OptionalLong.class) {
            wrapper = Wrapper.OPTIONAL_LONG;
            kind = Kind.LONG;
        } else if (t == OptionalDouble.class) {
            wrapper = Wrapper.OPTIONAL_DOUBLE;
            kind = Kind.DOUBLE;
        } else {
            kind = kindOf(t);
        }
        if (kind == null) {
            throw new IllegalArgumentException("component '" + c.getName() + "' of record "
                    + c.getDeclaringRecord().getSimpleName() + " has type " + c.getGenericType().getTypeName()
                    + ", which milex tables do not support; supported: " + SUPPORTED);
        }
        Method accessor = c.getAccessor();
        accessor.trySetAccessible();
        return new Col(c, snakeCase(c.getName()), kind, wrapper, accessor);
    }

    private static Kind kindOf(Class<?> t) {
        if (t == String.class || t.isEnum() || Enum.class.isAssignableFrom(t) || Subject.class.isAssignableFrom(t)
                || t == Edition.class || t == Currency.class || PriceBasis.class.isAssignableFrom(t)) {
            return Kind.TEXT;
        }
        if (t == int.class || t == Integer.class || t == short.class || t == Short.class || t == byte.class
                || t == Byte.class || t == Year.class) {
            return Kind.INT;
        }
        if (t == long.class || t == Long.class) {
            return Kind.LONG;
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return Kind.DOUBLE;
        }
        if (t == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (t == Share.class) {
            return Kind.SHARE;
        }
        if (t == Money.class) {
            return Kind.MONEY;
        }
        if (t == boolean.class || t == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (t == LocalDate.class) {
            return Kind.DATE;
        }
        return null;
    }

    /**
     * camelCase to snake_case: an underscore goes before an upper-case letter that follows a lower-case
     * letter or a digit, or that starts a word after an acronym; then everything is lower case.
     * {@code shareOfGdp → share_of_gdp}, {@code gdpUSD → gdp_usd}, {@code USDValue → usd_value},
     * {@code q1Value → q1_value}, {@code year2024 → year2024}, {@code rSquared → r_squared}.
     */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && b.charAt(b.length() - 1) != '_') {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    b.append('_');
                }
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    static String withSuffix(String name, String suffix) {
        return name.endsWith(suffix) ? name : name + suffix;
    }

    /**
     * The rows checked to be instances of {@code type}, as records.
     *
     * @throws IllegalArgumentException naming the row that is of another class
     */
    static List<Record> checkRows(Class<? extends Record> type, List<? extends Record> rows) {
        Objects.requireNonNull(rows, "rows");
        List<Record> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Record r = Objects.requireNonNull(rows.get(i), "row " + i);
            if (r.getClass() != type) {
                throw new IllegalArgumentException("row " + i + " is a " + r.getClass().getSimpleName()
                        + ", not a " + type.getSimpleName() + "; a table's rows are all of one record class");
            }
            out.add(r);
        }
        return out;
    }

    /** The record class of a non-empty list's first row. */
    @SuppressWarnings("unchecked")
    static Class<? extends Record> typeOf(List<? extends Record> rows, String method) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("cannot tell the columns of an empty list; use " + method
                    + "(Class, List) to name the record class");
        }
        return (Class<? extends Record>) Objects.requireNonNull(rows.get(0), "row 0").getClass();
    }

    /**
     * The money of one column, checked to share one currency and price basis.
     *
     * @return the first amount, or empty if the column has none
     * @throws IllegalArgumentException naming the column, both rows and both amounts otherwise
     */
    static Optional<Money> uniformMoney(Col col, List<Record> rows) {
        Money first = null;
        int firstRow = -1;
        for (int i = 0; i < rows.size(); i++) {
            Optional<Object> v = col.value(rows.get(i), i);
            if (v.isEmpty()) {
                continue;
            }
            Money m = (Money) v.get();
            if (first == null) {
                first = m;
                firstRow = i;
                continue;
            }
            try {
                first.compareTo(m);
            } catch (MoneyMismatchException e) {
                throw new IllegalArgumentException("column '" + col.name() + "' would mix money: row " + firstRow
                        + " is " + first + " and row " + i + " is " + m + " (" + e.getMessage() + ")", e);
            }
        }
        return Optional.ofNullable(first);
    }
}
