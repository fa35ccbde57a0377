package org.milex.usaspending;

import java.util.Objects;
import org.milex.model.Money;

/**
 * What one recipient, counted by its parent company, was obligated.
 *
 * @param recipient the parent company as USAspending names it ({@code recipient_parent_name}), or the
 *     recipient's own name where the feed gives no parent
 * @param obligated Σ federal_action_obligation, de-obligations with their sign, exact
 * @param transactions how many actions were summed
 */
public record RecipientTotal(String recipient, Money obligated, int transactions) {
    /** Checks that no part is null and the count is positive. */
    public RecipientTotal {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(obligated, "obligated");
        if (transactions < 1) {
            throw new IllegalArgumentException("a total sums at least one transaction, not " + transactions);
        }
    }
}
