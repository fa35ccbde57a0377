package org.milex.claims;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A statement about defence spending, as quoted, with where it was found and the readings milex checks it
 * under; or, when milex cannot trace it to any figure, the reason.
 *
 * <pre>{@code
 * Claim c = Claims.get("combined-spending-430bn");
 * c.statement();                 // "more than $430 billion"
 * c.readings().size();           // 6: three groups at two price bases, side by side
 * c.primary().orElseThrow().id();   // "europe-canada-current"
 * }</pre>
 *
 * @param id stable identifier, lower-case words joined by '-'
 * @param statement the statement as quoted
 * @param outlet who said or published it, e.g. {@code "Spectrum News (White House context)"}
 * @param said the day it was said or published; empty when not known
 * @param urls where it was found (http or https URLs); empty when the original was not found
 * @param untraceable why milex cannot trace the statement to any figure; empty for a traceable claim
 * @param readings the readings, empty exactly when {@code untraceable} is present; exactly one primary; ids
 *     distinct; a claim with no date has no reading of the nearest edition
 */
public record Claim(String id, String statement, String outlet, Optional<LocalDate> said, List<String> urls,
                    Optional<String> untraceable, List<Reading> readings) {

    /** Validates and copies; see the parameters for the rules. */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(untraceable, "untraceable");
        requireText(statement, "statement");
        requireText(outlet, "outlet");
        urls = List.copyOf(urls);
        readings = List.copyOf(readings);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a claim's id is lower-case words joined by '-', not '" + id + "'");
        }
        for (String u : urls) {
            if (!u.matches("https?://\\S+")) {
                throw new IllegalArgumentException(id + ": not a URL: '" + u + "'");
            }
        }
        untraceable.ifPresent(r -> requireText(r, "reason it is untraceable"));
        if (untraceable.isPresent() != readings.isEmpty()) {
            throw new IllegalArgumentException(id + (untraceable.isPresent()
                    ? ": an untraceable claim has no readings" : ": a claim has readings, or is untraceable with a reason"));
        }
        if (!readings.isEmpty() && readings.stream().filter(Reading::isPrimary).count() != 1) {
            throw new IllegalArgumentException(id + ": exactly one reading is primary, not "
                    + readings.stream().filter(Reading::isPrimary).map(Reading::id).toList());
        }
        Set<String> ids = new HashSet<>();
        for (Reading r : readings) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException(id + ": the reading '" + r.id() + "' appears twice");
            }
            if (said.isEmpty() && r.parts().stream().anyMatch(p -> p.quantity().isNearestEdition())) {
                throw new IllegalArgumentException(id + ": the statement has no date, so reading " + r.id()
                        + " names its edition instead of the nearest");
            }
        }
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("a claim's " + what + " is not blank");
        }
    }

    /** The primary reading; empty for an untraceable claim. */
    public Optional<Reading> primary() {
        return readings.stream().filter(Reading::isPrimary).findFirst();
    }

    /** Whether the claims file declares it untraceable. */
    public boolean isUntraceable() {
        return untraceable.isPresent();
    }

    /** {@code "nine-in-2021: \"nine in 2021\" (Spectrum News, undated)"}. */
    @Override
    public String toString() {
        return id + ": \"" + statement + "\" (" + outlet + ", " + said.map(LocalDate::toString).orElse("undated") + ")";
    }
}
