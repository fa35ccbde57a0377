package org.milex.claims;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a reading computed in one case of its assumptions: the figure milex computes, in the claimed
 * value's unit, whether it meets the claim, and what it is and where it comes from.
 *
 * @param part the part
 * @param assumptionCase the case, e.g. {@code "EUR/USD 1.09 on 2024-01-23, contract-value ceiling"}, or
 *     {@code "as stated"} for a reading without assumptions
 * @param computed the figure, exact, in {@code part.unit()}; empty exactly when the outcome is
 *     {@link Outcome#NO_DATA}
 * @param outcome whether it meets the claim
 * @param what what the figure is and where it comes from (edition and table, data file and rows, the rates
 *     used), or which figures the data lack
 */
public record PartResult(Part part, String assumptionCase, Optional<BigDecimal> computed, Outcome outcome,
                         String what) {

    /** Validates that a figure is present exactly when there is data, and that the outcome follows from it. */
    public PartResult {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(assumptionCase, "assumptionCase");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(what, "what");
        if (computed.isEmpty() != (outcome == Outcome.NO_DATA)) {
            throw new IllegalArgumentException("a result has a figure exactly when the data hold one");
        }
        if (computed.isPresent()
                && part.comparison().holds(computed.get(), part.claimed()) != (outcome == Outcome.HOLDS)) {
            throw new IllegalArgumentException("the outcome " + outcome + " does not follow from " + computed.get()
                    .toPlainString() + " against " + part.claimedText());
        }
    }

    /** The result of comparing {@code computed} with the part's claim. */
    static PartResult of(Part part, String assumptionCase, BigDecimal computed, String what) {
        return new PartResult(part, assumptionCase, Optional.of(computed),
                part.comparison().holds(computed, part.claimed()) ? Outcome.HOLDS : Outcome.FAILS, what);
    }

    /** A part the data hold no figure for, saying which. */
    static PartResult noData(Part part, String assumptionCase, String what) {
        return new PartResult(part, assumptionCase, Optional.empty(), Outcome.NO_DATA, what);
    }

    /** {@code computed − claimed}, in the claimed unit; empty without a figure. */
    public Optional<BigDecimal> difference() {
        return computed.map(c -> c.subtract(part.claimed()));
    }
}
