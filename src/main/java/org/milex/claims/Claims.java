package org.milex.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.milex.data.Dataset;
import org.milex.internal.CsvFile;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;

/**
 * Claims files, and their check against milex's data by one evaluator.
 *
 * <pre>{@code
 * ClaimReport report = Claims.check();                  // the embedded claims, against the embedded data
 * List<Claim> mine = Claims.read(Path.of("my-claims.csv"));
 * Claims.check(mine, Dataset.embedded(), Contracts.embedded(), AidFigures.embedded());
 * }</pre>
 *
 * <p>The embedded claims are {@code data/claims.csv}, the headline statements of the reporting milex was
 * built from; a user's file has the same columns (see the package documentation). Checking computes every
 * reading of every claim through milex's public query and procurement API and judges it by {@link Verdict}'s
 * rule. An exception while computing (a bug, or a rate the file should have stated) is thrown, never turned
 * into a verdict.
 */
public final class Claims {
    private static final String RESOURCE = "org/milex/data/embedded/claims.csv";
    private static volatile List<Claim> embedded;

    private Claims() {
    }

    /**
     * The claims milex ships, in the order of {@code data/claims.csv}.
     *
     * @throws org.milex.DataFileException if the embedded file is malformed (a build error)
     */
    public static List<Claim> all() {
        List<Claim> e = embedded;
        if (e == null) {
            synchronized (Claims.class) {
                e = embedded;
                if (e == null) {
                    e = ClaimsCsv.read(CsvFile.readResource(RESOURCE, "claims.csv"));
                    embedded = e;
                }
            }
        }
        return e;
    }

    /**
     * Reads a claims file (UTF-8 CSV with the columns of {@code data/claims.csv}). Strict: one bad value
     * rejects the file.
     *
     * @throws org.milex.DataFileException naming file, line, column and value of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<Claim> read(Path path) {
        Objects.requireNonNull(path, "path");
        return ClaimsCsv.read(CsvFile.read(path));
    }

    /**
     * The embedded claim with an id.
     *
     * @throws IllegalArgumentException naming the id and the known ids when there is none
     */
    public static Claim get(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown claim '" + id + "'; milex knows "
                        + String.join(", ", all().stream().map(Claim::id).toList())));
    }

    /** The embedded claims checked against the embedded data, contracts and aid figures. */
    public static ClaimReport check() {
        return check(all(), Dataset.embedded(), Contracts.embedded(), AidFigures.embedded());
    }

    /**
     * Claims checked against the data given, in their order.
     *
     * @throws IllegalArgumentException if two claims share an id, or a reading needs a rate it does not state
     */
    public static ClaimReport check(List<Claim> claims, Dataset data, Contracts contracts, AidFigures aid) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(aid, "aid");
        Evaluator evaluator = new Evaluator(new Quantities(data), new Procured(contracts, aid));
        return ClaimReport.of(claims.stream().map(evaluator::check).toList());
    }
}
