package org.milex.claims;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Claims checked together: an immutable list of {@link ClaimCheck}s, which prints as a count of verdicts,
 * a table with one line per part of every reading in every case (the readings of a claim side by side, the
 * primary marked {@code *}), then each claim's explanation and where each figure comes from.
 *
 * <pre>{@code
 * ClaimReport r = Claims.check();
 * r.find("poland-share-2024").map(ClaimCheck::verdict);
 * r.count(Verdict.UNTRACEABLE);
 * r.toTable();  // one row per part, reading and case, typed columns
 * }</pre>
 *
 * <p>Changing methods of {@link List} throw {@link UnsupportedOperationException}.
 */
public final class ClaimReport extends AbstractList<ClaimCheck> implements RandomAccess {

    private final List<ClaimCheck> checks;

    private ClaimReport(List<ClaimCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * A report of the given checks, in their order.
     *
     * @throws IllegalArgumentException naming the id when two checks are of the same claim
     */
    public static ClaimReport of(List<ClaimCheck> checks) {
        Objects.requireNonNull(checks, "checks");
        List<String> ids = checks.stream().map(c -> c.claim().id()).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                throw new IllegalArgumentException("claim " + ids.get(i) + " is checked twice");
            }
        }
        return new ClaimReport(checks);
    }

    @Override
    public ClaimCheck get(int index) {
        return checks.get(index);
    }

    @Override
    public int size() {
        return checks.size();
    }

    /** The check of the claim with an id, if the report has one. */
    public Optional<ClaimCheck> find(String id) {
        Objects.requireNonNull(id, "id");
        return checks.stream().filter(c -> c.claim().id().equals(id)).findFirst();
    }

    /** How many checks have a verdict. */
    public int count(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        return (int) checks.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** How many rows {@link #toTable()} has: one per part result, one for an untraceable claim. */
    public int rowCount() {
        return checks.stream().mapToInt(c -> c.readings().isEmpty() ? 1
                : c.readings().stream().mapToInt(r -> r.results().size()).sum()).sum();
    }

    /**
     * The report as a Tablesaw table, one row per part, reading and case (an untraceable claim has one row,
     * its reason in {@code what}). Columns: {@code claim_id}, {@code verdict}, {@code reading},
     * {@code primary}, {@code reading_holds} (every-case, some-cases, no-case, no-data), {@code assumption_case},
     * {@code part}, {@code claimed} (in words), {@code claimed_value}, {@code unit}, {@code computed},
     * {@code outcome}, {@code what}; a missing number is Tablesaw's missing double. A new table on each call.
     */
    public Table toTable() {
        org.milex.internal.QuietLogging.beforeTablesaw();
        StringColumn id = StringColumn.create("claim_id");
        StringColumn verdict = StringColumn.create("verdict");
        StringColumn reading = StringColumn.create("reading");
        BooleanColumn primary = BooleanColumn.create("primary");
        StringColumn support = StringColumn.create("reading_holds");
        StringColumn kase = StringColumn.create("assumption_case");
        StringColumn part = StringColumn.create("part");
        StringColumn claimed = StringColumn.create("claimed");
        DoubleColumn claimedValue = DoubleColumn.create("claimed_value");
        StringColumn unit = StringColumn.create("unit");
        DoubleColumn computed = DoubleColumn.create("computed");
        StringColumn outcome = StringColumn.create("outcome");
        StringColumn what = StringColumn.create("what");
        for (ClaimCheck c : checks) {
            if (c.readings().isEmpty()) {
                id.append(c.claim().id());
                verdict.append(c.verdict().name());
                reading.append("");
                primary.appendMissing();
                support.append("");
                kase.append("");
                part.append("");
                claimed.append("");
                claimedValue.appendMissing();
                unit.append("");
                computed.appendMissing();
                outcome.append("");
                what.append(c.claim().untraceable().orElse(""));
            }
            for (ReadingResult r : c.readings()) {
                for (PartResult x : r.results()) {
                    id.append(c.claim().id());
                    verdict.append(c.verdict().name());
                    reading.append(r.reading().id());
                    primary.append(r.reading().isPrimary());
                    support.append(token(r.support()));
                    kase.append(x.assumptionCase());
                    part.append(x.part().label());
                    claimed.append(x.part().claimedText());
                    claimedValue.append(x.part().claimed().doubleValue());
                    unit.append(x.part().unit().token());
                    if (x.computed().isPresent()) {
                        computed.append(x.computed().get().doubleValue());
                    } else {
                        computed.appendMissing();
                    }
                    outcome.append(token(x.outcome()));
                    what.append(x.what());
                }
            }
        }
        return Table.create("claims checked", id, verdict, reading, primary, support, kase, part, claimed,
                claimedValue, unit, computed, outcome, what);
    }

    private static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A count of verdicts; a table with one line per part, reading and case (claim, verdict, reading with
     * {@code *} for the primary, whether the reading holds, case, part, claimed, milex's figure, difference,
     * outcome); then, claim by claim, the statement and its source, the explanation, and what each figure is
     * and where it comes from.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(checks.size()).append(checks.size() == 1 ? " claim checked: " : " claims checked: ");
        List<String> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            int n = count(v);
            if (n > 0) {
                counts.add(n + " " + v);
            }
        }
        sb.append(counts.isEmpty() ? "none" : String.join(", ", counts)).append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (ClaimCheck c : checks) {
            boolean first = true;
            if (c.readings().isEmpty()) {
                rows.add(List.of(c.claim().id(), c.verdict().name(), "", "", "", "", "", "", "", ""));
            }
            for (ReadingResult r : c.readings()) {
                boolean firstOfReading = true;
                for (PartResult x : r.results()) {
                    Unit u = x.part().unit();
                    rows.add(List.of(first ? c.claim().id() : "", first ? c.verdict().name() : "",
                            firstOfReading ? r.reading().id() + (r.reading().isPrimary() ? " *" : "") : "",
                            firstOfReading ? token(r.support()) : "", r.cases().size() > 1 ? x.assumptionCase() : "",
                            x.part().label(), x.part().claimedText(),
                            x.computed().map(v -> Layout.number(v, u)).orElse("–"),
                            x.difference().map(d -> Layout.signed(d, u)).orElse(""), token(x.outcome())));
                    first = false;
                    firstOfReading = false;
                }
            }
        }
        sb.append(Layout.table(List.of("claim", "verdict", "reading", "holds", "case", "part", "claimed", "milex",
                "difference", "outcome"), rows, new boolean[] {false, false, false, false, false, false, false, true,
                true, false}));
        sb.append('\n');
        for (ClaimCheck c : checks) {
            sb.append('\n').append(c.claim()).append(": ").append(c.verdict()).append('\n');
            sb.append("  ").append(c.explanation()).append('\n');
            for (ReadingResult r : c.readings()) {
                for (PartResult x : r.results()) {
                    sb.append("  ").append(r.reading().id()).append('/').append(x.part().label())
                            .append(r.cases().size() > 1 ? " [" + x.assumptionCase() + "]" : "").append(": ")
                            .append(x.what()).append('\n');
                }
            }
            sb.append("  sources: ").append(c.claim().urls().isEmpty() ? "none found"
                    : String.join(" ", c.claim().urls())).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
