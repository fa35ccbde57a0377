package org.milex.procurement;

import java.util.Objects;
import org.milex.model.Money;

/**
 * An amount of money as a source states it: the {@link Money} and its {@link Qualifier} ("about",
 * "over", "up to", or none).
 *
 * <pre>{@code
 * Amount a = Amount.of(Qualifier.OVER, Money.ofMillions("53600", Currencies.USD, PriceBasis.current()));
 * a.toString();                              // "over USD 53600 mn (current prices)"
 * Amount.parse(a.toString()).equals(a);      // true
 * }</pre>
 *
 * @param qualifier how the source qualifies the amount
 * @param money the amount itself, exact as the source prints it
 */
public record Amount(Qualifier qualifier, Money money) {

    /** Rejects nulls. */
    public Amount {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(money, "money");
    }

    /** An amount with a qualifier. */
    public static Amount of(Qualifier qualifier, Money money) {
        return new Amount(qualifier, money);
    }

    /** An amount stated without a qualifier. */
    public static Amount exact(Money money) {
        return new Amount(Qualifier.EXACT, money);
    }

    /**
     * Reads what {@link #toString()} writes, e.g. {@code "about USD 700 mn (current prices)"}.
     *
     * @throws IllegalArgumentException naming the text when it has another form
     */
    public static Amount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        for (Qualifier q : Qualifier.values()) {
            if (!q.isExact() && s.startsWith(q.word() + " ")) {
                return new Amount(q, Money.parse(s.substring(q.word().length() + 1)));
            }
        }
        return new Amount(Qualifier.EXACT, Money.parse(s));
    }

    /**
     * The sum; its qualifier is {@link Qualifier#plus(Qualifier)} of the two.
     *
     * @throws org.milex.model.MoneyMismatchException if currencies or price bases differ
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other");
        return new Amount(qualifier.plus(other.qualifier), money.plus(other.money));
    }

    /** Whether the amount was stated without a qualifier. */
    public boolean isExact() {
        return qualifier.isExact();
    }

    /** {@code "about USD 700 mn (current prices)"}; an exact amount prints as its {@link Money}. */
    @Override
    public String toString() {
        return qualifier.isExact() ? money.toString() : qualifier.word() + " " + money;
    }
}
