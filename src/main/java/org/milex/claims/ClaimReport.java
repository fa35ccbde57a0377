package org.milex.claims;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Claims checked together: an immutable list of {@link ClaimCheck}s in the order of {@code data/claims.csv},
 * which prints as an aligned report, one line per decisive figure, followed by each check's explanation.
 *
 * <pre>{@code
 * ClaimReport r = Claims.check();
 * r.size();                                          // 11
 * r.find("poland-share-2024").map(ClaimCheck::verdict);   // Optional[SUPPORTED]
 * r.count(Verdict.CANNOT_CONFIRM);                   // 2
 * r;            // 11 claims checked: 4 SUPPORTED, 3 SUPPORTED_WITH_CAVEAT, …
 *               // claim                verdict    claimed          milex  difference  relative  milex's figure
 *               // allies-at-2pct-2024  SUPPORTED  2024: 23 allies     23           0     0.00%  allies at or above …
 *               // ...
 * r.toTable();  // one row per comparison, typed columns
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

    /**
     * The report as a Tablesaw table, one row per comparison (a check without comparisons gives one row per
     * claimed figure, without milex's figure). Columns: {@code claim_id}, {@code verdict}, {@code label},
     * {@code claimed} (as stated, e.g. "over USD 430 bn"), {@code claimed_value}, {@code unit},
     * {@code computed}, {@code difference}, {@code relative_difference_pct}, {@code agrees}, {@code decisive},
     * {@code what}, {@code source}; a missing number is Tablesaw's missing double. A new table on each call.
     */
    public Table toTable() {
        org.milex.internal.QuietLogging.beforeTablesaw();
        StringColumn id = StringColumn.create("claim_id");
        StringColumn verdict = StringColumn.create("verdict");
        StringColumn label = StringColumn.create("label");
        StringColumn claimed = StringColumn.create("claimed");
        DoubleColumn claimedValue = DoubleColumn.create("claimed_value");
        StringColumn unit = StringColumn.create("unit");
        DoubleColumn computed = DoubleColumn.create("computed");
        DoubleColumn difference = DoubleColumn.create("difference");
        DoubleColumn relative = DoubleColumn.create("relative_difference_pct");
        BooleanColumn agrees = BooleanColumn.create("agrees");
        BooleanColumn decisive = BooleanColumn.create("decisive");
        StringColumn what = StringColumn.create("what");
        StringColumn source = StringColumn.create("source");
        for (ClaimCheck c : checks) {
            if (c.comparisons().isEmpty()) {
                for (ClaimedFigure f : c.claim().figures()) {
                    id.append(c.claim().id());
                    verdict.append(c.verdict().name());
                    label.append(f.label());
                    claimed.append(f.amount());
                    claimedValue.append(f.value().doubleValue());
                    unit.append(f.unit().token());
                    computed.appendMissing();
                    difference.appendMissing();
                    relative.appendMissing();
                    agrees.appendMissing();
                    decisive.appendMissing();
                    what.append("");
                    source.append("");
                }
            }
            for (Comparison x : c.comparisons()) {
                id.append(c.claim().id());
                verdict.append(c.verdict().name());
                label.append(x.claimed().label());
                claimed.append(x.claimed().amount());
                claimedValue.append(x.claimed().value().doubleValue());
                unit.append(x.claimed().unit().token());
                computed.append(x.computed().doubleValue());
                difference.append(x.difference().doubleValue());
                if (x.relativeDifference().isPresent()) {
                    relative.append(x.relativeDifference().get().doubleValue());
                } else {
                    relative.appendMissing();
                }
                agrees.append(x.agrees());
                decisive.append(x.decisive());
                what.append(x.what());
                source.append(x.source());
            }
        }
        return Table.create("claims checked", id, verdict, label, claimed, claimedValue, unit, computed, difference,
                relative, agrees, decisive, what, source);
    }

    /**
     * A count of verdicts, an aligned table with one line per decisive figure (claim, verdict, claimed,
     * milex, difference, relative, what milex's figure is; a check with none shows its claimed figures and no
     * milex figure), then each
     * check's explanation under its id.
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
            List<Comparison> d = c.decisive();
            boolean first = true;
            if (d.isEmpty()) {
                for (ClaimedFigure f : c.claim().figures()) {
                    rows.add(List.of(first ? c.claim().id() : "", first ? c.verdict().name() : "", f.toString(),
                            "", "", "", ""));
                    first = false;
                }
            }
            for (Comparison x : d) {
                rows.add(List.of(first ? c.claim().id() : "", first ? c.verdict().name() : "", x.claimed().toString(),
                        Layout.number(x.computed(), x.claimed()), Layout.signed(x.difference(), x.claimed()),
                        x.relativeDifference().map(Layout::percent).orElse(""), x.what()));
                first = false;
            }
        }
        sb.append(Layout.table(List.of("claim", "verdict", "claimed", "milex", "difference", "relative", "milex's figure"),
                rows, new boolean[] {false, false, false, true, true, true, false}));
        sb.append('\n');
        sb.append(checks.stream().map(c -> "\n" + c.claim().id() + ": " + c.explanation())
                .collect(Collectors.joining()));
        return sb.toString();
    }
}
