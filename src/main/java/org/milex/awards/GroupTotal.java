package org.milex.awards;

import java.util.Objects;
import org.milex.model.Money;

/**
 * The awards of one group (a supplier, say) summed: their exact total and how many there were. A row of
 * {@link AwardTable#topSuppliers(int)}; a list of these turns into a Tablesaw table with
 * {@code org.milex.table.Tables.of(list)}.
 *
 * @param group the group's name as the feed gives it, e.g. a supplier
 * @param total Σ value over the group's awards, exact
 * @param awards how many awards the group has, at least one
 */
public record GroupTotal(String group, Money total, int awards) {

    /** Validates the count. */
    public GroupTotal {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(total, "total");
        if (awards < 1) {
            throw new IllegalArgumentException("a group total sums at least one award, not " + awards);
        }
    }

    /** {@code "Rheinmetall AG: EUR 1250.5 mn (current prices) in 3 awards"}. */
    @Override
    public String toString() {
        return group + ": " + total + " in " + awards + (awards == 1 ? " award" : " awards");
    }
}
