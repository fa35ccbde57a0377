package org.milex.awards;

import java.math.BigInteger;
import java.util.Currency;
import java.util.SortedMap;
import java.util.function.IntFunction;
import org.milex.model.Money;

/**
 * The sums of one pass over an award table's rows, a slot per group and currency, read back as money. Two
 * forms: the common one, a {@code long} sum and an {@code int} count a slot, as the pass made them (no copy);
 * and the one a pass falls back to when a {@code long} would overflow, three {@code long}s a slot (the sum of
 * the values' low 32 bits, unsigned, the sum of their high 32 bits, signed, and the count), so that
 * {@code total = high × 2^32 + low} is exact for up to 2^31 rows.
 */
final class GroupSums {
    private final long[] sum;       // long form: a sum a slot
    private final int[] count;      // long form: a count a slot
    private final long[] halves;    // split form: low, high, count a slot
    private final int groups;
    private final int nc;
    private final Currency[] currencies;

    private GroupSums(long[] sum, int[] count, long[] halves, int groups, int nc, Currency[] currencies) {
        this.sum = sum;
        this.count = count;
        this.halves = halves;
        this.groups = groups;
        this.nc = nc;
        this.currencies = currencies;
    }

    /** Sums a slot as a {@code long}, counts as an {@code int}; slot = group × currencies + currency. */
    static GroupSums ofLongs(long[] sum, int[] count, int groups, Currency[] currencies) {
        return new GroupSums(sum, count, null, groups, currencies.length, currencies);
    }

    /** Low halves, high halves and counts, three a slot; slot = group × currencies + currency. */
    static GroupSums ofHalves(long[] halves, int groups, Currency[] currencies) {
        return new GroupSums(null, null, halves, groups, currencies.length, currencies);
    }

    /** Adds {@code v} to the split form's slot starting at {@code at}. */
    static void add(long[] halves, int at, long v) {
        halves[at] += v & 0xFFFFFFFFL;
        halves[at + 1] += v >> 32;
        halves[at + 2]++;
    }

    int groups() {
        return groups;
    }

    long count(int group, int currency) {
        int s = group * nc + currency;
        return halves == null ? count[s] : halves[s * 3 + 2];
    }

    long count(int group) {
        long n = 0;
        for (int k = 0; k < nc; k++) {
            n += count(group, k);
        }
        return n;
    }

    Money money(int group, int currency) {
        int s = group * nc + currency;
        if (halves == null) {
            return MinorUnits.money(sum[s], currencies[currency]);
        }
        long low = halves[s * 3];
        long high = halves[s * 3 + 1];
        if (high == (int) high) {
            long h = high << 32;
            long t = h + low;
            if (((h ^ t) & (low ^ t)) >= 0) {
                return MinorUnits.money(t, currencies[currency]);
            }
        }
        return MinorUnits.money(BigInteger.valueOf(high).shiftLeft(32).add(BigInteger.valueOf(low)), currencies[currency]);
    }

    /** The group's total, or {@code null} if it has no awards; throws if it has two currencies. */
    Money money(int group) {
        Money m = null;
        for (int k = 0; k < nc; k++) {
            if (count(group, k) > 0) {
                Money mk = money(group, k);
                m = m == null ? mk : m.plus(mk); // throws MoneyMismatchException naming both currencies
            }
        }
        return m;
    }

    /**
     * The groups' totals by key, visiting the groups in {@code order} (the keys' order; null: 0, 1, …); groups
     * without awards are left out.
     */
    <K extends Comparable<? super K>> SortedMap<K, Money> toMap(IntFunction<K> key, int[] order, IntFunction<K[]> keyArray) {
        int n = order == null ? groups : order.length;
        K[] keys = keyArray.apply(n);
        Money[] values = new Money[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int g = order == null ? i : order[i];
            Money m = money(g);
            if (m != null) {
                keys[size] = key.apply(g);
                values[size++] = m;
            }
        }
        return SortedTotals.of(keys, values, size);
    }
}
