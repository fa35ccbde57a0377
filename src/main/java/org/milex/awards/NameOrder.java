package org.milex.awards;

/**
 * A dictionary's names and, made on first use, its codes in the order of the names: grouped totals are handed
 * out in name order, and a table and its views share one order instead of sorting the names on every call.
 */
final class NameOrder {
    private final String[] names;
    private volatile int[] order;

    NameOrder(String[] names) {
        this.names = names;
    }

    /** The codes in the order of their names ({@link SortedTotals#order}); the caller must not change it. */
    int[] get() {
        int[] o = order;
        if (o == null) {
            o = SortedTotals.order(names);
            order = o;
        }
        return o;
    }
}
