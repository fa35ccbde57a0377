package org.milex.model;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.milex.DataFileException;
import org.milex.internal.CsvFile;

/**
 * Reads descriptions of editions from a CSV file in the form of milex's {@code data/editions.csv}, so that
 * users can describe editions milex does not ship (a NATO workbook published after this release).
 *
 * <p>Columns: {@code id,publisher,title,published,cutoff,price_base_year,first_year,last_year,estimate_years,
 * coverage,definition,source}; {@code cutoff} may be empty, {@code estimate_years} is a {@code |}-separated
 * list of years.
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
        return read(CsvFile.read(file));
    }

    static List<Edition> read(CsvFile csv) {
        csv.require("id", "publisher", "title", "published", "cutoff", "price_base_year", "first_year",
                "last_year", "estimate_years", "coverage", "definition", "source");
        List<Edition> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row row : csv.rows()) {
            String id = row.required("id");
            if (!seen.add(id)) {
                throw row.error("id", id, "edition appears twice");
            }
            Set<Year> estimates = new HashSet<>();
            String est = row.text("estimate_years");
            if (!est.isEmpty()) {
                for (String y : est.split("\\|")) {
                    try {
                        estimates.add(Year.of(Integer.parseInt(y.trim())));
                    } catch (NumberFormatException e) {
                        throw row.error("estimate_years", est, "not a |-separated list of years");
                    }
                }
            }
            Edition.Coverage coverage = enumValue(row, "coverage", Edition.Coverage.class);
            Edition.Definition definition = enumValue(row, "definition", Edition.Definition.class);
            try {
                out.add(new Edition(id, row.required("publisher"), row.required("title"), row.date("published"),
                        row.text("cutoff").isEmpty() ? Optional.empty() : Optional.of(row.date("cutoff")),
                        PriceBasis.constant(row.integer("price_base_year")),
                        Year.of(row.integer("first_year")), Year.of(row.integer("last_year")), estimates,
                        coverage, definition, row.required("source")));
            } catch (IllegalArgumentException e) {
                throw row.error("id", id, e.getMessage());
            }
        }
        return out;
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
