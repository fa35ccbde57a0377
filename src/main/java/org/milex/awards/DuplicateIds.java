package org.milex.awards;

import java.util.Arrays;

/**
 * Finds a repeated award id after the rows are read rather than while: each row's id hash is kept in order
 * (4 bytes a row while reading), and {@link #first(PackedStrings, int)} then sorts the rows into buckets by the
 * top bits of their hashes and looks for equal ids within each bucket in a table small enough for the
 * processor's cache. A hash table over all ids probed once per row costs a cache miss a row; this costs a few
 * sequential passes. Equal hashes are compared by their ids, so a hash collision is never taken for a duplicate.
 */
final class DuplicateIds {
    private int[] hashes = new int[1024];
    private int size;

    /** Records the id hash ({@link String#hashCode()}) of the next row. */
    void add(int stringHash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = spread(stringHash);
    }

    /**
     * The first row (in order) whose id an earlier row has, among the first {@code n} rows.
     *
     * @return {@code (long) row << 32 | firstRow}, or -1 if the ids are distinct
     */
    long first(PackedStrings ids, int n) {
        if (n < 2) {
            return -1;
        }
        int bits = Math.max(0, 31 - Integer.numberOfLeadingZeros(n) - 8); // buckets of about 256 to 512 rows
        int buckets = 1 << bits;
        int[] start = new int[buckets + 1];
        for (int r = 0; r < n; r++) {
            start[bucket(hashes[r], bits) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[n];
        int[] at = Arrays.copyOf(start, buckets);
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, start[b + 1] - start[b]);
        }
        for (int r = 0; r < n; r++) { // rows stay in increasing order within a bucket
            order[at[bucket(hashes[r], bits)]++] = r;
        }
        int[] slots = new int[Integer.highestOneBit(Math.max(2, largest) * 2 - 1) << 1];
        int best = Integer.MAX_VALUE;
        int bestFirst = -1;
        for (int b = 0; b < buckets; b++) {
            int from = start[b];
            int to = start[b + 1];
            int mask = (Integer.highestOneBit(Math.max(2, to - from) * 2 - 1) << 1) - 1;
            Arrays.fill(slots, 0, mask + 1, 0);
            for (int k = from; k < to; k++) {
                int r = order[k];
                int h = hashes[r];
                int i = h & mask;
                while (true) {
                    int v = slots[i];
                    if (v == 0) {
                        slots[i] = r + 1;
                        break;
                    }
                    if (hashes[v - 1] == h && ids.equalsAt(v - 1, r)) {
                        if (r < best) { // v - 1 is the id's first row: a later equal row is never inserted
                            best = r;
                            bestFirst = v - 1;
                        }
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : (long) best << 32 | bestFirst;
    }

    private static int bucket(int h, int bits) {
        return bits == 0 ? 0 : h >>> (32 - bits);
    }

    /** MurmurHash3's 32-bit finaliser: String hashes of similar ids differ in few, low bits. */
    static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
