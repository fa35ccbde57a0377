package org.milex.query;

import java.time.Year;
import java.util.Optional;
import org.milex.model.Share;

/**
 * A group's defence expenditure as a share of GDP in one year, three ways.
 *
 * <ul>
 * <li>{@code combined}: Σ members' defence expenditure / Σ members' real GDP × 100, both in the edition's
 *     constant-price US dollars, over the allies that were members that year; an ally without armed forces
 *     (Iceland) adds its GDP and no expenditure. This is how NATO computes its aggregate rows. With
 *     {@link Method#PUBLISHED_ROW} it is the row the edition publishes instead.
 * <li>{@code mean}: the arithmetic mean of the members' published shares (each ally weighs the same);
 *     empty if a member with armed forces has no share.
 * <li>{@code median}: the median of the same shares (mean of the two middle ones for an even count).
 * </ul>
 *
 * @param code group code, e.g. {@code EUROPE_CANADA}
 * @param name group name
 * @param year the year
 * @param combined the combined share (see above)
 * @param mean mean of members' shares
 * @param median median of members' shares
 * @param members how many allies were members that year, Iceland included
 * @param published the share the edition publishes for the group, where it has a row
 * @param method whether {@code combined} was recomputed from the members or is the published row
 * @param estimate whether the edition marks the year as an estimate
 */
public record GroupShare(String code, String name, Year year, Share combined, Optional<Share> mean,
                         Optional<Share> median, int members, Optional<Share> published, Method method,
                         boolean estimate) {

    /** Where {@code combined} comes from. */
    public enum Method {
        /** Recomputed: Σ expenditure / Σ GDP over the members. */
        SUM_OVER_MEMBERS,
        /** The group row the edition publishes, used because members' figures are missing. */
        PUBLISHED_ROW
    }

    /** Validates the parts. */
    public GroupShare {
        Checks.notNull("code", code, "name", name, "year", year, "combined", combined, "mean", mean,
                "median", median, "published", published, "method", method);
        if (members < 0) {
            throw new IllegalArgumentException("members must not be negative, not " + members);
        }
    }
}
