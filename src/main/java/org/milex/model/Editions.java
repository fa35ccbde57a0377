package org.milex.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.milex.DataFileException;
import org.milex.internal.CsvFile;
import org.milex.internal.Grammar;

/**
 * Reads descriptions of editions from a CSV file in the form of milex's {@code data/editions.csv}, so that
 * users can describe editions milex does not ship (a NATO workbook published after this release).
 *
 * <p>Columns: {@code id,publisher,title,published,cutoff,price_base_year,first_year,last_year,estimate_years,
 * coverage,definition,source}; {@code cutoff} may be empty, {@code estimate_years} is a {@code |}-separated
 * list of years. Dates are {@code yyyy-mm-dd} and years four digits, within 1900–2100; the cut-off may not
 * be after publication.
 */
public final class Editions {
    private Editions() {
    }

    /**
     * Reads a user's editions file.
     *
     * @throws DataFileException naming file, line, column and value for any malformed field
     */
    public static List<Edition> read(Path file) {
        return read(CsvFile.read(file, Editions::checkHeader));
    }

    /** The columns of an editions file. */
    static final List<String> COLUMNS = List.of("id", "publisher", "title", "published", "cutoff", "price_base_year",
            "first_year", "last_year", "estimate_years", "coverage", "definition", "source");

    static List<Edition> read(CsvFile csv) {
        checkHeader(csv);
        List<Edition> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row row : csv.rows()) {
            out.add(edition(row, seen));
        }
        return out;
    }

    private static void checkHeader(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new));
    }

    private static Edition edition(CsvFile.Row row, Set<String> seen) {
        String id = row.required("id");
        if (!seen.add(id)) {
            throw row.error("id", id, "edition appears twice");
        }
        Set<Year> estimates = new HashSet<>();
        String est = row.text("estimate_years");
        if (!est.isEmpty()) {
            for (String y : est.split("\\|", -1)) {
                try {
                    estimates.add(Grammar.year(y));
                } catch (Grammar.Rejected e) {
                    throw row.error("estimate_years", est, "not a |-separated list of years: " + e.getMessage());
                }
            }
        }
        Edition.Coverage coverage = enumValue(row, "coverage", Edition.Coverage.class);
        Edition.Definition definition = enumValue(row, "definition", Edition.Definition.class);
        LocalDate published = row.date("published");
        Optional<LocalDate> cutoff = row.text("cutoff").isEmpty() ? Optional.empty() : Optional.of(row.date("cutoff"));
        if (cutoff.isPresent() && cutoff.get().isAfter(published)) {
            throw row.error("cutoff", row.text("cutoff"), "the data cut-off is after the publication date " + published);
        }
        Year base = row.year("price_base_year");
        Year first = row.year("first_year");
        Year last = row.year("last_year");
        if (first.isAfter(last)) {
            throw row.error("first_year", row.text("first_year"), "after last_year " + last);
        }
        try {
            return new Edition(id, row.required("publisher"), row.required("title"), published, cutoff,
                    PriceBasis.constant(base.getValue()), first, last, estimates, coverage, definition,
                    row.required("source"));
        } catch (IllegalArgumentException e) {
            throw row.error("id", id, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(CsvFile.Row row, String column, Class<E> type) {
        String s = row.required(column);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw row.error(column, s, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
