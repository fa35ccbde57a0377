package org.milex.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.milex.model.Money;

/**
 * An exchange rate a caller chooses for a total across currencies: {@code rate} units of {@code to} per
 * unit of {@code from}, on a date, from a named source. milex holds no rates of its own; every
 * {@link ConvertedTotal} that used a rate names it.
 *
 * <pre>{@code
 * ExchangeRate r = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"),
 *         LocalDate.parse("2024-01-23"), "ECB reference rate");
 * r.convert(Money.ofMillions("1100", Currencies.EUR, PriceBasis.current()));  // USD 1199 mn (current prices)
 * r.toString();   // "EUR/USD 1.09 on 2024-01-23 (ECB reference rate)"
 * }</pre>
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}, positive, exact
 * @param date the day the rate applies to
 * @param source where the rate comes from
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {

    /** Validates that the currencies differ, the rate is positive and the source is named. */
    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (from.equals(to)) {
            throw new IllegalArgumentException("an exchange rate converts between two currencies, not " + from + " to itself");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is positive, not " + rate.toPlainString());
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("an exchange rate names its source");
        }
        rate = rate.stripTrailingZeros();
    }

    /** {@code rate} units of {@code to} per unit of {@code from}. */
    public static ExchangeRate of(Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {
        return new ExchangeRate(from, to, rate, date, source);
    }

    /**
     * The amount in {@code to}: {@code money × rate}, exact, on the same price basis.
     *
     * @throws IllegalArgumentException naming both currencies when {@code money} is not in {@code from}
     */
    public Money convert(Money money) {
        Objects.requireNonNull(money, "money");
        if (!money.currency().equals(from)) {
            throw new IllegalArgumentException("the rate " + from + "/" + to + " cannot convert " + money);
        }
        return Money.of(money.amount().multiply(rate), to, money.basis());
    }

    /** {@code "EUR/USD 1.09 on 2024-01-23 (ECB reference rate)"}. */
    @Override
    public String toString() {
        return from + "/" + to + " " + rate.toPlainString() + " on " + date + " (" + source + ")";
    }
}
