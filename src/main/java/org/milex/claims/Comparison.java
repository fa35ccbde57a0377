package org.milex.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * How a claimed value is compared with what milex computes: the claim's words ("at least", "more than",
 * "up to", "about", a count) made exact, with any tolerance stated in the claims file.
 *
 * <p>For a computed {@code x}, a claimed {@code v} and a tolerance {@code t} (absolute, or {@code t%} of
 * {@code v}):
 * <ul>
 * <li>{@link Operator#AT_LEAST}: {@code x ≥ v};
 * <li>{@link Operator#MORE_THAN}: {@code x > v}, and with a tolerance {@code x ≤ v + t} (a source with a much
 *     larger figure would not have said "more than v");
 * <li>{@link Operator#AT_MOST}: {@code x ≤ v}, and with a tolerance {@code x ≥ v − t};
 * <li>{@link Operator#ABOUT}: {@code |x − v| ≤ t}; a tolerance is required;
 * <li>{@link Operator#EQUAL}: {@code x = v} exactly (counts); no tolerance.
 * </ul>
 *
 * <pre>{@code
 * Comparison about = Comparison.parse("about", "0.005");
 * about.holds(new BigDecimal("1.4278"), new BigDecimal("1.43"));   // true: 0.0022 apart
 * Comparison.parse("more-than", "10").holds(new BigDecimal("506.69"), new BigDecimal("430"));   // false: above 440
 * }</pre>
 *
 * @param operator the comparison
 * @param tolerance the tolerance, not negative; empty for none
 * @param relative whether the tolerance is a percentage of the claimed value
 */
public record Comparison(Operator operator, Optional<BigDecimal> tolerance, boolean relative) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The comparisons a claims file can state. */
    public enum Operator {
        /** {@code at-least}: the figure is at least the claimed value. */
        AT_LEAST("at-least"),
        /** {@code more-than}: the figure is above the claimed value (within a tolerance above it, if stated). */
        MORE_THAN("more-than"),
        /** {@code at-most}: the figure is at most the claimed value (within a tolerance below it, if stated). */
        AT_MOST("at-most"),
        /** {@code about}: the figure is within the stated tolerance of the claimed value. */
        ABOUT("about"),
        /** {@code equal}: the figure equals the claimed value exactly, as a count does. */
        EQUAL("equal");

        private final String token;

        Operator(String token) {
            this.token = token;
        }

        /** The operator as claims files write it. */
        public String token() {
            return token;
        }
    }

    /** Validates the tolerance: required for ABOUT, forbidden for EQUAL and AT_LEAST, never negative. */
    public Comparison {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isPresent() && tolerance.get().signum() < 0) {
            throw new IllegalArgumentException("a tolerance is not negative, not " + tolerance.get().toPlainString());
        }
        if (operator == Operator.ABOUT && tolerance.isEmpty()) {
            throw new IllegalArgumentException("'about' needs a tolerance, e.g. 0.005 or 10%");
        }
        if ((operator == Operator.EQUAL || operator == Operator.AT_LEAST) && tolerance.isPresent()) {
            throw new IllegalArgumentException("'" + operator.token() + "' takes no tolerance");
        }
        if (relative && tolerance.isEmpty()) {
            throw new IllegalArgumentException("a relative comparison has a tolerance");
        }
    }

    /**
     * Reads an operator ({@code at-least}, {@code more-than}, {@code at-most}, {@code about}, {@code equal})
     * and a tolerance ({@code ""} for none, {@code 0.005}, or {@code 10%}).
     *
     * @throws IllegalArgumentException naming the text when either is malformed or they do not go together
     */
    public static Comparison parse(CharSequence operator, CharSequence tolerance) {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(tolerance, "tolerance");
        Operator op = null;
        for (Operator o : Operator.values()) {
            if (o.token.contentEquals(operator)) {
                op = o;
            }
        }
        if (op == null) {
            throw new IllegalArgumentException("not a comparison: '" + operator
                    + "' (expected at-least, more-than, at-most, about or equal)");
        }
        String t = tolerance.toString();
        if (t.isEmpty()) {
            return new Comparison(op, Optional.empty(), false);
        }
        boolean rel = t.endsWith("%");
        String number = rel ? t.substring(0, t.length() - 1) : t;
        if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a tolerance: '" + t + "' (expected e.g. 0.005 or 10%)");
        }
        return new Comparison(op, Optional.of(new BigDecimal(number)), rel);
    }

    /** The tolerance in the claimed value's unit: {@code t}, or {@code t% × |v|}; zero when none. */
    public BigDecimal allowance(BigDecimal claimed) {
        Objects.requireNonNull(claimed, "claimed");
        BigDecimal t = tolerance.orElse(BigDecimal.ZERO);
        return relative ? t.multiply(claimed.abs()).divide(HUNDRED, MathContext.DECIMAL128) : t;
    }

    /** Whether {@code computed} meets {@code claimed} under this comparison; see the class description. */
    public boolean holds(BigDecimal computed, BigDecimal claimed) {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(claimed, "claimed");
        BigDecimal a = allowance(claimed);
        return switch (operator) {
            case AT_LEAST -> computed.compareTo(claimed) >= 0;
            case MORE_THAN -> computed.compareTo(claimed) > 0
                    && (tolerance.isEmpty() || computed.compareTo(claimed.add(a)) <= 0);
            case AT_MOST -> computed.compareTo(claimed) <= 0
                    && (tolerance.isEmpty() || computed.compareTo(claimed.subtract(a)) >= 0);
            case ABOUT -> computed.subtract(claimed).abs().compareTo(a) <= 0;
            case EQUAL -> computed.compareTo(claimed) == 0;
        };
    }

    /** {@code "about ±10%"}, {@code "more-than (by at most 10)"}, {@code "equal"}. */
    @Override
    public String toString() {
        String t = tolerance.map(x -> x.toPlainString() + (relative ? "%" : "")).orElse("");
        return switch (operator) {
            case ABOUT -> "about ±" + t;
            case MORE_THAN -> tolerance.isEmpty() ? "more than" : "more than (by at most " + t + ")";
            case AT_MOST -> tolerance.isEmpty() ? "at most" : "at most (by at most " + t + " less)";
            case AT_LEAST -> "at least";
            case EQUAL -> "exactly";
        };
    }
}
