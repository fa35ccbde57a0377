package org.milex.query;

import java.time.Year;
import org.milex.model.Edition;

/**
 * How many allies met a guideline in a year according to one edition, with how many figures that edition
 * holds: a count is complete only where {@code withFigures} equals the members with armed forces.
 *
 * @param edition the edition (printed by its identifier)
 * @param year the year
 * @param meeting members whose figure meets the guideline
 * @param withFigures members the edition has a figure for
 * @param members allies that were members that year (Iceland, with no armed forces, included)
 * @param allFigures whether every member with armed forces has a figure
 * @param coverage how much of the edition milex holds
 * @param estimate whether the edition marks the year as an estimate
 */
public record EditionCount(Edition edition, Year year, int meeting, int withFigures, int members,
                           boolean allFigures, Edition.Coverage coverage, boolean estimate) {
    /** Validates the counts. */
    public EditionCount {
        Checks.notNull("edition", edition, "year", year, "coverage", coverage);
        if (meeting < 0 || meeting > withFigures || withFigures > members) {
            throw new IllegalArgumentException("expected 0 ≤ meeting ≤ withFigures ≤ members, not " + meeting
                    + ", " + withFigures + ", " + members);
        }
    }
}
