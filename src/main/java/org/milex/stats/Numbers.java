package org.milex.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Checks and formatting shared by the statistics records. */
final class Numbers {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private Numbers() {
    }

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + value);
        }
    }

    /**
     * A finite number to four significant digits, but never fewer than its integer digits, without trailing
     * zeros or exponent: 1.2909944 → {@code "1.291"}, 1474399.53 → {@code "1474400"}, −325.1234 → {@code "-325.1"}.
     */
    static String brief(double x) {
        BigDecimal d = BigDecimal.valueOf(x);
        BigDecimal r = d.round(FOUR_DIGITS);
        if (r.scale() < 0) {
            r = d.setScale(0, RoundingMode.HALF_UP);
        }
        r = r.stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }
}
