package org.milex.sipri;

import java.util.Objects;
import org.milex.DataFileException;

/**
 * A workbook does not have the layout of SIPRI's Military Expenditure Database, or holds a value milex
 * cannot take. The message names the file, the sheet and cell, what is wrong and the value, e.g.
 * {@code "SIPRI-Milex-data-1949-2024.xlsx 'Share of GDP'!BZ146: expected a number, '...' or 'xxx', found
 * text: 'n/a'"}; the parts are also available on their own. One bad cell rejects the workbook: nothing is
 * skipped. It is a {@link DataFileException}: {@link #file()} and {@link #value()} name the file and the value.
 */
public final class SipriFormatException extends DataFileException {
    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final String cell;

    SipriFormatException(String file, String sheet, String cell, String value, String problem) {
        this(file, sheet, cell, value, problem, null);
    }

    SipriFormatException(String file, String sheet, String cell, String value, String problem, Throwable cause) {
        super(format(file, sheet, cell, value, problem), file, 0, 0, "", value, cause);
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.cell = Objects.requireNonNull(cell, "cell");
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
            sb.append(": ").append(quote(value));
        }
        return sb.toString();
    }

    /** The sheet's name, or empty when the problem concerns the whole workbook. */
    public String sheet() {
        return sheet;
    }

    /** The cell, as {@code "BZ146"}, or empty when the problem concerns a whole sheet. */
    public String cell() {
        return cell;
    }

}
