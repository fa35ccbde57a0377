package org.milex.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.milex.model.Edition;

/**
 * The value one edition published for an ally (or group), a year and the query's measure.
 *
 * @param edition the edition, e.g. NATO-2025-08 (printed by its identifier)
 * @param published the edition's publication date
 * @param code ally or group code
 * @param year the year
 * @param value the published value, exact as in the edition's file (decimal text, never a binary artefact)
 * @param estimate whether the edition marks the year as an estimate
 * @param coverage how much of that edition milex holds
 * @param definition what the edition's expenditure figures measure (core defence expenditure from NATO-2026-07)
 * @param source where the figure comes from
 */
public record PublishedValue(Edition edition, LocalDate published, String code, Year year, BigDecimal value,
                             boolean estimate, Edition.Coverage coverage, Edition.Definition definition,
                             String source) {
    /** Validates the parts. */
    public PublishedValue {
        Checks.notNull("edition", edition, "published", published, "code", code, "year", year,
                "value", value, "coverage", coverage, "definition", definition, "source", source);
    }
}
