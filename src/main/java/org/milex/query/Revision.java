package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * One figure as two editions published it: edition A (the query's) and edition B.
 *
 * @param code ally or group code
 * @param name ally or group name
 * @param year the year
 * @param valueA the value in edition A, exact as published
 * @param valueB the value in edition B, exact as published
 * @param difference {@code valueB − valueA}, exact, in the measure's unit
 * @param caveat what besides a revision changed between the editions for this figure: a new price base
 *     ({@code "price base: constant 2015 prices → constant 2021 prices"}) or definition; empty when nothing did
 */
public record Revision(String code, String name, Year year, BigDecimal valueA, BigDecimal valueB,
                       BigDecimal difference, Optional<String> caveat) {
    /** Validates the parts and that the difference is {@code valueB − valueA}. */
    public Revision {
        Checks.notNull("code", code, "name", name, "year", year, "valueA", valueA, "valueB", valueB,
                "difference", difference, "caveat", caveat);
        if (valueB.subtract(valueA).compareTo(difference) != 0) {
            throw new IllegalArgumentException(code + " " + year + ": difference " + difference.toPlainString()
                    + " is not " + valueB.toPlainString() + " − " + valueA.toPlainString());
        }
    }
}
