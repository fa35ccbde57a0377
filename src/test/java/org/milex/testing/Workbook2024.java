package org.milex.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * NATO's June 2024 TABLES workbook for the importer's tests: the copy shipped in the repository where there is
 * one, else the project's source material ({@code ../shared/sources/nato/}); the test is skipped (or fails
 * under {@code CI}, as {@link SharedSources} decides) when neither is there. Every importer test finds the
 * workbook through here, so moving the shipped copy is a one-line change.
 */
public final class Workbook2024 {
    /** The workbook's file name, as NATO published it. */
    public static final String NAME = "240617-def-exp-2024-TABLES-en.xlsx";
    /** Where a copy shipped in the repository may be, relative to the checkout. */
    static final List<String> IN_REPOSITORY = List.of("src/test/resources/nato/" + NAME, "nato/" + NAME);

    private Workbook2024() {
    }

    /** The workbook's path. */
    public static Path path() {
        for (String p : IN_REPOSITORY) {
            Path f = Path.of(p);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return SharedSources.require("nato/" + NAME);
    }
}
