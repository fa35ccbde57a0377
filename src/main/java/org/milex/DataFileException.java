package org.milex;

import java.util.Objects;

/**
 * A data file milex was asked to read is malformed. The message names the file, the line, the column and
 * the offending value, e.g. {@code "NATO-2024-06.csv:412:5 (share_of_gdp_pct): not a number: 'n/a'"};
 * the parts are also available on their own. milex never skips a bad record: one bad value rejects the
 * file. The message quotes at most 60 characters of the value, with control characters written as
 * {@code \}{@code u0000} ({@code 'abc…' (10,485,760 characters)}); {@link #value()} holds it whole.
 *
 * <p>Subclasses name places other than line and column, such as a workbook's sheet and cell.
 */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String columnName;
    private final String value;

    /**
     * A problem at one place in a file.
     *
     * @param file the file's name as the user gave it
     * @param line 1-based line, or 0 when the problem concerns the whole file
     * @param column 1-based column, or 0 when the problem concerns a whole line
     * @param columnName the column's header, or empty
     * @param value the offending text, or empty
     * @param problem what is wrong, e.g. {@code "not a number"}
     */
    public DataFileException(String file, long line, int column, String columnName, String value, String problem) {
        this(format(file, line, column, columnName, value, problem), file, line, column, columnName, value, null);
    }

    /**
     * For subclasses that name the place their own way (a workbook's sheet and cell).
     *
     * @param message the whole message, naming file and place (quote values with {@link #quote(String)})
     * @param file the file's name as the user gave it
     * @param line 1-based line or row, or 0
     * @param column 1-based column, or 0
     * @param columnName the column's header, or empty
     * @param value the offending text, or empty
     * @param cause the underlying problem, or {@code null}
     */
    protected DataFileException(String message, String file, long line, int column, String columnName, String value,
                                Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.columnName = Objects.requireNonNull(columnName, "columnName");
        this.value = Objects.requireNonNull(value, "value");
    }

    private static String format(String file, long line, int column, String columnName, String value, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (!columnName.isEmpty()) {
            sb.append(" (").append(columnName).append(')');
        }
        sb.append(": ").append(problem);
        if (!value.isEmpty()) {
            sb.append(": ").append(quote(value));
        }
        return sb.toString();
    }

    /**
     * A value as messages quote it: in single quotes, control characters as {@code \}{@code uXXXX}, cut to 60
     * characters with its length said ({@code 'abc…' (10,485,760 characters)}).
     */
    public static String quote(String value) {
        return org.milex.internal.Grammar.quote(value);
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 for a problem with the whole file. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 for a problem with a whole line. */
    public int column() {
        return column;
    }

    /** The column's header, or empty. */
    public String columnName() {
        return columnName;
    }

    /** The offending text, or empty. */
    public String value() {
        return value;
    }
}
