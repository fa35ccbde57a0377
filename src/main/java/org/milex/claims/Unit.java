package org.milex.claims;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Currencies;

/** What a claimed value counts: allies, percent of GDP, or money in billions or millions of a currency. */
public enum Unit {
    /** A number of allies. */
    ALLIES("allies", null, 0),
    /** Percent (of GDP). */
    PERCENT("percent", null, 0),
    /** Billions of US dollars. */
    USD_BN("USD bn", Currencies.USD, 3),
    /** Millions of US dollars. */
    USD_MN("USD mn", Currencies.USD, 0),
    /** Billions of euros. */
    EUR_BN("EUR bn", Currencies.EUR, 3),
    /** Millions of euros. */
    EUR_MN("EUR mn", Currencies.EUR, 0);

    private final String token;
    private final Currency currency;
    private final int millionsExponent;

    Unit(String token, Currency currency, int millionsExponent) {
        this.token = token;
        this.currency = currency;
        this.millionsExponent = millionsExponent;
    }

    /**
     * Reads a unit as {@link #token()} writes it: {@code allies}, {@code percent}, {@code USD bn}, …
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Unit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (Unit u : values()) {
            if (u.token.contentEquals(text)) {
                return u;
            }
        }
        throw new IllegalArgumentException("not a unit: '" + text
                + "' (expected allies, percent, USD bn, USD mn, EUR bn or EUR mn)");
    }

    /** The unit as claims files write it. */
    public String token() {
        return token;
    }

    /** The currency of a unit of money; empty for allies and percent. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** How many decimal places to move an amount in millions to express it in this unit: 3 for billions. */
    int millionsExponent() {
        return millionsExponent;
    }
}
