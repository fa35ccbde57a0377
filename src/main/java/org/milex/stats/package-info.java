/**
 * Statistics on milex's figures: descriptive summaries, linear trends over years, and correlations, each
 * an immutable record that states its formula, unit and empty-input behaviour.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Edition e = Edition.parse("NATO-2024-06");
 * LinearTrend pl = Trends.shareOfGdp(data, Ally.of("POL"), e);
 * pl.slope();                                                 // percentage points a year
 * Trends.yearReaching(data, Ally.of("DEU"), e, Guideline.hagueCore().threshold());  // Optional[2048]
 * Summary.ofShares(shares2024);                               // n, mean, sd, min, quartiles, median, max
 * Correlation.of(x, y);                                       // Pearson r with p-value, Spearman rho
 * }</pre>
 *
 * <p>The computations use Apache Commons Math, which stays inside this package: its types appear in no
 * signature. Results never hold {@code NaN}: input that would make one (no values, a single year, a
 * constant series) is rejected with an {@link java.lang.IllegalArgumentException} saying why. No method
 * accepts or returns {@code null}; a {@code null} argument is rejected with a
 * {@link java.lang.NullPointerException} naming it. Every result turns into a Tablesaw table with
 * {@link org.milex.table.Tables#of(java.util.List)}.
 */
package org.milex.stats;
