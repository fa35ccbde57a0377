package org.milex.query;

import java.time.Year;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * How much more an ally (or a group as a whole) would have had to spend in a year to reach a target share
 * of GDP: {@code gap = max(0, target × GDP − expenditure)}, in the price basis of the query.
 *
 * @param code ally or group code
 * @param name ally or group name
 * @param year the year
 * @param share {@code expenditure / GDP × 100} in the same price basis (at constant prices NATO's share)
 * @param expenditure defence expenditure, US dollars
 * @param gap the additional spending needed, US dollars; zero when the target is met
 * @param estimate whether the edition marks the year as an estimate
 */
public record Gap(String code, String name, Year year, Share share, Money expenditure, Money gap, boolean estimate) {
    /** Validates the parts. */
    public Gap {
        Checks.notNull("code", code, "name", name, "year", year, "share", share, "expenditure", expenditure,
                "gap", gap);
        if (gap.isNegative()) {
            throw new IllegalArgumentException("a gap is never negative, not " + gap);
        }
    }
}
