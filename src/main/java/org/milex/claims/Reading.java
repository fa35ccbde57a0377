package org.milex.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One way to read a statement: the figures it claims, each a {@link Part}, all of which must hold. A claim
 * whose words allow several readings lists them side by side; exactly one is primary, with the reason. The
 * parts' assumptions combine into cases (every combination of the stated cases); an assumption stated by
 * several parts states the same cases in each.
 *
 * @param id names the reading within its claim, e.g. {@code europe-canada-constant}
 * @param primaryBecause why this is the primary reading; empty for the others
 * @param parts the figures, at least one, labels distinct
 */
public record Reading(String id, Optional<String> primaryBecause, List<Part> parts) {

    /** Validates the id, the reason and the parts. */
    public Reading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(primaryBecause, "primaryBecause");
        parts = List.copyOf(parts);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a reading's id is lower-case words joined by '-', not '" + id + "'");
        }
        if (primaryBecause.isPresent() && primaryBecause.get().isBlank()) {
            throw new IllegalArgumentException("reading " + id + ": the primary reading says why");
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("reading " + id + " has no parts");
        }
        Set<String> labels = new HashSet<>();
        java.util.Map<String, List<String>> cases = new java.util.HashMap<>();
        for (Part p : parts) {
            if (!labels.add(p.label())) {
                throw new IllegalArgumentException("reading " + id + ": the part '" + p.label() + "' appears twice");
            }
            for (Assumption a : p.quantity().assumptions()) {
                List<String> before = cases.putIfAbsent(a.key(), a.cases());
                if (before != null && !before.equals(a.cases())) {
                    throw new IllegalArgumentException("reading " + id + ": the assumption " + a.key()
                            + " has other cases in another part (" + String.join("|", before) + ")");
                }
            }
        }
    }

    /** Whether this is the claim's primary reading. */
    public boolean isPrimary() {
        return primaryBecause.isPresent();
    }
}
