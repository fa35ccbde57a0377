package org.milex.awards;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a contract-award feed hold what, and how its dates are written: feeds differ, so
 * {@link AwardTable#read(java.nio.file.Path, AwardCsvFormat)} takes one of these. Other columns in the file
 * are ignored.
 *
 * <pre>{@code
 * AwardCsvFormat.standard();     // award_id, award_date, buyer, supplier, value, currency; ISO dates; commas
 * AwardCsvFormat.of("Contract No", "Award Date", "Contracting Authority", "Contractor", "Amount", "Currency")
 *         .withCategory("CPV")
 *         .withDatePattern("dd/MM/uuuu")
 *         .withSeparator(';');
 * AwardCsvFormat.standard().withCurrency(Currencies.EUR);   // a feed without a currency column, all in euros
 * }</pre>
 *
 * @param idColumn the column of award ids
 * @param dateColumn the column of award dates
 * @param buyerColumn the column of buyers
 * @param supplierColumn the column of suppliers
 * @param valueColumn the column of values: plain decimals such as {@code 1250000.50} or {@code -300}, no
 *     thousands separators, no exponent, at most as many non-zero decimals as the currency's minor unit has
 * @param currencyColumn the column of ISO 4217 currency codes, or empty if {@link #currency()} is given
 * @param currency the one currency of every value, or empty if {@link #currencyColumn()} is given
 * @param categoryColumn the column of categories (CPV codes, systems), or empty; an empty cell is an award
 *     without a category
 * @param datePattern a {@link DateTimeFormatter} pattern resolved strictly, so the year is {@code uuuu} (not
 *     {@code yyyy}, which strict resolving reads as a year of an era); {@code uuuu-MM-dd} by default
 * @param separator the field separator, a comma by default
 */
public record AwardCsvFormat(String idColumn, String dateColumn, String buyerColumn, String supplierColumn,
                             String valueColumn, Optional<String> currencyColumn, Optional<Currency> currency,
                             Optional<String> categoryColumn, String datePattern, char separator) {

    /** The default date pattern, ISO 8601's calendar date. */
    public static final String ISO_DATE = "uuuu-MM-dd";

    /** Validates that the columns are named and distinct, one source of currency is given, and the pattern. */
    public AwardCsvFormat {
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(dateColumn, "dateColumn");
        Objects.requireNonNull(buyerColumn, "buyerColumn");
        Objects.requireNonNull(supplierColumn, "supplierColumn");
        Objects.requireNonNull(valueColumn, "valueColumn");
        Objects.requireNonNull(currencyColumn, "currencyColumn");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(categoryColumn, "categoryColumn");
        Objects.requireNonNull(datePattern, "datePattern");
        if (currencyColumn.isPresent() == currency.isPresent()) {
            throw new IllegalArgumentException("a format names either a currency column or the one currency of "
                    + "every value, not " + (currency.isPresent() ? "both" : "neither"));
        }
        currency.ifPresent(MinorUnits::digits);
        Set<String> seen = new HashSet<>();
        for (String c : columns(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn, currencyColumn,
                categoryColumn)) {
            if (c.isBlank()) {
                throw new IllegalArgumentException("a column name is not blank, not '" + c + "'");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column '" + c + "' is named for two fields");
            }
        }
        formatter(datePattern);
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("the separator cannot be a quote or a line break");
        }
    }

    /** Columns {@code award_id, award_date, buyer, supplier, value, currency}; ISO dates; commas. */
    public static AwardCsvFormat standard() {
        return of("award_id", "award_date", "buyer", "supplier", "value", "currency");
    }

    /** The named columns, ISO dates ({@code 2024-03-01}), commas, no category. */
    public static AwardCsvFormat of(String idColumn, String dateColumn, String buyerColumn, String supplierColumn,
                                    String valueColumn, String currencyColumn) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn,
                Optional.of(currencyColumn), Optional.empty(), Optional.empty(), ISO_DATE, ',');
    }

    /** The same, with categories read from {@code column}. */
    public AwardCsvFormat withCategory(String column) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn, currencyColumn,
                currency, Optional.of(column), datePattern, separator);
    }

    /** The same, with currency codes read from {@code column}. */
    public AwardCsvFormat withCurrencyColumn(String column) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn,
                Optional.of(column), Optional.empty(), categoryColumn, datePattern, separator);
    }

    /** The same, for a feed without a currency column whose values are all in {@code currency}. */
    public AwardCsvFormat withCurrency(Currency currency) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn,
                Optional.empty(), Optional.of(currency), categoryColumn, datePattern, separator);
    }

    /** The same, with dates written as {@code pattern}, e.g. {@code "dd/MM/uuuu"}. */
    public AwardCsvFormat withDatePattern(String pattern) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn, currencyColumn,
                currency, categoryColumn, pattern, separator);
    }

    /** The same, with fields separated by {@code separator}, e.g. {@code ';'}. */
    public AwardCsvFormat withSeparator(char separator) {
        return new AwardCsvFormat(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn, currencyColumn,
                currency, categoryColumn, datePattern, separator);
    }

    /** The columns this format reads, in the order id, date, buyer, supplier, value, currency, category. */
    public List<String> columns() {
        return columns(idColumn, dateColumn, buyerColumn, supplierColumn, valueColumn, currencyColumn,
                categoryColumn);
    }

    private static List<String> columns(String id, String date, String buyer, String supplier, String value,
                                        Optional<String> currency, Optional<String> category) {
        List<String> cs = new ArrayList<>(List.of(id, date, buyer, supplier, value));
        currency.ifPresent(cs::add);
        category.ifPresent(cs::add);
        return List.copyOf(cs);
    }

    /** The pattern as a strict formatter. */
    static DateTimeFormatter formatter(String pattern) {
        if (pattern.indexOf('y') >= 0 && pattern.indexOf('G') < 0) {
            throw new IllegalArgumentException("date pattern '" + pattern + "': write the year as 'uuuu', not "
                    + "'yyyy' (dates are read strictly, and 'yyyy' is a year of an era)");
        }
        try {
            return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date pattern: '" + pattern + "': " + e.getMessage(), e);
        }
    }
}
