package org.milex.testing;

import java.nio.file.Path;

/**
 * NATO's June 2024 TABLES workbook for the importer's tests: the copy shipped in the repository under
 * {@code sources/nato/} (NATO's terms and its SHA-256 in the README beside it), so every importer test runs on
 * every clone. Every importer test finds the workbook through here.
 */
public final class Workbook2024 {
    /** The workbook's file name, as NATO published it. */
    public static final String NAME = "240617-def-exp-2024-TABLES-en.xlsx";

    private Workbook2024() {
    }

    /** The workbook's path; the test fails if the shipped copy is missing. */
    public static Path path() {
        return SharedSources.shipped("nato/" + NAME);
    }
}
