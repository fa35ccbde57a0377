package org.milex.awards;

/**
 * An open-addressing hash index from award id to row over {@link PackedStrings}, with between two and four
 * slots per id. Finds duplicates while a table is built, when each slot also keeps its id's hash so that a
 * probe rarely compares characters (8 bytes a slot); and ids in a built table (4 bytes a slot).
 */
final class IdIndex {
    private final PackedStrings ids;
    private final boolean keepHashes;
    private int[] slots; // row + 1, 0 for empty
    private int[] hashes; // each slot's id's spread hash, if keepHashes
    private int mask;
    private int count;

    IdIndex(PackedStrings ids, int expected, boolean keepHashes) {
        this.ids = ids;
        this.keepHashes = keepHashes;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = keepHashes ? new int[capacity] : null;
        this.mask = capacity - 1;
    }

    /** An index of every id in {@code ids}, which must be distinct. */
    static IdIndex of(PackedStrings ids) {
        IdIndex index = new IdIndex(ids, ids.size(), false);
        for (int row = 0; row < ids.size(); row++) {
            index.insert(ids.hashAt(row), row);
        }
        index.count = ids.size();
        return index;
    }

    /** The row holding {@code id}, or -1. */
    int find(String id) {
        int h = spread(id.hashCode());
        int i = h & mask;
        while (true) {
            int v = slots[i];
            if (v == 0) {
                return -1;
            }
            if ((!keepHashes || hashes[i] == h) && ids.equalsAt(v - 1, id)) {
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Records that {@code id} is at {@code row}, unless it is already somewhere.
     *
     * @return -1 if recorded, else the row already holding {@code id}
     */
    int putIfAbsent(String id, int row) {
        int existing = find(id);
        if (existing >= 0) {
            return existing;
        }
        if ((count + 1) * 2 > slots.length) {
            slots = new int[slots.length * 2];
            hashes = keepHashes ? new int[slots.length] : null;
            mask = slots.length - 1;
            for (int r = 0; r < row; r++) {
                insert(ids.hashAt(r), r);
            }
        }
        insert(id.hashCode(), row);
        count++;
        return -1;
    }

    private void insert(int hash, int row) {
        int h = spread(hash);
        int i = h & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = row + 1;
        if (keepHashes) {
            hashes[i] = h;
        }
    }

    /** MurmurHash3's 32-bit finaliser: String hashes of similar ids differ in few, low bits. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
