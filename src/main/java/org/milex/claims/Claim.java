package org.milex.claims;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.milex.model.Edition;

/**
 * A headline statement from the reporting milex was built from: what was said, by whom and when, where it
 * was found, the figures it states and what milex checks it against. The claims milex ships are in
 * {@code data/claims.csv}; {@link Claims#check()} checks them.
 *
 * <pre>{@code
 * Claim c = Claims.get("allies-at-2pct-2024");
 * c.statement();          // "23 of 32 allies meet 2% in 2024"
 * c.edition();            // Optional[NATO-2024-06]
 * c.figures();            // [2024: 23 allies, members: 32 allies]
 * }</pre>
 *
 * @param id stable identifier, e.g. {@code allies-at-2pct-2024}
 * @param statement the statement as the source gives it (quoted, or as the project's source notes record it)
 * @param claimant who said it, and who reported it
 * @param said the day it was said or published, where known
 * @param edition the NATO edition it was made from, against which it is judged; empty for claims about
 *     contracts and aid
 * @param figures the figures it states, at least one, labels distinct
 * @param reading how milex reads it where the statement leaves something open (a scope, a year); a claim
 *     that needs a reading is at best {@link Verdict#SUPPORTED_WITH_CAVEAT}
 * @param checkedAgainst what milex checks it against, in words
 * @param sources where it was found (URLs); empty when the original was not found, which {@code reference}
 *     then says
 * @param reference where the project's source notes discuss it, e.g. {@code "contracts-aid.md conflict 6"}
 */
public record Claim(String id, String statement, String claimant, Optional<LocalDate> said,
                    Optional<Edition> edition, List<ClaimedFigure> figures, Optional<String> reading,
                    String checkedAgainst, List<String> sources, String reference) {

    /** Validates and copies; see the parameters for the rules. */
    public Claim {
        requireText(id, "id");
        requireText(statement, "statement");
        requireText(claimant, "claimant");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(reading, "reading");
        requireText(checkedAgainst, "checkedAgainst");
        requireText(reference, "reference");
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a claim's id is lower-case words joined by '-', not '" + id + "'");
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException(id + ": a claim states at least one figure");
        }
        Set<String> labels = new HashSet<>();
        for (ClaimedFigure f : figures) {
            if (!labels.add(f.label())) {
                throw new IllegalArgumentException(id + ": the label '" + f.label() + "' appears twice");
            }
        }
        for (String s : sources) {
            if (!s.startsWith("https://") && !s.startsWith("http://")) {
                throw new IllegalArgumentException(id + ": a source is a URL, not '" + s + "'");
            }
        }
        reading.ifPresent(r -> requireText(r, "reading"));
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("a claim's " + what + " is not blank");
        }
    }

    /**
     * The figure with a label, e.g. {@code "2024"} or {@code "total"}.
     *
     * @throws IllegalArgumentException naming the label and the claim's labels when it has none such
     */
    public ClaimedFigure figure(String label) {
        Objects.requireNonNull(label, "label");
        return figures.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("claim " + id + " states no figure '" + label + "'; it states "
                        + figures.stream().map(ClaimedFigure::label).collect(Collectors.joining(", "))));
    }

    /** {@code "allies-at-2pct-2024: \"23 of 32 allies meet 2% in 2024\" (NATO …, 2024-06-19)"}. */
    @Override
    public String toString() {
        return id + ": \"" + statement + "\" (" + claimant + said.map(d -> ", " + d).orElse("") + ")";
    }
}
