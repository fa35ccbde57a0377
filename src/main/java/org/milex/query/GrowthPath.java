package org.milex.query;

import java.time.Year;
import org.milex.model.Share;

/**
 * The constant annual real growth of defence expenditure an ally needs, from its latest figure, to reach a
 * target share of GDP by a deadline, under an assumed annual real growth {@code q} of GDP:
 *
 * <pre>
 * n = deadline − latestYear
 * g = ((target × GDP_latest × (1 + q)^n) / expenditure_latest)^(1/n) − 1
 * </pre>
 *
 * with expenditure and real GDP at the edition's constant prices. A negative {@code g} means the ally may
 * let real spending fall and still be at the target in the deadline year.
 *
 * @param code ally code
 * @param name ally name
 * @param latestYear the year of the latest expenditure and GDP figures
 * @param latestShare expenditure / GDP × 100 that year
 * @param years {@code n}, the years from {@code latestYear} to the deadline
 * @param requiredGrowthPct {@code g} in percent per year
 * @param met whether {@code latestShare} already reaches the target
 * @param estimate whether the latest figures are an estimate
 */
public record GrowthPath(String code, String name, Year latestYear, Share latestShare, int years,
                         double requiredGrowthPct, boolean met, boolean estimate) {
    /** Validates the parts. */
    public GrowthPath {
        Checks.notNull("code", code, "name", name, "latestYear", latestYear, "latestShare", latestShare);
        Checks.finite("requiredGrowthPct", requiredGrowthPct);
        if (years < 1) {
            throw new IllegalArgumentException("years to the deadline must be at least 1, not " + years);
        }
    }
}
