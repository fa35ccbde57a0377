/**
 * Procurement contracts (NSPA's Stinger, Patriot GEM-T and ammunition contracts, US FMS approvals) and
 * published figures of aid to Ukraine, each with its qualifier ("about", "over", "up to"), its date, its
 * sources and its caveats.
 *
 * <pre>{@code
 * Contracts contracts = Contracts.embedded();
 * Contract stinger = contracts.get("stinger-2024").orElseThrow();
 * stinger.value();                    // about USD 700 mn (current prices)
 * stinger.buyers();                   // [DEU Germany, ITA Italy, NLD Netherlands]
 *
 * ExchangeRate eurUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"),
 *         LocalDate.parse("2024-01-23"), "my rate, for illustration");
 * contracts.ofAgency("NSPA").total(Currencies.USD, eurUsd);
 * // firm … ; ceiling … ; approval …: one column per kind of figure, naming the rate, never added together
 * contracts.total(Currencies.USD);    // MoneyMismatchException: Currencies differ: USD/EUR
 *
 * AidFigures aid = AidFigures.embedded();
 * aid.get("us-security-assistance-ap-2024-07-09").orElseThrow().value();  // over USD 53600 mn (current prices)
 * }</pre>
 *
 * <h2>Kinds of figures</h2>
 *
 * <p>A contract's figures have a {@link org.milex.procurement.ValueKind}: a firm value, a framework's
 * ceiling, the value of options, or an approval (a US Foreign Military Sale notified "up to" an estimate).
 * Figures of different kinds are never added: {@link org.milex.procurement.Contracts#total} returns a
 * {@link org.milex.procurement.ValueTotals}, one column per kind. The Stinger contract (about USD 700 mn,
 * firm) and the US approval of up to USD 780 mn for the same missiles stay in separate columns.
 *
 * <p>Every type here is immutable. No method accepts or returns {@code null}; where absence is normal (a
 * contract no source dates) the result is an {@link java.util.Optional}. Amounts keep the currency the
 * source used: milex never converts unless the caller supplies an {@link org.milex.procurement.ExchangeRate},
 * and every {@link org.milex.procurement.ConvertedTotal} names the rates it used.
 *
 * <h2>The data files</h2>
 *
 * <p>{@code data/contracts.csv} and {@code data/aid.csv} hold one row per contract or figure, built from the
 * project's source notes ({@code contracts-aid.md}). {@link org.milex.procurement.Contracts#read} and
 * {@link org.milex.procurement.AidFigures#read} read files with the same columns. Reading is strict: a
 * missing or unknown column, a duplicate id, an unknown ally code, a bad currency, date, number or token,
 * or a negative amount rejects the file with a {@link org.milex.DataFileException} naming file, line,
 * column and value. Lists are {@code |}-separated. Amounts are in millions of the row's currency, at
 * current prices, written as plain decimals ({@code 136.1}). Dates are {@code yyyy-mm-dd}, or
 * {@code yyyy-mm} when a source gives only the month. Qualifiers are {@code exact}, {@code about},
 * {@code over} or {@code up to}; flags are {@code single-source}, {@code derived}, {@code second-hand},
 * {@code repository}.
 *
 * <p>{@code contracts.csv}:
 * <table>
 * <caption>contracts.csv columns</caption>
 * <tr><th>column</th><th>content</th></tr>
 * <tr><td>id</td><td>unique, e.g. {@code stinger-2024}</td></tr>
 * <tr><td>kind</td><td>{@code contract}, {@code framework}, {@code call-off} or {@code fms-notification}</td></tr>
 * <tr><td>title</td><td>what the sources call it</td></tr>
 * <tr><td>agency</td><td>who placed it, e.g. {@code NSPA}</td></tr>
 * <tr><td>buyers</td><td>ally codes (ISO 3166-1 alpha-3); may be empty</td></tr>
 * <tr><td>buyers_note</td><td>who the buyers are when not named; required when {@code buyers} is empty</td></tr>
 * <tr><td>suppliers</td><td>supplier names; may be empty</td></tr>
 * <tr><td>system</td><td>what is bought, e.g. {@code Patriot GEM-T}</td></tr>
 * <tr><td>date</td><td>signed, else announced, else (for a notification) approved; empty when unknown</td></tr>
 * <tr><td>value_kind</td><td>what the headline value is: {@code firm}, {@code ceiling}, {@code option} or
 *     {@code approval}; an {@code fms-notification}'s value is an {@code approval} and no other kind's is</td></tr>
 * <tr><td>qualifier</td><td>of the value</td></tr>
 * <tr><td>value_millions, currency</td><td>the headline value and its ISO 4217 currency</td></tr>
 * <tr><td>value_source</td><td>the URL, one of {@code sources}, that states the headline value</td></tr>
 * <tr><td>firm_value_millions</td><td>firm orders within a ceiling or option value, same currency, not above a
 *     ceiling; may be empty</td></tr>
 * <tr><td>firm_value_source</td><td>the URL, one of {@code sources}, that states the firm value; empty exactly
 *     when {@code firm_value_millions} is</td></tr>
 * <tr><td>quantity, quantity_qualifier</td><td>a positive whole number and its qualifier; both empty when unknown</td></tr>
 * <tr><td>alternatives</td><td>other reported values, each {@code [about |over |up to ]CUR millions (reporter)}</td></tr>
 * <tr><td>flags</td><td>caveats on the sourcing</td></tr>
 * <tr><td>sources</td><td>URLs, at least one</td></tr>
 * <tr><td>notes</td><td>further facts and caveats</td></tr>
 * </table>
 *
 * <p>{@code aid.csv}:
 * <table>
 * <caption>aid.csv columns</caption>
 * <tr><th>column</th><th>content</th></tr>
 * <tr><td>id</td><td>unique, e.g. {@code kiel-r28-deu-military-allocation}</td></tr>
 * <tr><td>donor</td><td>an ally code ({@code DEU}), or the name of a donor that is not an ally
 *     ({@code EU institutions}, {@code Japan}); three capital letters are always read as an ally code</td></tr>
 * <tr><td>recipient</td><td>e.g. {@code Ukraine}</td></tr>
 * <tr><td>measure</td><td>{@code commitment}, {@code allocation}, {@code announced} or {@code unstated}</td></tr>
 * <tr><td>aid_type</td><td>{@code military}, {@code financial}, {@code humanitarian} or {@code all}</td></tr>
 * <tr><td>qualifier, value_millions, currency</td><td>the figure</td></tr>
 * <tr><td>as_of</td><td>the date the data run to; may be empty</td></tr>
 * <tr><td>reported</td><td>the date the figure was published or said; may be empty</td></tr>
 * <tr><td>reported_by</td><td>who states it, e.g. {@code Kiel Institute, Release 28}</td></tr>
 * <tr><td>flags</td><td>caveats on the sourcing</td></tr>
 * <tr><td>scope</td><td>what the figure covers and how far to trust it</td></tr>
 * <tr><td>sources</td><td>URLs, at least one</td></tr>
 * </table>
 */
package org.milex.procurement;
