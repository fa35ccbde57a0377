package org.milex.awards;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * Totals handed to users as an unmodifiable {@link SortedMap} over two arrays, keys in ascending order and
 * their values: built in one pass from groups visited in key order, looked up by binary search. With thousands
 * of groups (buyers × years) a tree built a group at a time cost about as much as summing a million awards, and
 * even a tree built in linear time spent a third of a million-award total on its nodes.
 *
 * <p>It behaves as {@code Collections.unmodifiableSortedMap} of a {@code TreeMap} with the same entries: natural
 * order, {@code get(null)} throws {@link NullPointerException}, a key of another type
 * {@link ClassCastException}; {@code subMap}, {@code headMap} and {@code tailMap} are views of the same arrays
 * ({@code SortedTotalsTest} checks these against {@code TreeMap}). One difference: a view's own
 * {@code subMap}, {@code headMap} or {@code tailMap} reaching beyond its range gives the part within it, where
 * {@code TreeMap}'s views throw {@link IllegalArgumentException}.
 */
final class SortedTotals {
    private SortedTotals() {
    }

    /** The indices of {@code names} in the names' natural order. */
    static int[] order(String[] names) {
        Integer[] boxed = new Integer[names.length];
        for (int i = 0; i < names.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> names[a].compareTo(names[b]));
        int[] out = new int[names.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    /**
     * An unmodifiable sorted map of the first {@code size} keys and values; the arrays are the map's own from
     * now on (the caller keeps no reference to change them).
     *
     * @throws IllegalStateException if the keys are not strictly ascending (checked, one comparison an entry):
     *     a caller visited its groups out of order
     */
    static <K extends Comparable<? super K>, V> SortedMap<K, V> of(K[] keys, V[] values, int size) {
        for (int i = 1; i < size; i++) {
            if (keys[i - 1].compareTo(keys[i]) >= 0) {
                throw new IllegalStateException("totals out of key order: " + keys[i - 1] + " before " + keys[i]);
            }
        }
        return new Ascending<>(keys, values, 0, size);
    }

    /** Keys {@code from} (included) to {@code to} (excluded) of ascending arrays, and their values. */
    private static final class Ascending<K extends Comparable<? super K>, V> extends AbstractMap<K, V>
            implements SortedMap<K, V> {
        private final K[] keys;
        private final V[] values;
        private final int from;
        private final int to;

        Ascending(K[] keys, V[] values, int from, int to) {
            this.keys = keys;
            this.values = values;
            this.from = from;
            this.to = to;
        }

        /** The index of {@code key} in [from, to), or {@code -(insertion point) - 1}. */
        @SuppressWarnings("unchecked")
        private int indexOf(Object key) {
            Comparable<? super K> k = (Comparable<? super K>) key;   // as TreeMap: null and other types throw
            int lo = from;
            int hi = to - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = k.compareTo(keys[mid]);
                if (c > 0) {
                    lo = mid + 1;
                } else if (c < 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(lo + 1);
        }

        /** The first index in [from, to] whose key is at least {@code key}. */
        private int ceiling(K key) {
            int i = indexOf(key);
            return i >= 0 ? i : -(i + 1);
        }

        @Override
        public V get(Object key) {
            int i = indexOf(key);
            return i >= 0 ? values[i] : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private int next = from;

                        @Override
                        public boolean hasNext() {
                            return next < to;
                        }

                        @Override
                        public Map.Entry<K, V> next() {
                            if (next >= to) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return Map.entry(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return to - from;
                }
            };
        }

        @Override
        public Comparator<? super K> comparator() {
            return null;       // natural order
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            if (fromKey.compareTo(toKey) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            return new Ascending<>(keys, values, ceiling(fromKey), ceiling(toKey));
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return new Ascending<>(keys, values, from, ceiling(toKey));
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return new Ascending<>(keys, values, ceiling(fromKey), to);
        }

        @Override
        public K firstKey() {
            if (from == to) {
                throw new NoSuchElementException();
            }
            return keys[from];
        }

        @Override
        public K lastKey() {
            if (from == to) {
                throw new NoSuchElementException();
            }
            return keys[to - 1];
        }
    }
}
