package org.milex.cli;

import java.util.List;
import java.util.Objects;
import org.milex.query.Rows;
import org.milex.table.TextTable;

/**
 * What a command answers: records of one type with a title and notes, printed as {@link Rows} prints in
 * JShell (title, aligned {@link TextTable}, {@code note:} lines), or as CSV or JSON with the column names
 * {@link org.milex.table.Tables} gives.
 *
 * @param type the record type of the rows
 * @param title what the rows are
 * @param rows the rows
 * @param notes what was left out or assumed
 * @param <R> the record type
 */
record Answer<R extends Record>(Class<R> type, String title, List<R> rows, List<String> notes) {

    Answer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The answer a query gave, unchanged. */
    static <R extends Record> Answer<R> of(Rows<R> rows) {
        return new Answer<>(rows.type(), rows.title(), rows.list(), rows.notes());
    }

    /** Exactly as {@link Rows#toString()} prints: the title, the aligned table and the notes. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append(TextTable.render(type, rows)).append('\n');
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
