/**
 * Contract-award feeds with millions of rows: an immutable, columnar {@link org.milex.awards.AwardTable}
 * read strictly from CSV, summed exactly by buyer, supplier, category, year, or buyer and year.
 *
 * <pre>{@code
 * AwardCsvFormat format = AwardCsvFormat.of("award_id", "award_date", "buyer", "supplier", "value", "currency")
 *         .withCategory("cpv");
 * AwardTable awards = AwardTable.read(Path.of("awards.csv"), format);     // a bad cell names file:line:column
 * awards.totalByBuyer();                                                 // {DEU=EUR 48211.3 mn (current prices), …}
 * awards.betweenYears(Year.of(2020), Year.of(2024)).totalByBuyerAndYear();
 * awards.topSuppliers(10);                           // [Rheinmetall AG: EUR … in 812 awards, …]
 * awards.stream().collect(AwardCollectors.totalByBuyer());              // the same totals, the slow way
 * Tables.of(awards.topSuppliers(10));                                    // a Tablesaw table of the ranking
 * }</pre>
 *
 * <p>The rules, stated once:
 * <ul>
 * <li><b>Exact values</b>: a value is a whole number of its currency's minor units (cents for EUR and USD), in
 *     current prices. More decimals are an error, never rounded. Totals are exact.
 * <li><b>One currency per total</b>: a total over awards in two currencies throws
 *     {@link org.milex.model.MoneyMismatchException}; filter with
 *     {@link org.milex.awards.AwardTable#inCurrency(java.util.Currency)} or ask for
 *     {@link org.milex.awards.AwardTable#totalByCurrency()}.
 * <li><b>Empty input</b>: grouped totals of no awards are empty maps; {@code total()} is empty.
 * <li><b>Strict reading</b>: the first bad cell rejects the file with a
 *     {@link org.milex.DataFileException} naming file, line, column and value; nothing is skipped.
 * <li><b>No nulls</b>: no method accepts {@code null}; an award without a category has an empty
 *     {@code Optional}.
 * </ul>
 *
 * <p>For a dozen richly sourced contracts, see {@code org.milex.procurement}; this package is for bulk
 * feeds, where a value is a feed's number and not a sourced figure.
 */
package org.milex.awards;
