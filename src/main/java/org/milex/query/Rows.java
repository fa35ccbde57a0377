package org.milex.query;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rows of a query's result: an immutable list of records of one type, with a title saying what they
 * are (edition, measure, unit, price basis) and notes saying what was left out or assumed.
 *
 * <p>{@link #toString()} prints the title, an aligned table with one column per record component (in the
 * record's order, named as the components) and the notes, so that a result reads well in JShell:
 *
 * <pre>{@code
 * Query.of(data).year(2024).measure(Measure.SHARE_OF_GDP).ranking();
 * // share_of_gdp_pct (percent), NATO-2024-06
 * // rank  code  name            year  value  estimate
 * //    1  POL   Poland          2024   4.12  yes
 * //    2  EST   Estonia         2024   3.43  yes
 * // ...
 * }</pre>
 *
 * <p>Tables show money in millions to two decimals and decimals to two places (four below 0.1); the records
 * hold the exact values.
 *
 * @param <R> the record type of a row
 */
public final class Rows<R extends Record> implements Iterable<R> {
    private final Class<R> type;
    private final String title;
    private final List<R> list;
    private final List<String> notes;

    private Rows(Class<R> type, String title, List<R> list, List<String> notes) {
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.list = List.copyOf(list);
        this.notes = List.copyOf(notes);
    }

    static <R extends Record> Rows<R> of(Class<R> type, String title, List<R> rows, List<String> notes) {
        return new Rows<>(type, title, rows, notes);
    }

    /** The record type of the rows, also when there are none (for a typed table's columns). */
    public Class<R> type() {
        return type;
    }

    /** What the rows are, e.g. {@code "share_of_gdp_pct (percent), NATO-2024-06"}. */
    public String title() {
        return title;
    }

    /** The rows, in the order the result defines. */
    public List<R> list() {
        return list;
    }

    /** What was left out or assumed, e.g. allies without a figure; empty when nothing was. */
    public List<String> notes() {
        return notes;
    }

    /** The number of rows. */
    public int size() {
        return list.size();
    }

    /** Whether there are no rows. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The row at {@code index}. */
    public R get(int index) {
        return list.get(index);
    }

    /** The rows as a stream. */
    public Stream<R> stream() {
        return list.stream();
    }

    @Override
    public Iterator<R> iterator() {
        return list.iterator();
    }

    /** The rows as a Tablesaw table with typed columns named as {@link org.milex.table.Tables} names them. */
    public tech.tablesaw.api.Table toTable() {
        return org.milex.table.Tables.of(type, list).setName(title);
    }

    /** The title, the aligned table and the notes, one per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append(org.milex.table.TextTable.render(type, list)).append('\n');
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
