package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

/**
 * A group's annual real change of defence expenditure (constant prices), as published and like for like.
 *
 * <ul>
 * <li>{@code published}: NATO's aggregate row (TABLE3 "Annual real change"), which compares the year's members
 *     with the previous year's members: in a year an ally joins, its whole expenditure counts as growth.
 * <li>{@code sameAsYear}: Σ expenditure of the year's members in the year / Σ expenditure of the same allies in
 *     the previous year − 1, × 100: the new member counted in both years.
 * <li>{@code sameAsPrevious}: the same over the previous year's members: the new member in neither year.
 * </ul>
 * NATO-2024-06, Europe and Canada 2024: published +17.95%; +14.89% with Sweden in both years; +14.49% with
 * Sweden in neither.
 *
 * @param code group code
 * @param name group name
 * @param year the year
 * @param published the edition's published real change of the group, percent, where it has a row
 * @param sameAsYear like for like over the year's members, percent
 * @param sameAsPrevious like for like over the previous year's members, percent
 * @param joined the codes of the allies that joined in the year, e.g. {@code "SWE"}; empty if none did
 * @param estimate whether the edition marks the year as an estimate
 */
public record RealChange(String code, String name, Year year, Optional<BigDecimal> published, BigDecimal sameAsYear,
                         BigDecimal sameAsPrevious, String joined, boolean estimate) {
    /** Validates the parts. */
    public RealChange {
        Checks.notNull("code", code, "name", name, "year", year, "published", published, "sameAsYear", sameAsYear,
                "sameAsPrevious", sameAsPrevious, "joined", joined);
    }
}
