package org.milex.sipri;

import java.util.Objects;

/**
 * A workbook does not have the layout of SIPRI's Military Expenditure Database, or holds a value milex
 * cannot take. The message names the file, the sheet and cell, what is wrong and the value, e.g.
 * {@code "SIPRI-Milex-data-1949-2024.xlsx 'Share of GDP'!BZ146: expected a number, '...' or 'xxx', found
 * text: 'n/a'"}; the parts are also available on their own. One bad cell rejects the workbook: nothing is
 * skipped.
 */
public final class SipriFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String sheet;
    private final String cell;
    private final String value;

    SipriFormatException(String file, String sheet, String cell, String value, String problem) {
        this(file, sheet, cell, value, problem, null);
    }

    SipriFormatException(String file, String sheet, String cell, String value, String problem, Throwable cause) {
        super(format(file, sheet, cell, value, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.cell = Objects.requireNonNull(cell, "cell");
        this.value = Objects.requireNonNull(value, "value");
    }

    private static String format(String file, String sheet, String cell, String value, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            sb.append(" '").append(sheet).append('\'');
            if (!cell.isEmpty()) {
                sb.append('!').append(cell);
            }
        }
        sb.append(": ").append(problem);
        if (!value.isEmpty()) {
            sb.append(": '").append(value).append('\'');
        }
        return sb.toString();
    }

    /** The workbook's file name. */
    public String file() {
        return file;
    }

    /** The sheet's name, or empty when the problem concerns the whole workbook. */
    public String sheet() {
        return sheet;
    }

    /** The cell, as {@code "BZ146"}, or empty when the problem concerns a whole sheet. */
    public String cell() {
        return cell;
    }

    /** The offending text, or empty. */
    public String value() {
        return value;
    }
}
