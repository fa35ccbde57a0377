package org.milex.query;

import org.milex.model.Share;

/**
 * How a published share is compared with a guideline's threshold.
 *
 * <pre>{@code
 * // NATO-2025-08 prints Poland 2018 as 2.00 (1.995933772):
 * query.compliance(Guideline.twoPercentOfGdp(), Rounding.EXACT);       // below
 * query.compliance(Guideline.twoPercentOfGdp(), Rounding.AS_PRINTED);  // meets
 * }</pre>
 */
public enum Rounding {
    /** Compare the exact published value: meets when {@code value ≥ threshold}. milex's default. */
    EXACT,
    /**
     * Compare the value as NATO prints it, rounded half-up to two decimals: meets when
     * {@code round(value, 2) ≥ threshold}; 1.995 meets 2%.
     */
    AS_PRINTED;

    Share apply(Share value) {
        return this == EXACT ? value : value.rounded(2);
    }
}
