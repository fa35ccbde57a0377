package org.milex.claims;

/**
 * What milex's data say about a {@link Claim}.
 *
 * <p>A claim is judged against the data of the edition it was made from ({@link Claim#edition()}); what
 * later editions say is shown beside it, in the check's other comparisons and its explanation, and does
 * not change the verdict. A figure agrees with a claimed one as {@link ClaimedFigure#isMetBy} says: equal
 * at the claim's own precision, or just above a "more than" and just below an "up to".
 *
 * <pre>{@code
 * Claims.check().find("nine-in-2021").orElseThrow().verdict();   // NOT_SUPPORTED: NATO-2024-06 counts 6
 * }</pre>
 */
public enum Verdict {
    /** Every figure the verdict rests on agrees with the claim, read as it is stated. */
    SUPPORTED,
    /**
     * The data agree only under a reading the claim does not state (a scope, a price basis, a year), or
     * only with another source's statement of the same figure; the explanation names the reading.
     */
    SUPPORTED_WITH_CAVEAT,
    /**
     * The figures are near the claim but not equal at its precision: each within
     * {@value ClaimedFigure#NEAR_PERCENT}% of the claimed value. Counts of allies are never approximate.
     */
    APPROXIMATELY,
    /** The data give a different figure. */
    NOT_SUPPORTED,
    /**
     * The data cannot settle it: no source itemises what the figure adds up, the conversion or measure
     * behind it is unstated, or the figures needed are missing from the data given. Such a check still
     * shows what the data do add up to.
     */
    CANNOT_CONFIRM
}
