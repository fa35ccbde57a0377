package org.milex.awards;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Totals handed to users as a {@link SortedMap}, built from groups visited in key order: the tree is made in
 * linear time ({@link TreeMap#TreeMap(SortedMap)}) rather than by a search a group. With thousands of groups
 * (buyers × years) that search was about as costly as summing a million awards.
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
        Arrays.sort(boxed, Comparator.comparing(i -> names[i]));
        int[] out = new int[names.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    /**
     * An unmodifiable sorted map of these entries, built in linear time.
     *
     * @throws IllegalStateException if the keys are not strictly ascending (checked, one comparison an entry):
     *     a caller visited its groups out of order
     */
    static <K extends Comparable<? super K>, V> SortedMap<K, V> of(List<Map.Entry<K, V>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).getKey().compareTo(entries.get(i).getKey()) >= 0) {
                throw new IllegalStateException("totals out of key order: " + entries.get(i - 1).getKey()
                        + " before " + entries.get(i).getKey());
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(new Ascending<>(entries)));
    }

    /** Entries already in ascending key order, seen as a sorted map only to hand them to TreeMap's constructor. */
    private static final class Ascending<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
        private final List<Map.Entry<K, V>> entries;

        Ascending(List<Map.Entry<K, V>> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public Comparator<? super K> comparator() {
            return null;       // natural order
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public K firstKey() {
            return entries.get(0).getKey();
        }

        @Override
        public K lastKey() {
            return entries.get(entries.size() - 1).getKey();
        }
    }
}
