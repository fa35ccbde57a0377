package org.milex.query;

import java.time.Year;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * How much more an ally (or a group as a whole) would have had to spend in a year to reach a target share of
 * GDP, from the published share: {@code gap = max(0, (target − share) / 100 × GDP)}, in the query's price basis.
 * The gap is zero exactly when {@code share ≥ target}.
 *
 * @param code ally or group code
 * @param name ally or group name
 * @param year the year
 * @param share NATO's published share of GDP (for a group or selection, Σ expenditure / Σ real GDP at the
 *     edition's constant prices, as NATO computes its rows)
 * @param expenditure defence expenditure in the basis, US dollars (zero for an ally without armed forces)
 * @param gdp GDP in the basis, US dollars: current-price GDP, or real GDP at the edition's constant prices
 * @param gap the additional spending needed, US dollars; zero when the target is met
 * @param estimate whether the edition marks the year as an estimate
 */
public record Gap(String code, String name, Year year, Share share, Money expenditure, Money gdp, Money gap,
                  boolean estimate) {
    /** Validates the parts. */
    public Gap {
        Checks.notNull("code", code, "name", name, "year", year, "share", share, "expenditure", expenditure,
                "gdp", gdp, "gap", gap);
        if (gap.isNegative()) {
            throw new IllegalArgumentException("a gap is never negative, not " + gap);
        }
        gdp.plus(gap); // throws MoneyMismatchException naming both sides
    }
}
