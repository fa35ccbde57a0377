package org.milex.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.milex.procurement.ExchangeRate;

/**
 * An assumption a reading rests on, with one or more stated cases; a reading is computed once per
 * combination of cases, so that its results show how much the verdict depends on the assumption.
 *
 * <p>Keys and cases:
 * <ul>
 * <li>{@code EUR/USD} (any two ISO 4217 codes): cases {@code rate@yyyy-mm-dd}, units of the second currency
 *     per unit of the first on that day, e.g. {@code 1.09@2024-01-23};
 * <li>{@code contract-value}: {@code firm} (each contract's firm value) or {@code ceiling} (its ceiling where
 *     it has one, else its firm value).
 * </ul>
 *
 * <pre>{@code
 * Assumption a = Assumption.parse("contract-value=ceiling|firm");
 * a.cases();       // [ceiling, firm]
 * }</pre>
 *
 * @param key what is assumed
 * @param cases the cases stated, at least one, distinct
 */
public record Assumption(String key, List<String> cases) {

    /** The key of the contract-value assumption. */
    public static final String CONTRACT_VALUE = "contract-value";

    private static final Set<String> CONTRACT_VALUES = Set.of("firm", "ceiling");

    /** Validates the key and every case; see the class description. */
    public Assumption {
        Objects.requireNonNull(key, "key");
        cases = List.copyOf(cases);
        if (cases.isEmpty() || Set.copyOf(cases).size() != cases.size()) {
            throw new IllegalArgumentException(key + ": an assumption states one or more distinct cases, not " + cases);
        }
        if (key.equals(CONTRACT_VALUE)) {
            for (String c : cases) {
                if (!CONTRACT_VALUES.contains(c)) {
                    throw new IllegalArgumentException(key + ": 'firm' or 'ceiling', not '" + c + "'");
                }
            }
        } else if (key.matches("[A-Z]{3}/[A-Z]{3}")) {
            for (String c : cases) {
                rate(key, c, "stated in the claims file");
            }
        } else {
            throw new IllegalArgumentException("not an assumption milex knows: '" + key
                    + "' (expected contract-value, or an exchange rate such as EUR/USD)");
        }
    }

    /**
     * Reads {@code key=case|case…}, e.g. {@code EUR/USD=1.09@2024-01-23} or {@code contract-value=ceiling|firm}.
     *
     * @throws IllegalArgumentException naming the text when it is malformed
     */
    public static Assumption parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int eq = s.indexOf('=');
        if (eq < 1 || eq == s.length() - 1) {
            throw new IllegalArgumentException("not an assumption: '" + s + "' (expected e.g. EUR/USD=1.09@2024-01-23)");
        }
        return new Assumption(s.substring(0, eq), List.of(s.substring(eq + 1).split("\\|", -1)));
    }

    /** Whether the assumption is an exchange rate. */
    public boolean isExchangeRate() {
        return !key.equals(CONTRACT_VALUE);
    }

    /** The exchange rate one case states; only for an exchange-rate assumption. */
    static ExchangeRate rate(String key, String value, String label) {
        int at = value.indexOf('@');
        String number = at < 0 ? "" : value.substring(0, at);
        String day = at < 0 ? "" : value.substring(at + 1);
        if (!number.matches("[0-9]+(\\.[0-9]+)?") || !day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException(key + ": a rate is written rate@yyyy-mm-dd, e.g. 1.09@2024-01-23, not '"
                    + value + "'");
        }
        try {
            return ExchangeRate.of(Currency.getInstance(key.substring(0, 3)), Currency.getInstance(key.substring(4)),
                    new BigDecimal(number), LocalDate.parse(day), label);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(key + ": not a date: '" + day + "'", e);
        }
    }

    /** {@code "contract-value=ceiling|firm"}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return key + "=" + String.join("|", cases);
    }
}
