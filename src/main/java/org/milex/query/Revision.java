package org.milex.query;

import java.time.Year;

/**
 * One figure as two editions published it: edition A (the query's) and edition B.
 *
 * @param code ally or group code
 * @param name ally or group name
 * @param year the year
 * @param valueA the value in edition A
 * @param valueB the value in edition B
 * @param difference {@code valueB − valueA} (computed in decimal, so {@code 3.788951289 − 4.12…} shows no
 *     binary noise), in the measure's unit
 */
public record Revision(String code, String name, Year year, double valueA, double valueB, double difference) {
    /** Validates the parts. */
    public Revision {
        Checks.notNull("code", code, "name", name, "year", year);
        Checks.finite("valueA", valueA);
        Checks.finite("valueB", valueB);
        Checks.finite("difference", difference);
    }
}
