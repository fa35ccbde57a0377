package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;

/**
 * An ally's place in one year's ranking by the query's measure, largest value first. Equal values share a
 * rank and the next rank is skipped (1, 2, 2, 4).
 *
 * @param rank the place, from 1
 * @param code ally code
 * @param name ally name
 * @param year the year
 * @param value the published value in the measure's unit
 * @param estimate whether the edition marks the year as an estimate
 */
public record Rank(int rank, String code, String name, Year year, BigDecimal value, boolean estimate) {
    /** Validates the parts. */
    public Rank {
        Checks.notNull("code", code, "name", name, "year", year, "value", value);
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, not " + rank);
        }
    }
}
