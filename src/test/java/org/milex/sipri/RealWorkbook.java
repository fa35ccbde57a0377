package org.milex.sipri;

import java.nio.file.Path;
import org.milex.testing.SharedSources;

/**
 * SIPRI's April 2025 workbook from {@code ../shared/sources}, read once for all tests; a test that asks for it
 * is skipped where it is absent. Its figures are SIPRI's: tests quote only a handful, each with its cell.
 */
final class RealWorkbook {
    static final String PATH = "sipri/SIPRI-Milex-data-1949-2024.xlsx";
    private static SipriDatabase database;

    private RealWorkbook() {
    }

    static synchronized SipriDatabase database() {
        Path p = SharedSources.require(PATH);
        if (database == null) {
            database = SipriDatabase.read(p);
        }
        return database;
    }
}
