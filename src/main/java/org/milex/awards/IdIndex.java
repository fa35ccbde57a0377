package org.milex.awards;

/**
 * An open-addressing hash index from award id to row over {@link PackedStrings}, with between two and four
 * slots per id. Finds duplicates while a table is built, when each slot holds its id's hash beside the row in
 * one {@code long} (8 bytes a slot), so that a probe costs one memory access and rarely compares characters;
 * and finds ids in a built table (4 bytes a slot, the row only).
 */
final class IdIndex {
    private final PackedStrings ids;
    private final boolean building;
    private int[] slots; // row + 1, 0 for empty; if not building
    private long[] entries; // spread hash << 32 | row + 1, 0 for empty; if building
    private int mask;
    private int count;

    IdIndex(PackedStrings ids, int expected, boolean building) {
        this.ids = ids;
        this.building = building;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        if (building) {
            entries = new long[capacity];
        } else {
            slots = new int[capacity];
        }
        this.mask = capacity - 1;
    }

    /** An index of every id in {@code ids}, which must be distinct. */
    static IdIndex of(PackedStrings ids) {
        IdIndex index = new IdIndex(ids, ids.size(), false);
        for (int row = 0; row < ids.size(); row++) {
            index.insert(DuplicateIds.spread(ids.hashAt(row)), row);
        }
        index.count = ids.size();
        return index;
    }

    /** The row holding {@code id}, or -1. */
    int find(String id) {
        int h = DuplicateIds.spread(id.hashCode());
        int i = h & mask;
        if (!building) {
            while (true) {
                int v = slots[i];
                if (v == 0) {
                    return -1;
                }
                if (ids.equalsAt(v - 1, id)) {
                    return v - 1;
                }
                i = (i + 1) & mask;
            }
        }
        while (true) {
            long v = entries[i];
            if (v == 0) {
                return -1;
            }
            if ((int) (v >>> 32) == h && ids.equalsAt((int) v - 1, id)) {
                return (int) v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Records that {@code id} is at {@code row}, unless it is already somewhere. For an index made while building.
     *
     * @return -1 if recorded, else the row already holding {@code id}
     */
    int putIfAbsent(String id, int row) {
        int existing = find(id);
        if (existing >= 0) {
            return existing;
        }
        record(DuplicateIds.spread(id.hashCode()), row);
        return -1;
    }

    private void record(int h, int row) {
        if ((count + 1) * 2 > entries.length) {
            long[] old = entries;
            entries = new long[old.length * 2];
            mask = entries.length - 1;
            for (long v : old) {
                if (v != 0) {
                    insert((int) (v >>> 32), (int) v - 1);
                }
            }
        }
        insert(h, row);
        count++;
    }

    private void insert(int h, int row) {
        int i = h & mask;
        if (building) {
            while (entries[i] != 0) {
                i = (i + 1) & mask;
            }
            entries[i] = (long) h << 32 | (row + 1);
        } else {
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = row + 1;
        }
    }

}
