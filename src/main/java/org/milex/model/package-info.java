/**
 * milex's typed model: allies and groups of allies, years, money that knows its currency and price basis,
 * shares, the spending guidelines, editions, and the observations NATO publishes.
 *
 * <p>Every type here is immutable and validated on construction. No method accepts or returns
 * {@code null}: a {@code null} argument is rejected with a {@link java.lang.NullPointerException} naming
 * it; where absence is normal (a measure NATO did not publish), the result is an {@link java.util.Optional}.
 *
 * <pre>{@code
 * Ally poland = Ally.of("POL");
 * Money spent = Money.ofMillions(new BigDecimal("1474399"), Currencies.USD, PriceBasis.current());
 * Share share = Share.ofPercent("2.02");
 * share.isAtLeast(Guideline.twoPercentOfGdp().threshold());  // true
 * }</pre>
 */
package org.milex.model;
