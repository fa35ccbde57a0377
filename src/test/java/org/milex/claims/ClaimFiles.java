package org.milex.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Claims files written by tests, with the columns of {@code data/claims.csv}. */
final class ClaimFiles {
    static final String HEADER = String.join(",", ClaimsCsv.COLUMNS);

    private ClaimFiles() {
    }

    /** Writes the header and the rows to {@code dir/name}. */
    static Path write(Path dir, String name, String... rows) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, HEADER + "\n" + String.join("\n", rows) + "\n");
        return p;
    }

    /** Reads and checks the rows against the embedded data. */
    static ClaimReport check(Path dir, String... rows) throws IOException {
        List<Claim> claims = Claims.read(write(dir, "claims.csv", rows));
        return Claims.check(claims, org.milex.data.Dataset.embedded(), org.milex.procurement.Contracts.embedded(),
                org.milex.procurement.AidFigures.embedded());
    }
}
