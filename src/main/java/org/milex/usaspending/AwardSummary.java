package org.milex.usaspending;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Money;

/**
 * An award rolled up from its transactions (all those with one {@code contract_award_unique_key}).
 *
 * @param awardKey {@code contract_award_unique_key}
 * @param piid {@code award_id_piid}
 * @param component the buyer of the award's first action (earliest date, then feed order)
 * @param recipient the recipient of the first action
 * @param recipientParent the parent company of the first action, where the feed gives one
 * @param category what the first action's product or service code buys
 * @param first the earliest action date
 * @param last the latest action date
 * @param transactions how many actions (the base and its modifications)
 * @param obligated Σ federal_action_obligation over the actions, de-obligations with their sign, exact
 */
public record AwardSummary(String awardKey, String piid, String component, String recipient,
                           Optional<String> recipientParent, PscCategory category, LocalDate first, LocalDate last,
                           int transactions, Money obligated) {
    /** Checks that no part is null, the dates are in order and the count is positive. */
    public AwardSummary {
        Objects.requireNonNull(awardKey, "awardKey");
        Objects.requireNonNull(piid, "piid");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientParent, "recipientParent");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(obligated, "obligated");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last action " + last + " is before the first " + first);
        }
        if (transactions < 1) {
            throw new IllegalArgumentException("an award has at least one transaction, not " + transactions);
        }
    }
}
