package org.milex.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One claimed figure beside the figure milex computes (or another source states) for it, in the claimed
 * figure's unit, with where that figure comes from.
 *
 * <pre>{@code
 * Comparison c = Claims.check().find("europe-canada-share-2014-2024").orElseThrow().comparisons().get(0);
 * c.claimed();              // 2014: 1.43%
 * c.what();                 // "NATO Europe and Canada 2014, Σ expenditure / Σ real GDP over 27 members, NATO-2024-06"
 * c.computed();             // 1.42780829191064248… (NATO's row: 1.4278082919106425)
 * c.difference();           // -0.00219170808935751…  (computed − claimed)
 * c.agrees();               // true: 1.4278 rounds to 1.43
 * }</pre>
 *
 * @param what what the computed figure is, e.g. {@code "NATO Europe and Canada 2024e, Σ/Σ, NATO-2024-06"}
 * @param claimed the figure the claim states
 * @param computed milex's figure, exact, in {@code claimed}'s unit
 * @param decisive whether the verdict rests on this comparison; the others show other editions or readings
 * @param source where the computed figure comes from: edition and table, or the data file and row
 */
public record Comparison(String what, ClaimedFigure claimed, BigDecimal computed, boolean decisive, String source) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates that no part is missing or blank. */
    public Comparison {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(source, "source");
        if (what.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a comparison says what it compares and where the figure comes from");
        }
    }

    /** {@code computed − claimed}, exact, in the claimed figure's unit (percentage points for shares). */
    public BigDecimal difference() {
        return computed.subtract(claimed.value());
    }

    /**
     * {@code (computed − claimed) / claimed × 100}, percent, to 34 significant digits; empty when the claimed
     * value is zero.
     */
    public Optional<BigDecimal> relativeDifference() {
        if (claimed.value().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(difference().multiply(HUNDRED).divide(claimed.value(), MathContext.DECIMAL128));
    }

    /** Whether the computed figure meets the claimed one ({@link ClaimedFigure#isMetBy}). */
    public boolean agrees() {
        return claimed.isMetBy(computed);
    }

    /** Whether the computed figure is near the claimed one ({@link ClaimedFigure#isNear}). */
    public boolean isNear() {
        return claimed.isNear(computed);
    }
}
