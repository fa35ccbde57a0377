package org.milex.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Claim} checked against milex's data: the verdict, each claimed figure beside the figure milex
 * computes for it (with edition or source, difference and relative difference), and a sentence or two
 * saying what the data show.
 *
 * <pre>{@code
 * ClaimCheck c = Claims.check().find("combined-spending-430bn").orElseThrow();
 * c.verdict();       // SUPPORTED_WITH_CAVEAT
 * c.decisive().get(0).what();       // "NATO Europe and Canada 2024e, constant 2015 prices"
 * c.decisive().get(0).computed();   // 430.11231173262367 (USD bn)
 * c.explanation();   // "Of the 6 readings tried, only NATO Europe and Canada 2024e, constant 2015 prices …"
 * c;                 // the claim, a table of all six readings, the explanation and the sources
 * }</pre>
 *
 * <p>A {@link Verdict#SUPPORTED} check has at least one decisive comparison, and all its decisive
 * comparisons agree: no claim is passed without figures that meet it. Immutable.
 *
 * @param claim the claim
 * @param verdict what the data say
 * @param comparisons the claimed figures beside milex's, decisive ones first; empty when the data hold
 *     nothing to compare
 * @param explanation what the data show, in words, naming editions, rates and readings
 */
public record ClaimCheck(Claim claim, Verdict verdict, List<Comparison> comparisons, String explanation) {

    /** Validates, copies, and checks that a supported claim rests on agreeing figures. */
    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        comparisons = List.copyOf(comparisons);
        if (explanation.isBlank()) {
            throw new IllegalArgumentException(claim.id() + ": a check explains its verdict");
        }
        if (verdict == Verdict.SUPPORTED) {
            List<Comparison> d = comparisons.stream().filter(Comparison::decisive).toList();
            if (d.isEmpty() || !d.stream().allMatch(Comparison::agrees)) {
                throw new IllegalArgumentException(claim.id() + ": SUPPORTED needs decisive figures that all agree, not "
                        + d);
            }
        }
    }

    /** The comparisons the verdict rests on. */
    public List<Comparison> decisive() {
        return comparisons.stream().filter(Comparison::decisive).toList();
    }

    /** Whether the verdict is {@link Verdict#SUPPORTED} or {@link Verdict#SUPPORTED_WITH_CAVEAT}. */
    public boolean isSupported() {
        return verdict == Verdict.SUPPORTED || verdict == Verdict.SUPPORTED_WITH_CAVEAT;
    }

    /**
     * The claim and verdict, a table of every comparison (what, claimed, milex, difference, relative,
     * agrees, decisive, source), the explanation, the reading, what it is checked against and the sources.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(claim.id()).append(": ").append(verdict).append('\n');
        sb.append('"').append(claim.statement()).append("\" (").append(claim.claimant())
                .append(claim.said().map(d -> ", " + d).orElse("")).append(")\n");
        if (!comparisons.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Comparison c : comparisons) {
                rows.add(List.of(c.what(), c.claimed().amount(), Layout.number(c.computed(), c.claimed()),
                        Layout.signed(c.difference(), c.claimed()),
                        c.relativeDifference().map(Layout::percent).orElse(""), c.agrees() ? "yes" : "no",
                        c.decisive() ? "yes" : "no", c.source()));
            }
            sb.append(Layout.table(List.of("what", "claimed", "milex", "difference", "relative", "agrees", "decisive",
                    "source"), rows, new boolean[] {false, false, true, true, true, false, false, false})).append('\n');
        }
        sb.append(explanation).append('\n');
        claim.reading().ifPresent(r -> sb.append("reading: ").append(r).append('\n'));
        sb.append("checked against: ").append(claim.checkedAgainst()).append('\n');
        sb.append("sources: ").append(claim.sources().isEmpty() ? "none found" : String.join(" ", claim.sources()))
                .append(" (").append(claim.reference()).append(')');
        return sb.toString();
    }
}
