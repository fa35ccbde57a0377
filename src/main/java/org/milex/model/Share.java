package org.milex.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A share in percent: of GDP (defence expenditure as a share of GDP) or of defence expenditure (the
 * share spent on major equipment). Exact; between 0 and 100 inclusive.
 *
 * <p>{@link #toString()} prints the share as NATO prints it, to two decimals ({@code "2.02%"}); the exact
 * value is {@link #percent()}, and comparisons ({@link #isAtLeast(Share)}) use it, never the printed one.
 *
 * <pre>{@code
 * Share s = Share.ofPercent(2.0154548520439497);
 * s.toString();                          // "2.02%"
 * s.isAtLeast(Share.ofPercent("2"));     // true
 * s.rounded(2).percent();                // 2.02
 * }</pre>
 *
 * @param percent the share in percent (2.0 is two per cent), exact
 */
public record Share(BigDecimal percent) implements Comparable<Share> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates that the share lies in [0, 100]. */
    public Share {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a share must lie between 0% and 100%, not " + percent.toPlainString() + "%");
        }
        percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    }

    /** A share given in percent. */
    public static Share ofPercent(BigDecimal percent) {
        return new Share(percent);
    }

    /** A share given in percent as a decimal string, e.g. {@code "3.5"}. */
    public static Share ofPercent(String percent) {
        Objects.requireNonNull(percent, "percent");
        return new Share(new BigDecimal(percent));
    }

    /**
     * A share given in percent as a {@code double} read from a source; the decimal is the shortest one that
     * reads back as the same {@code double}.
     */
    public static Share ofPercent(double percent) {
        if (!Double.isFinite(percent)) {
            throw new IllegalArgumentException("a share must be a finite number, not " + percent);
        }
        return new Share(BigDecimal.valueOf(percent));
    }

    /**
     * The share {@code part / whole}, in percent, to 34 significant digits.
     *
     * @throws MoneyMismatchException if the two amounts differ in currency or price basis
     * @throws ArithmeticException if {@code whole} is zero
     */
    public static Share of(Money part, Money whole) {
        return new Share(part.ratioTo(whole).multiply(HUNDRED, MathContext.DECIMAL128));
    }

    /**
     * Reads {@code "2.02%"} or {@code "2.02"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a percentage
     */
    public static Share parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        try {
            return new Share(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a percentage: '" + text + "'", e);
        }
    }

    /** The share as a fraction (0.0202 for 2.02%). */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /** The share in percent as a {@code double}, for statistics and charts. */
    public double toDouble() {
        return percent.doubleValue();
    }

    /** The share rounded half-up to {@code decimals} decimals, as NATO prints it with 2. */
    public Share rounded(int decimals) {
        return new Share(percent.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Whether this share is at or above {@code threshold}, comparing exact values. */
    public boolean isAtLeast(Share threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Whether this share is strictly below {@code threshold}, comparing exact values. */
    public boolean isBelow(Share threshold) {
        return compareTo(threshold) < 0;
    }

    /** This share of an amount of money: {@code amount × percent / 100}. */
    public Money of(Money amount) {
        return amount.multipliedBy(fraction());
    }

    /** This share minus another, in percentage points (negative when this is smaller). */
    public BigDecimal pointsAbove(Share other) {
        Objects.requireNonNull(other, "other");
        return percent.subtract(other.percent);
    }

    @Override
    public int compareTo(Share other) {
        return percent.compareTo(other.percent);
    }

    /** The exact value, e.g. {@code "2.0154548520439497%"}. */
    public String toExactString() {
        return percent.toPlainString() + "%";
    }

    /** Two decimals, as NATO prints shares: {@code "2.02%"}. The exact value is {@link #toExactString()}. */
    @Override
    public String toString() {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
