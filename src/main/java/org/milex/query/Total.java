package org.milex.query;

import java.time.Year;
import org.milex.model.Money;

/**
 * Defence expenditure and GDP of an ally, or summed over a group's members, in one year and price basis.
 *
 * @param code ally or group code
 * @param name ally or group name
 * @param year the year
 * @param expenditure defence expenditure, US dollars; for a group Σ over its members
 * @param gdp GDP (current prices) or real GDP (constant prices), US dollars; for a group Σ over its
 *     members, Iceland included
 * @param estimate whether the edition marks the year as an estimate
 */
public record Total(String code, String name, Year year, Money expenditure, Money gdp, boolean estimate) {
    /** Validates the parts and that both amounts share currency and price basis. */
    public Total {
        Checks.notNull("code", code, "name", name, "year", year, "expenditure", expenditure, "gdp", gdp);
        expenditure.plus(gdp); // throws MoneyMismatchException naming both sides
    }
}
