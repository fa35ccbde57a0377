package org.milex.claims;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure a reading checks: a quantity milex computes, how it is compared, and the value the statement
 * claims, in a unit. A reading of "23 of 32 allies" has two parts, the count and the members.
 *
 * @param label which figure of the statement, e.g. {@code count}, {@code members}, {@code 2014}
 * @param quantity what milex computes
 * @param comparison how the computed figure must relate to the claimed value
 * @param claimed the value the statement claims, as stated
 * @param unit the unit of {@code claimed}, which fits the measure (allies for counts, percent for shares,
 *     money for expenditure, contracts and aid)
 * @param note why this quantity, tolerance or assumption, in words; may be empty
 */
public record Part(String label, Computation quantity, Comparison comparison, BigDecimal claimed, Unit unit,
                   String note) {

    /** Validates the label and that the unit fits the measure. */
    public Part {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(note, "note");
        if (!label.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a part's label is lower-case words or a year joined by '-', not '"
                    + label + "'");
        }
        boolean fits = switch (quantity.measure()) {
            case ALLIES_MEETING, MEMBERS -> unit == Unit.ALLIES;
            case SHARE_OF_GDP -> unit == Unit.PERCENT;
            case EXPENDITURE -> unit == Unit.USD_BN || unit == Unit.USD_MN;
            case CONTRACT_VALUE, AID_FIGURE -> unit.currency().isPresent();
        };
        if (!fits) {
            throw new IllegalArgumentException(quantity.measure().token() + " is not counted in " + unit.token());
        }
        for (Assumption a : quantity.assumptions()) {
            if (a.isExchangeRate() && !unit.currency().map(c -> a.key().endsWith("/" + c.getCurrencyCode()))
                    .orElse(false)) {
                throw new IllegalArgumentException("the rate " + a.key() + " does not convert to the unit " + unit.token());
            }
        }
        if (unit == Unit.ALLIES && claimed.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a number of allies is whole, not " + claimed.toPlainString());
        }
    }

    /**
     * The claim in words: {@code "23 allies"}, {@code "about 1.43% (±0.005)"}, {@code "more than USD 430 bn (at
     * most +10)"}, {@code "about USD 10 bn (±10%)"}.
     */
    public String claimedText() {
        String v = claimed.toPlainString();
        String amount = switch (unit) {
            case ALLIES -> v + " allies";
            case PERCENT -> v + "%";
            default -> unit.token().substring(0, 3) + " " + v + unit.token().substring(3);
        };
        String t = comparison.tolerance().map(x -> x.toPlainString() + (comparison.relative() ? "%" : "")).orElse("");
        return switch (comparison.operator()) {
            case EQUAL -> amount;
            case ABOUT -> "about " + amount + " (±" + t + ")";
            case AT_LEAST -> "at least " + amount;
            case MORE_THAN -> "more than " + amount + (t.isEmpty() ? "" : " (at most +" + t + ")");
            case AT_MOST -> "at most " + amount + (t.isEmpty() ? "" : " (at least −" + t + ")");
        };
    }
}
