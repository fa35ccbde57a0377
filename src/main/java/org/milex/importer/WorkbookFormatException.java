package org.milex.importer;

/**
 * A workbook does not have the layout milex reads, or holds a value it cannot take. The message names the
 * file, the sheet and cell, the value and what was expected, e.g.
 * {@code "def-exp.xlsx TABLE3!D12: expected a number, found text 'n/a'"}.
 */
public final class WorkbookFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkbookFormatException(String message) {
        super(message);
    }

    WorkbookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
