package org.milex.usaspending;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.milex.awards.AwardTable;

/** Transactions rolled up by award key. */
final class AwardRollup {
    private AwardRollup() {
    }

    /**
     * One row per award: id = award key, date = first action date, buyer = the first action's component,
     * supplier = its recipient, value = Σ obligations, category = the first action's {@link PscCategory}.
     *
     * @throws ArithmeticException if an award's obligations sum beyond ±92 quadrillion dollars
     */
    static AwardTable of(Columns c) {
        int awards = c.awardKeys.size();
        int[] first = new int[awards];
        java.util.Arrays.fill(first, -1);
        long[] sum = new long[awards];
        for (int i = 0; i < c.size; i++) {
            int a = c.award[i];
            sum[a] = Math.addExact(sum[a], c.cents[i]);
            if (first[a] < 0 || c.day(i) < c.day(first[a])) {
                first[a] = i;
            }
        }
        AwardTable.Builder b = AwardTable.builder();
        for (int a = 0; a < awards; a++) {
            int r = first[a];
            b.add(c.awardKeys.get(a), LocalDate.ofEpochDay(c.day(r)), c.componentNames[c.component.get(r)],
                    c.names.get(c.recipients.part(c.recipient.get(r), 0)), Columns.usd(sum[a]), c.category(r).name());
        }
        return b.build();
    }

    /** The summary of award {@code a} from its rows (in feed order). */
    static AwardSummary summary(Columns c, int a, List<Integer> rows) {
        int first = rows.get(0);
        int lastDay = c.day(first);
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (int r : rows) {
            if (c.day(r) < c.day(first)) {
                first = r;
            }
            lastDay = Math.max(lastDay, c.day(r));
            total = total.add(java.math.BigInteger.valueOf(c.cents[r]));
        }
        int rc = c.recipient.get(first);
        int p = c.recipients.part(rc, 2);
        return new AwardSummary(c.awardKeys.get(a), c.piid(a), c.componentNames[c.component.get(first)],
                c.names.get(c.recipients.part(rc, 0)),
                c.parents.byteLength(p) == 0 ? Optional.empty() : Optional.of(c.parents.get(p)), c.category(first),
                LocalDate.ofEpochDay(c.day(first)), LocalDate.ofEpochDay(lastDay), rows.size(),
                Columns.usd(new java.math.BigDecimal(total, 2)));
    }
}
