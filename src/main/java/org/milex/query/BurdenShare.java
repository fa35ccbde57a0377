package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * An ally's part of its group's defence expenditure beside its part of the group's GDP in one year: an
 * ally whose expenditure share exceeds its GDP share carries more than its economic weight.
 *
 * @param code ally code
 * @param name ally name
 * @param year the year
 * @param expenditure the ally's defence expenditure (zero for an ally without armed forces)
 * @param ofGroupExpenditure {@code expenditure / Σ members' expenditure × 100}
 * @param ofGroupGdp {@code GDP / Σ members' GDP × 100}
 * @param difference {@code ofGroupExpenditure − ofGroupGdp}, in percentage points, exact
 * @param estimate whether the edition marks the year as an estimate
 */
public record BurdenShare(String code, String name, Year year, Money expenditure, Share ofGroupExpenditure,
                          Share ofGroupGdp, BigDecimal difference, boolean estimate) {
    /** Validates the parts. */
    public BurdenShare {
        Checks.notNull("code", code, "name", name, "year", year, "expenditure", expenditure,
                "ofGroupExpenditure", ofGroupExpenditure, "ofGroupGdp", ofGroupGdp, "difference", difference);
    }
}
