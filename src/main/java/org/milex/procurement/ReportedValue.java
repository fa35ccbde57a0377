package org.milex.procurement;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/**
 * Another value a source reports for the same contract, e.g. the Stinger order as USD 680 mn in a Reuters
 * factbox beside NATO's USD 700 mn. Values are in current prices.
 *
 * <pre>{@code
 * ReportedValue v = ReportedValue.parse("USD 680 (Reuters factbox)");
 * v.amount();        // USD 680 mn (current prices)
 * v.reportedBy();    // "Reuters factbox"
 * v.toString();      // "USD 680 (Reuters factbox)"
 * }</pre>
 *
 * @param amount the value, with its qualifier
 * @param reportedBy who reports it
 */
public record ReportedValue(Amount amount, String reportedBy) {

    private static final Pattern FORMAT =
            Pattern.compile("(?:(about|over|up to) )?([A-Z]{3}) ([0-9]+(?:\\.[0-9]+)?) \\((.+)\\)");

    /** Rejects nulls, a blank reporter and amounts not in current prices. */
    public ReportedValue {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reportedBy, "reportedBy");
        if (reportedBy.isBlank()) {
            throw new IllegalArgumentException("a reported value names who reports it");
        }
        if (!amount.money().basis().isCurrent()) {
            throw new IllegalArgumentException("a reported value is in current prices, not " + amount.money().basis());
        }
    }

    /** A value and who reports it. */
    public static ReportedValue of(Amount amount, String reportedBy) {
        return new ReportedValue(amount, reportedBy);
    }

    /**
     * Reads the form data files use: {@code [about|over|up to ]CUR millions (reporter)}, e.g.
     * {@code "about USD 2500 (theworldinsider.com)"}; the amount is in millions, at current prices.
     *
     * @throws IllegalArgumentException naming the text when it has another form or an unknown currency
     */
    public static ReportedValue parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text.toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a reported value: '" + text
                    + "' (expected e.g. 'about USD 2500 (reporter)', amount in millions)");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: '" + m.group(2) + "'", e);
        }
        Qualifier q = m.group(1) == null ? Qualifier.EXACT : Qualifier.parse(m.group(1));
        return new ReportedValue(Amount.of(q, Money.ofMillions(m.group(3), currency, PriceBasis.current())),
                m.group(4));
    }

    /** {@code "about USD 2500 (theworldinsider.com)"}: read back by {@link #parse}. */
    @Override
    public String toString() {
        Money money = amount.money();
        String prefix = amount.isExact() ? "" : amount.qualifier().word() + " ";
        return prefix + money.currency().getCurrencyCode() + " " + money.millions().toPlainString()
                + " (" + reportedBy + ")";
    }
}
