package org.milex.claims;

import java.util.List;
import java.util.Objects;

/**
 * What the data say about a {@link Claim}, by one rule over its readings' results:
 * <ol>
 * <li>{@link #UNTRACEABLE} when the claims file declares it so, with the reason;
 * <li>{@link #SUPPORTED} only when the primary reading holds in every case of its assumptions;
 * <li>{@link #DEPENDS_ON_ASSUMPTION} when the primary reading holds in some cases only (the explanation
 *     names them);
 * <li>{@link #SUPPORTED_UNDER_OTHER_READING} when the primary reading holds in no case but another reading
 *     holds in at least one ("supported under reading X only");
 * <li>{@link #NO_DATA} when no reading holds and the data lack a figure the primary reading needs;
 * <li>{@link #NOT_SUPPORTED} otherwise: every figure of the primary reading was computed, and no reading holds.
 * </ol>
 * The verdict never comes from an exception: an error while computing is thrown to the caller.
 */
public enum Verdict {
    /** The primary reading holds in every case. */
    SUPPORTED,
    /** The primary reading holds in some cases of its assumptions only. */
    DEPENDS_ON_ASSUMPTION,
    /** The primary reading does not hold; another reading does. */
    SUPPORTED_UNDER_OTHER_READING,
    /** The data lack a figure the primary reading needs, and no reading holds. */
    NO_DATA,
    /** The data give other figures under every reading. */
    NOT_SUPPORTED,
    /** The claims file declares that milex cannot trace the statement to any figure, and why. */
    UNTRACEABLE;

    /**
     * The verdict on a claim from its readings' results, by the rule above.
     *
     * @throws IllegalArgumentException if the results are not those of the claim's readings, in order
     */
    public static Verdict of(Claim claim, List<ReadingResult> results) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(results, "results");
        if (!results.stream().map(ReadingResult::reading).toList().equals(claim.readings())) {
            throw new IllegalArgumentException(claim.id() + ": the results are not those of its readings");
        }
        if (claim.isUntraceable()) {
            return UNTRACEABLE;
        }
        ReadingResult primary = results.stream().filter(r -> r.reading().isPrimary()).findFirst().orElseThrow();
        ReadingResult.Support s = primary.support();
        if (s == ReadingResult.Support.EVERY_CASE) {
            return SUPPORTED;
        }
        if (s == ReadingResult.Support.SOME_CASES) {
            return DEPENDS_ON_ASSUMPTION;
        }
        if (results.stream().anyMatch(r -> !r.casesHolding().isEmpty())) {
            return SUPPORTED_UNDER_OTHER_READING;
        }
        return s == ReadingResult.Support.NO_DATA ? NO_DATA : NOT_SUPPORTED;
    }
}
