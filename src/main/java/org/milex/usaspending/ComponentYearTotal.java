package org.milex.usaspending;

import java.time.Year;
import java.util.Objects;
import org.milex.model.Money;

/**
 * The obligations of one buyer (a DoD component, or another agency's sub-agency) in one US fiscal year.
 *
 * @param component the buyer, e.g. {@code Army}, {@code Navy}, {@code DLA}
 * @param fiscalYear the US federal fiscal year: FY 2024 runs from 2023-10-01 to 2024-09-30
 * @param obligated Σ federal_action_obligation over the year's actions, de-obligations with their sign, exact
 * @param transactions how many actions were summed
 */
public record ComponentYearTotal(String component, Year fiscalYear, Money obligated, int transactions) {
    /** Checks that no part is null and the count is positive. */
    public ComponentYearTotal {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(obligated, "obligated");
        if (transactions < 1) {
            throw new IllegalArgumentException("a total sums at least one transaction, not " + transactions);
        }
    }
}
