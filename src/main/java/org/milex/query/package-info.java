/**
 * Questions about the figures: an immutable, fluent {@link org.milex.query.Query} that chooses an edition,
 * years, allies or a group and a measure, and ends in typed results; the same aggregations as
 * {@link java.util.stream.Collector}s in {@link org.milex.query.MilexCollectors}.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Query q = Query.of(data).year(2024);                      // NATO-2024-06, all of NATO
 * q.compliance(Guideline.twoPercentOfGdp()).count();        // 23 (of 32; Iceland has no figure)
 * q.group(AllyGroup.EUROPE_CANADA).groupShares();           // combined 2.02%, mean, median
 * q.groupTotals(PriceBasis.current());                      // NATO 2024: USD 1,474,399.48 mn
 * q.gaps(Share.ofPercent("2"), PriceBasis.current());       // Σ USD 44,913.26 mn, from the published shares
 * BurdenSharingReport.of(data);                             // the report, as the command line prints it
 * q.allies("POL").revisionsTo("NATO-2025-08");               // 4.12 → 3.79
 * }</pre>
 *
 * <p>The rules, stated once:
 * <ul>
 * <li><b>One share of GDP</b>: for an edition, "the share of GDP" of an ally is NATO's published figure.
 *     Compliance, gaps in money ({@code max(0, (target − published share) / 100 × GDP in the basis)}),
 *     growth paths, rankings, trends and the report all start from it, so they cannot disagree.
 * <li><b>Membership</b>: an ally counts in a group's counts and aggregates if it joined during or before
 *     that year; a selection of allies sums the allies chosen and names those not yet members ({@link org.milex.model.Ally#isMemberIn(java.time.Year)}): 30 allies in 2022, 31 in 2023,
 *     32 in 2024. Iceland, which has no armed forces, is a member: its GDP counts in group totals, and it
 *     is listed as without a figure, never as below a guideline.
 * <li><b>A group's share of GDP</b> is Σ expenditure / Σ real GDP at the edition's constant prices over
 *     its members, which reproduces NATO's aggregate rows; means and medians of members' shares are
 *     separate, named results.
 * <li><b>Meeting a guideline</b> is {@code published value ≥ threshold} on the exact value, or on NATO's
 *     two printed decimals when asked ({@link org.milex.query.Rounding}).
 * <li><b>Missing figures</b> are never zero and never skipped silently: listings name them in their notes;
 *     aggregates that need them throw, saying which are missing.
 * </ul>
 *
 * <p>Results are immutable: {@link org.milex.query.Rows} of records (one type per kind of row, components
 * of simple types: codes, names, {@link java.time.Year}, {@link org.milex.model.Share},
 * {@link org.milex.model.Money}, exact {@link java.math.BigDecimal}s, booleans), {@link org.milex.query.Compliance},
 * {@link org.milex.query.ComplianceHistory} and {@link org.milex.query.BurdenSharingReport}. Each prints as a small aligned table. No method accepts or
 * returns {@code null}.
 */
package org.milex.query;
