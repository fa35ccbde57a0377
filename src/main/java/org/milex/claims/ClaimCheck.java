package org.milex.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Claim} checked: each reading's results side by side, the verdict by {@link Verdict}'s rule, and
 * an explanation naming the primary reading and its reason, the cases that decide, and the editions compared.
 *
 * <pre>{@code
 * ClaimCheck c = Claims.check().find("combined-spending-430bn").orElseThrow();
 * c.verdict();                                   // computed by Verdict.of from the six readings
 * c.reading("europe-canada-constant").orElseThrow().results().get(0).computed();   // USD bn, exact
 * }</pre>
 *
 * @param claim the claim
 * @param verdict the verdict, which is {@code Verdict.of(claim, readings)}
 * @param readings one result per reading, in the claim's order; empty for an untraceable claim
 * @param explanation what the results show, in words
 */
public record ClaimCheck(Claim claim, Verdict verdict, List<ReadingResult> readings, String explanation) {

    /** Validates that the verdict follows from the readings by {@link Verdict#of}. */
    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        readings = List.copyOf(readings);
        if (verdict != Verdict.of(claim, readings)) {
            throw new IllegalArgumentException(claim.id() + ": the verdict " + verdict + " does not follow from its readings");
        }
        if (explanation.isBlank()) {
            throw new IllegalArgumentException(claim.id() + ": a check explains its verdict");
        }
    }

    /** The result of the reading with an id. */
    public Optional<ReadingResult> reading(String id) {
        Objects.requireNonNull(id, "id");
        return readings.stream().filter(r -> r.reading().id().equals(id)).findFirst();
    }

    /** The primary reading's result; empty for an untraceable claim. */
    public Optional<ReadingResult> primary() {
        return readings.stream().filter(r -> r.reading().isPrimary()).findFirst();
    }
}
