package org.milex.procurement;

import java.util.Objects;

/**
 * How many items a contract covers, as the source states it: {@code 940}, {@code up to 1000},
 * {@code about 220000}.
 *
 * <pre>{@code
 * Quantity.of(Qualifier.UP_TO, 1000).toString();   // "up to 1000"
 * Quantity.of(940).isExact();                      // true
 * }</pre>
 *
 * @param qualifier how the source qualifies the count
 * @param count the number of items, at least 1
 */
public record Quantity(Qualifier qualifier, long count) {

    /** Validates that the count is positive. */
    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        if (count < 1) {
            throw new IllegalArgumentException("a quantity is at least 1, not " + count);
        }
    }

    /** A count with a qualifier. */
    public static Quantity of(Qualifier qualifier, long count) {
        return new Quantity(qualifier, count);
    }

    /** A count stated without a qualifier. */
    public static Quantity of(long count) {
        return new Quantity(Qualifier.EXACT, count);
    }

    /** Whether the count was stated without a qualifier. */
    public boolean isExact() {
        return qualifier.isExact();
    }

    /** {@code "up to 1000"}, or the bare count when exact. */
    @Override
    public String toString() {
        return qualifier.isExact() ? Long.toString(count) : qualifier.word() + " " + count;
    }
}
