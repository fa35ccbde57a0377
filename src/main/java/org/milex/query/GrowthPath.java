package org.milex.query;

import java.time.Year;
import org.milex.model.Share;

/**
 * The constant annual real growth of defence expenditure an ally needs, from its latest published share of GDP,
 * to reach a target share by a deadline, under an assumed annual real growth {@code q} of GDP:
 *
 * <pre>
 * n = deadline − latestYear
 * g = ((target / published share) × (1 + q)^n)^(1/n) − 1      (zero if published share ≥ target)
 * </pre>
 *
 * The published share is NATO's (expenditure / real GDP at constant prices), so the same share that
 * {@link Compliance} compares decides {@code met}. An ally at or above the target needs no growth to reach it
 * ({@code g = 0}); to stay there its expenditure must grow as GDP does.
 *
 * @param code ally code
 * @param name ally name
 * @param latestYear the year of the latest published share
 * @param latestShare NATO's published share of GDP that year
 * @param years {@code n}, the years from {@code latestYear} to the deadline
 * @param requiredGrowthPct {@code g} in percent per year; zero when {@code met}
 * @param met whether {@code latestShare} already reaches the target
 * @param estimate whether the latest figure is an estimate
 */
public record GrowthPath(String code, String name, Year latestYear, Share latestShare, int years,
                         double requiredGrowthPct, boolean met, boolean estimate) {
    /** Validates the parts. */
    public GrowthPath {
        Checks.notNull("code", code, "name", name, "latestYear", latestYear, "latestShare", latestShare);
        Checks.finite("requiredGrowthPct", requiredGrowthPct);
        if (met && requiredGrowthPct != 0) {
            throw new IllegalArgumentException(code + ": an ally at or above the target needs no growth, not "
                    + requiredGrowthPct + "%");
        }
        if (years < 1) {
            throw new IllegalArgumentException("years to the deadline must be at least 1, not " + years);
        }
    }
}
