package org.milex.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * Small aligned plain-text tables of records, for JShell and for records' {@code toString()}.
 *
 * <pre>{@code
 * record Row(Ally ally, Year year, Share shareOfGdp, Money spending) { }
 * record Ranking(List<Row> rows) {
 *     public String toString() { return TextTable.render(Row.class, rows); }
 * }
 * // ally  year  share_of_gdp_pct  spending_mn (USD, current prices)
 * // POL   2024             4.12%                          34,974.53
 * // DEU   2024             2.12%                          97,685.59
 * }</pre>
 *
 * <p>Columns follow the records' components in order, headed by the names {@link Tables} gives them
 * ({@link Tables#columnName}); each value is one cell:
 * <ul>
 *   <li>text (String, enum name, ally or group code, edition id, currency code, price basis), booleans
 *       ({@code yes}/{@code no}) and dates ({@code 2024-03-07}) are left-aligned; every number is right-aligned,
 *       with its header;</li>
 *   <li>int, long and Year print in full without separators ({@code 2024});</li>
 *   <li>double, float and BigDecimal print with two decimals and comma thousands separators
 *       ({@code 1,234.57}), half-up, or four decimals below 0.1 so that small revisions show ({@code 0.0102});</li>
 *   <li>a Share prints as {@link Share#toString()}, two decimals and a percent sign ({@code 2.02%});</li>
 *   <li>Money prints in millions, rounded half-up to two decimals, with separators ({@code 1,474,399.48}); when
 *       every amount of the column shares one currency and price basis, they are said once in the header
 *       ({@code spending_mn (USD, current prices)}), otherwise in each cell
 *       ({@code USD 1,474,399.48 (current prices)});</li>
 *   <li>an empty {@code Optional} is an empty cell.</li>
 * </ul>
 * Cells are separated by two spaces, lines by {@code '\n'}, with no trailing spaces and no final line
 * break. The output depends only on the rows (no locale, no terminal width): the same rows always print
 * the same.
 */
public final class TextTable {
    private static final String GAP = "  ";

    private TextTable() {
    }

    /**
     * The rows as a text table.
     *
     * @throws IllegalArgumentException if {@code rows} is empty (use {@link #render(Class, List)}), its rows
     *     are of different classes, or a component's type is not supported (see {@link Tables})
     */
    public static String render(List<? extends Record> rows) {
        return build(RecordColumns.typeOf(rows, "TextTable.render"), rows);
    }

    /**
     * The rows, of a given record class, as a text table; only the header when there are none.
     *
     * @throws IllegalArgumentException as {@link #render(List)}
     */
    public static <R extends Record> String render(Class<R> type, List<? extends R> rows) {
        return build(type, rows);
    }

    private static String build(Class<? extends Record> type, List<? extends Record> input) {
        List<RecordColumns.Col> cols = RecordColumns.of(type);
        List<Record> rows = RecordColumns.checkRows(type, input);
        int nCols = cols.size();
        String[][] cells = new String[rows.size() + 1][nCols];
        boolean[] right = new boolean[nCols];
        for (int j = 0; j < nCols; j++) {
            RecordColumns.Col col = cols.get(j);
            right[j] = col.kind().isNumeric();
            List<Optional<Object>> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                values.add(col.value(rows.get(i), i));
            }
            Optional<Money> uniform = col.kind() == RecordColumns.Kind.MONEY ? uniformMoney(values) : Optional.empty();
            cells[0][j] = uniform.isPresent() ? col.name() + " (" + uniform.get().currency().getCurrencyCode() + ", "
                    + uniform.get().basis() + ")" : col.name();
            for (int i = 0; i < rows.size(); i++) {      // no lambdas: each costs the first table its linking
                Optional<Object> v = values.get(i);
                cells[i + 1][j] = v.isPresent() ? format(col.kind(), v.get(), uniform.isPresent()) : "";
            }
        }
        int[] width = new int[nCols];
        for (String[] line : cells) {
            for (int j = 0; j < nCols; j++) {
                width[j] = Math.max(width[j], line[j].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < nCols; j++) {
                if (j > 0) {
                    line.append(GAP);
                }
                String pad = " ".repeat(width[j] - cells[i][j].length());
                line.append(right[j] ? pad + cells[i][j] : cells[i][j] + pad);
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            if (i > 0) {
                out.append('\n');
            }
            out.append(line, 0, end);
        }
        return out.toString();
    }

    /** The first amount if every present amount shares its currency and price basis; empty otherwise. */
    private static Optional<Money> uniformMoney(List<Optional<Object>> values) {
        Money first = null;
        for (Optional<Object> v : values) {
            if (v.isEmpty()) {
                continue;
            }
            Money m = (Money) v.get();
            if (first == null) {
                first = m;
            } else if (!m.currency().equals(first.currency()) || !m.basis().equals(first.basis())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    private static String format(RecordColumns.Kind kind, Object v, boolean uniformMoney) {
        return switch (kind) {
            case TEXT, INT, LONG -> v.toString();
            case BOOLEAN -> (Boolean) v ? "yes" : "no";
            case DATE -> ((LocalDate) v).toString();
            case DOUBLE -> decimal(BigDecimal.valueOf(((Number) v).doubleValue()));
            case DECIMAL -> decimal((BigDecimal) v);
            case SHARE -> v.toString();
            case MONEY -> {
                Money m = (Money) v;
                String millions = grouped(m.millions().setScale(2, RoundingMode.HALF_UP));
                yield uniformMoney ? millions
                        : m.currency().getCurrencyCode() + " " + millions + " (" + m.basis() + ")";
            }
        };
    }

    /** Two decimals, or four for small non-zero values, so that revisions of a few thousandths show. */
    static String decimal(BigDecimal d) {
        int scale = d.signum() != 0 && d.abs().compareTo(new BigDecimal("0.1")) < 0 ? 4 : 2;
        return grouped(d.setScale(scale, RoundingMode.HALF_UP));
    }

    /** Money in millions to two decimals with thousands separators: {@code 1,474,399.48}. */
    public static String millions(Money m) {
        return grouped(m.millions().setScale(2, RoundingMode.HALF_UP));
    }

    /** A decimal exactly as given, with comma thousands separators: {@code 1,234,567.125}. */
    public static String grouped(BigDecimal d) {
        String plain = d.toPlainString();      // every digit, no exponent; the fraction has exactly max(0, scale) digits
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder sb = new StringBuilder(plain.length() + (end - start) / 3);
        sb.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, end, plain.length()).toString();
    }
}
