package org.milex.sipri;

import java.util.regex.Pattern;

/**
 * The country sheets of SIPRI's Military Expenditure Database workbook, one measure each.
 *
 * <p>Units as milex presents them ({@link SipriDatabase#value}, {@link SipriDatabase#series}):
 * <ul>
 *   <li>{@link #LOCAL_CURRENCY_FINANCIAL_YEARS}, {@link #LOCAL_CURRENCY_CALENDAR_YEARS}: units of the local
 *       currency at current prices, in terms of the current currency (SIPRI converts redenominated
 *       currencies; see {@link Country#currency()}), not millions;</li>
 *   <li>{@link #CONSTANT_USD}: millions of US$ at constant prices and exchange rates of the base year named
 *       in the sheet's title ({@link SipriDatabase#constantPrices()}, 2023 in the April 2025 release);</li>
 *   <li>{@link #CURRENT_USD}: millions of US$ at current prices and exchange rates;</li>
 *   <li>{@link #SHARE_OF_GDP}, {@link #SHARE_OF_GOVERNMENT_SPENDING}: percent. SIPRI's sheets hold a
 *       fraction (0.0412); milex keeps that fraction and presents it in percent (4.12), as {@code Share}
 *       does;</li>
 *   <li>{@link #PER_CAPITA}: US$ per person at current prices (units, not millions).</li>
 * </ul>
 */
public enum SipriMeasure {
    /** Local currency, current prices, for each country's financial year. */
    LOCAL_CURRENCY_FINANCIAL_YEARS("Local currency financial years", "local currency, current prices, financial years"),
    /** Local currency, current prices, calendar years. */
    LOCAL_CURRENCY_CALENDAR_YEARS("Local currency calendar years", "local currency, current prices, calendar years"),
    /** Millions of US$ at constant prices and exchange rates of the sheet's base year. */
    CONSTANT_USD("Constant \\((\\d{4})\\) US\\$", "US$ m., constant prices and exchange rates"),
    /** Millions of US$ at current prices and exchange rates. */
    CURRENT_USD("Current US\\$", "US$ m., current prices and exchange rates"),
    /** Military expenditure as a share of GDP, in percent. */
    SHARE_OF_GDP("Share of GDP", "% of GDP"),
    /** US$ per person at current prices. */
    PER_CAPITA("Per capita", "US$ per capita, current prices"),
    /** Military expenditure as a share of general government expenditure, in percent. */
    SHARE_OF_GOVERNMENT_SPENDING("Share of Govt\\. spending", "% of general government expenditure");

    private final Pattern sheet;
    private final String unit;

    SipriMeasure(String sheetRegex, String unit) {
        this.sheet = Pattern.compile(sheetRegex);
        this.unit = unit;
    }

    /** The name of the sheet in the workbook, as a pattern (the constant-dollar sheet names its base year). */
    Pattern sheetPattern() {
        return sheet;
    }

    /** The unit milex presents values in, e.g. {@code "% of GDP"}. */
    public String unit() {
        return unit;
    }

    /** Whether values are a share in percent (stored as SIPRI's fraction). */
    public boolean isShare() {
        return this == SHARE_OF_GDP || this == SHARE_OF_GOVERNMENT_SPENDING;
    }

    /** Whether values are in US dollars (constant or current, in millions, or per capita in units). */
    public boolean isUsd() {
        return this == CONSTANT_USD || this == CURRENT_USD || this == PER_CAPITA;
    }

    /** Whether values are in a local currency named by {@link Country#currency()}. */
    public boolean isLocalCurrency() {
        return this == LOCAL_CURRENCY_FINANCIAL_YEARS || this == LOCAL_CURRENCY_CALENDAR_YEARS;
    }
}
