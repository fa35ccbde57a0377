package org.milex.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency, on a price basis (current prices, or constant prices of a base year).
 *
 * <p>Amounts are exact decimals: nothing is rounded on construction or in arithmetic, except in
 * {@link #dividedBy(BigDecimal)}, which says so. Adding or comparing amounts in different currencies or on
 * different price bases throws {@link MoneyMismatchException} naming both sides; milex never converts
 * silently.
 *
 * <pre>{@code
 * Money a = Money.ofMillions("967707", Currencies.USD, PriceBasis.current());
 * Money b = Money.ofMillions("506692.5", Currencies.USD, PriceBasis.current());
 * a.plus(b);            // USD 1474399.5 mn (current prices)
 * Money.parse(a.toString()).equals(a);  // true
 * }</pre>
 *
 * @param amount the amount in whole units of the currency (not millions), exact
 * @param currency the currency
 * @param basis current prices, or constant prices of a base year
 */
public record Money(BigDecimal amount, Currency currency, PriceBasis basis) implements Comparable<Money> {

    /** What {@link #parse} reads; in its own class, compiled on the first parse rather than the first sum. */
    private static final class Format {
        static final Pattern FORMAT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?) mn \\((.+)\\)");
    }

    /** Validates and normalises the amount (trailing zeros do not make amounts differ). */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(basis, "basis");
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }

    /** An amount in whole units of the currency. */
    public static Money of(BigDecimal amount, Currency currency, PriceBasis basis) {
        return new Money(amount, currency, basis);
    }

    /** An amount given in millions of the currency, as NATO's and SIPRI's tables give it. */
    public static Money ofMillions(BigDecimal millions, Currency currency, PriceBasis basis) {
        Objects.requireNonNull(millions, "millions");
        return new Money(millions.scaleByPowerOfTen(6), currency, basis);   // exact: only the scale moves
    }

    /** An amount given in millions, written as a decimal number ({@code "1474399.5"}). */
    public static Money ofMillions(String millions, Currency currency, PriceBasis basis) {
        Objects.requireNonNull(millions, "millions");
        return ofMillions(new BigDecimal(millions), currency, basis);
    }

    /**
     * An amount given in millions as a {@code double} read from a source file; the decimal is the shortest one
     * that reads back as the same {@code double} ({@link BigDecimal#valueOf(double)}).
     *
     * @throws IllegalArgumentException if {@code millions} is not finite
     */
    public static Money ofMillions(double millions, Currency currency, PriceBasis basis) {
        if (!Double.isFinite(millions)) {
            throw new IllegalArgumentException("amount is not a finite number: " + millions);
        }
        return ofMillions(BigDecimal.valueOf(millions), currency, basis);
    }

    /** Zero in a currency and on a basis: the total of nothing. */
    public static Money zero(Currency currency, PriceBasis basis) {
        return new Money(BigDecimal.ZERO, currency, basis);
    }

    /**
     * The exact sum of one or more amounts.
     *
     * @throws IllegalArgumentException if {@code amounts} is empty (an empty sum has no currency)
     * @throws MoneyMismatchException if currencies or price bases differ
     */
    public static Money total(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Iterator<Money> it = amounts.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("cannot total no amounts: the currency and price basis are unknown");
        }
        Money first = it.next();
        BigDecimal sum = first.amount;           // summed exactly, made Money once
        while (it.hasNext()) {
            Money m = it.next();
            first.checkCompatible(m);
            sum = sum.add(m.amount);
        }
        return new Money(sum, first.currency, first.basis);
    }

    /**
     * Reads what {@link #toString()} writes, e.g. {@code "USD 1474399 mn (current prices)"}.
     *
     * @throws IllegalArgumentException naming the text when it has another form
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = Format.FORMAT.matcher(text.toString().trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount of money: '" + text
                    + "' (expected e.g. 'USD 1474399 mn (current prices)')");
        }
        return ofMillions(new BigDecimal(m.group(2)), Currency.getInstance(m.group(1)),
                PriceBasis.parse(m.group(3)));
    }

    /** The amount in millions of the currency, exact. */
    public BigDecimal millions() {
        // exact; the amount has no trailing zeros (see the constructor), so neither has the result
        return amount.signum() == 0 ? BigDecimal.ZERO : amount.scaleByPowerOfTen(-6);
    }

    /** The exact sum; both must share currency and price basis. */
    public Money plus(Money other) {
        checkCompatible(other);
        return new Money(amount.add(other.amount), currency, basis);
    }

    /** The exact difference; both must share currency and price basis. */
    public Money minus(Money other) {
        checkCompatible(other);
        return new Money(amount.subtract(other.amount), currency, basis);
    }

    /** This amount times a factor, exact. */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor), currency, basis);
    }

    /** This amount divided by a divisor, to 34 significant digits ({@link MathContext#DECIMAL128}). */
    public Money dividedBy(BigDecimal divisor) {
        Objects.requireNonNull(divisor, "divisor");
        return new Money(amount.divide(divisor, MathContext.DECIMAL128), currency, basis);
    }

    /**
     * This amount as a fraction of another of the same currency and basis, to 34 significant digits.
     *
     * @throws ArithmeticException if {@code other} is zero
     */
    public BigDecimal ratioTo(Money other) {
        checkCompatible(other);
        if (other.amount.signum() == 0) {
            throw new ArithmeticException("cannot divide " + this + " by zero " + other.currency);
        }
        return amount.divide(other.amount, MathContext.DECIMAL128);
    }

    /** The negated amount. */
    public Money negated() {
        return new Money(amount.negate(), currency, basis);
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether the amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether this is more than {@code other}; both must share currency and price basis. */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Whether this is less than {@code other}; both must share currency and price basis. */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The same amount on another price basis label: for re-labelling only, it converts nothing. */
    Money withBasis(PriceBasis newBasis) {
        return new Money(amount, currency, newBasis);
    }

    /**
     * Orders by amount.
     *
     * @throws MoneyMismatchException if currencies or price bases differ
     */
    @Override
    public int compareTo(Money other) {
        checkCompatible(other);
        return amount.compareTo(other.amount);
    }

    private void checkCompatible(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency) || !basis.equals(other.basis)) {
            throw new MoneyMismatchException(this, other);
        }
    }

    /** Equal amounts (trailing zeros do not count), currencies and price bases. */
    @Override
    public boolean equals(Object o) {
        // written out rather than generated: the record's own equals links method handles on first use, which
        // costs the command line's start-up more than the comparison itself
        return this == o || o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency)
                && basis.equals(m.basis);
    }

    @Override
    public int hashCode() {
        return (amount.hashCode() * 31 + currency.hashCode()) * 31 + basis.hashCode();
    }

    /** {@code "USD 1474399 mn (current prices)"}: exact, and read back by {@link #parse}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + millions().toPlainString() + " mn (" + basis + ")";
    }
}
