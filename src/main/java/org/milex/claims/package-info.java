/**
 * Claims as data: statements about defence spending, declared in a claims file with one or more readings,
 * and checked by one evaluator against milex's figures, contracts and aid.
 *
 * <pre>{@code
 * ClaimReport report = Claims.check();              // data/claims.csv against the embedded data
 * report.find("combined-spending-430bn").orElseThrow().readings();   // six readings, side by side
 * List<Claim> mine = Claims.read(Path.of("my-claims.csv"));
 * Claims.check(mine, Dataset.embedded(), Contracts.embedded(), AidFigures.embedded());
 * }</pre>
 *
 * <h2>Claims, readings, cases</h2>
 *
 * <p>A {@link org.milex.claims.Claim} is a statement as quoted, with its outlet, date and URLs. It has one or
 * more {@link org.milex.claims.Reading}s (ways to read it), exactly one primary with the reason; or it is
 * declared untraceable, with the reason. A reading has one or more {@link org.milex.claims.Part}s, the figures
 * the statement claims ("23 of 32" has two), all of which must hold. A part is a
 * {@link org.milex.claims.Computation} milex computes, a {@link org.milex.claims.Comparison} and the claimed
 * value in a {@link org.milex.claims.Unit}. A quantity's {@link org.milex.claims.Assumption}s (an exchange
 * rate, firm value or ceiling) may state several cases; the reading is computed in every combination of
 * them, so its results show how far the verdict depends on the assumption. The verdict follows one rule,
 * written in {@link org.milex.claims.Verdict}: SUPPORTED only when the primary reading holds in every case.
 *
 * <p>The evaluator computes every quantity through milex's public query and procurement API; it names no
 * claim, contract, aid figure or edition, and it turns no exception into a verdict. Missing figures (an
 * edition without them) are {@link org.milex.claims.Outcome#NO_DATA}, naming what is missing. A quantity
 * names its edition or takes the one nearest the statement's date; a check says so when the edition was
 * published long after the statement, or when milex holds none from the statement's time.
 *
 * <h2>The claims file</h2>
 *
 * <p>UTF-8 CSV, one row per part of a reading. A claim's rows stand together; its own columns (statement to
 * untraceable) are filled on its first row only, and a reading's reason on its first row only. Reading is
 * strict: an unknown or missing column, a malformed value or a broken rule rejects the file with a
 * {@link org.milex.DataFileException} naming file, line, column and value.
 * <table>
 * <caption>claims file columns</caption>
 * <tr><th>column</th><th>content</th></tr>
 * <tr><td>claim</td><td>the claim's id: lower-case words joined by {@code -}</td></tr>
 * <tr><td>statement</td><td>the statement as quoted</td></tr>
 * <tr><td>outlet</td><td>who said or published it</td></tr>
 * <tr><td>said</td><td>the day, {@code yyyy-mm-dd}; empty when unknown (then every reading names its edition)</td></tr>
 * <tr><td>urls</td><td>where it was found, http(s) URLs joined by {@code |}; empty when the original was not found</td></tr>
 * <tr><td>untraceable</td><td>why milex cannot trace it to any figure; such a claim has one row and no reading</td></tr>
 * <tr><td>reading</td><td>the reading's id, lower-case words joined by {@code -}</td></tr>
 * <tr><td>primary_because</td><td>on the primary reading's first row: why it is the primary reading</td></tr>
 * <tr><td>part</td><td>which figure of the statement: a year or lower-case words ({@code count}, {@code total})</td></tr>
 * <tr><td>measure</td><td>{@code allies-meeting}, {@code members}, {@code share-of-gdp}, {@code expenditure},
 *     {@code contract-value} or {@code aid-figure}; see {@link org.milex.claims.Computation} for what each takes</td></tr>
 * <tr><td>subject</td><td>a guideline id ({@code GDP_2PCT}), an ally ({@code POL}) or group ({@code EUROPE_CANADA}),
 *     a contract selection ({@code agency=NSPA;not-system=Patriot GEM-T}) or an aid figure's id</td></tr>
 * <tr><td>when</td><td>a year ({@code 2024}) or days ({@code 2023-07-01..2024-01-23}); empty for an aid figure</td></tr>
 * <tr><td>edition</td><td>an edition ({@code NATO-2024-06}) or {@code nearest} (the latest published on or before
 *     the statement's date, else the earliest after it); empty for measures that take none</td></tr>
 * <tr><td>basis</td><td>{@code current} or {@code constant} (the edition's constant prices), for expenditure only</td></tr>
 * <tr><td>assumptions</td><td>{@code key=case|case}, joined by {@code ;}: {@code EUR/USD=1.09@2024-01-23} (a rate on
 *     a day), {@code contract-value=ceiling|firm}</td></tr>
 * <tr><td>comparison</td><td>{@code at-least}, {@code more-than}, {@code at-most}, {@code about} or {@code equal}</td></tr>
 * <tr><td>tolerance</td><td>{@code 0.005} or {@code 10%}: required for {@code about}; an upper bound above the value for
 *     {@code more-than}, a lower bound for {@code at-most}; none for {@code at-least} and {@code equal}</td></tr>
 * <tr><td>value</td><td>the claimed value, a plain decimal</td></tr>
 * <tr><td>unit</td><td>{@code allies}, {@code percent}, {@code USD bn}, {@code USD mn}, {@code EUR bn} or {@code EUR mn}</td></tr>
 * <tr><td>note</td><td>why this quantity, tolerance or assumption; may be empty</td></tr>
 * </table>
 *
 * <p>Every type here is immutable; no method accepts or returns {@code null}.
 */
package org.milex.claims;
