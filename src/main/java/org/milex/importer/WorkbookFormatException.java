package org.milex.importer;

import org.milex.DataFileException;

/**
 * A workbook does not have the layout milex reads, or holds a value it cannot take. The message names the
 * file, the sheet and cell, what is wrong and the value, e.g.
 * {@code "def-exp.xlsx!TABLE3!D12: expected a number, found text: 'n/a'"}; {@link #sheet()} and
 * {@link #cell()} give the place on their own ({@link #line()} is the cell's 1-based row, {@link #column()}
 * its 1-based column).
 */
public final class WorkbookFormatException extends DataFileException {
    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final String cell;

    WorkbookFormatException(String file, String sheet, String cell, String value, String problem) {
        this(file, sheet, cell, value, problem, null);
    }

    WorkbookFormatException(String file, String sheet, String cell, String value, String problem, Throwable cause) {
        super(message(file, sheet, cell, value, problem), file, row(cell), column(cell), "", value, cause);
        this.sheet = sheet;
        this.cell = cell;
    }

    /** A problem with the whole file (not a workbook, unreadable, encrypted). */
    static WorkbookFormatException ofFile(String file, String problem, Throwable cause) {
        return new WorkbookFormatException(file, "", "", "", problem, cause);
    }

    private static String message(String file, String sheet, String cell, String value, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            sb.append('!').append(sheet);
            if (!cell.isEmpty()) {
                sb.append('!').append(cell);
            }
        }
        sb.append(": ").append(problem);
        if (!value.isEmpty()) {
            sb.append(": ").append(quote(value));
        }
        return sb.toString();
    }

    private static long row(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static int column(String cell) {
        int c = 0;
        for (int i = 0; i < cell.length() && Character.isLetter(cell.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
        }
        return c;
    }

    /** The sheet's name, or empty when the problem concerns the whole workbook. */
    public String sheet() {
        return sheet;
    }

    /** The cell, as {@code "D12"}, or empty when the problem concerns a whole sheet or the workbook. */
    public String cell() {
        return cell;
    }
}
