/**
 * Claims: the headline statements of the reporting milex was built from, each a named, sourced, executable
 * check that says whether milex's data support it and by how much they differ.
 *
 * <pre>{@code
 * ClaimReport report = Claims.check();     // every claim against the embedded data
 * report;
 * // 11 claims checked: 4 SUPPORTED, 3 SUPPORTED_WITH_CAVEAT, 1 APPROXIMATELY, 1 NOT_SUPPORTED, 2 CANNOT_CONFIRM
 * // claim                verdict    claimed             milex  difference  relative  milex's figure
 * // allies-at-2pct-2024  SUPPORTED  2024: 23 allies        23           0     0.00%  allies at or above 2% in 2024e, NATO-2024-06
 * //                                 members: 32 allies     32           0     0.00%  members in 2024 (joined by then)
 * // ...
 * // nine-in-2021         NOT_SUPPORTED  2021: 9 allies      6          -3   -33.33%  allies at or above 2% in 2021, NATO-2024-06
 * // nspa-6bn             CANNOT_CONFIRM total: about USD 6 bn
 * // ... then each check's explanation
 * report.find("combined-spending-430bn").orElseThrow();   // which reading of "more than $430 billion" fits
 * Claims.get("nspa-6bn").statement();       // "NSPA has invested approximately USD 6 billion in contracts …"
 * }</pre>
 *
 * <p>The claims live in {@code data/claims.csv}: statement, claimant, date, sources (URLs, none where the
 * original was not found), the figures stated, the NATO edition the claim was made from, and the kind of
 * check. A check judges the claim against that edition and shows what other editions say beside it
 * ({@link org.milex.claims.Verdict} states the rules); it reports every figure it compares with its source,
 * difference and relative difference, and explains itself, naming the exchange rate wherever it converts.
 * A claim the data cannot settle is {@link org.milex.claims.Verdict#CANNOT_CONFIRM}, with what the data
 * do add up to; none is made to pass, and missing data never throw.
 *
 * <p>Every type here is immutable; no method accepts or returns {@code null}.
 */
package org.milex.claims;
