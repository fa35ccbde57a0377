package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;

/**
 * One published figure of the query's measure, in the measure's unit (see {@link Rows#title()}).
 *
 * @param code ally or group code, e.g. {@code POL}
 * @param name its name
 * @param year the year
 * @param value the published value, exact as in the edition's file (decimal text, no binary artefacts)
 * @param estimate whether the edition marks the year as an estimate
 * @param source where the figure comes from (edition and table, or a secondary source)
 */
public record Figure(String code, String name, Year year, BigDecimal value, boolean estimate, String source) {
    /** Validates that no part is missing and that the value is finite. */
    public Figure {
        Checks.notNull("code", code, "name", name, "year", year, "value", value, "source", source);
    }
}
