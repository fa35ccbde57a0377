package org.milex.model;

/**
 * Thrown when two amounts of money cannot be combined because their currencies or their price bases
 * differ. The message names both sides: {@code "Currencies differ: USD/EUR"} or
 * {@code "Price bases differ: current prices/constant 2015 prices"}.
 */
public final class MoneyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Money first;
    private final Money second;

    MoneyMismatchException(Money first, Money second) {
        super(message(first, second));
        this.first = first;
        this.second = second;
    }

    private static String message(Money a, Money b) {
        if (!a.currency().equals(b.currency())) {
            return "Currencies differ: " + a.currency() + "/" + b.currency();
        }
        return "Price bases differ: " + a.basis() + "/" + b.basis();
    }

    /** The left-hand amount. */
    public Money first() {
        return first;
    }

    /** The right-hand amount. */
    public Money second() {
        return second;
    }
}
