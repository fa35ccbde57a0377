package org.milex.usaspending;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.milex.DataFileException;
import org.milex.internal.CsvBytes;

/**
 * Checks that transaction keys are unique while holding only a 64-bit hash of each (12 bytes a row, while the
 * feed is read). Two rows with equal hashes are compared by their keys afterwards, read again from the files:
 * equal keys are an error, a mere hash collision is not.
 */
final class KeyHashes {
    private long[] hashes = new long[1 << 16];
    private int[] rows = new int[1 << 16];
    private int size;
    private final List<int[]> sameHash = new ArrayList<>();

    void add(long hash, int row) {
        if (2 * (size + 1) > hashes.length) {
            rehash();
        }
        long h = hash == 0 ? 1 : hash;
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                sameHash.add(new int[] {rows[i], row});
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        rows[i] = row;
        size++;
    }

    /** Reads the files again for the keys of rows whose hashes agree; throws for the first real duplicate. */
    void checkCollisions(List<Path> files, String[] names, int keyColumn) {
        hashes = null;
        rows = null;
        if (sameHash.isEmpty()) {
            return;
        }
        Map<Integer, String[]> wanted = new HashMap<>(); // row -> {key, file, line}
        for (int[] pair : sameHash) {
            wanted.put(pair[0], null);
            wanted.put(pair[1], null);
        }
        int row = 0;
        for (int f = 0; f < files.size(); f++) {
            try (CsvBytes csv = CsvBytes.open(files.get(f), names[f], ',')) {
                csv.next(); // the header
                while (csv.next()) {
                    if (wanted.containsKey(row)) {
                        wanted.put(row, new String[] {csv.string(keyColumn), names[f], Long.toString(csv.line())});
                    }
                    row++;
                }
            }
        }
        sameHash.sort((a, b) -> Integer.compare(a[1], b[1]));
        for (int[] pair : sameHash) {
            String[] first = wanted.get(pair[0]);
            String[] second = wanted.get(pair[1]);
            if (first[0].equals(second[0])) {
                throw new DataFileException(second[1], Long.parseLong(second[2]), keyColumn + 1,
                        TransactionReader.TX_KEY, CsvBytes.shown(second[0]),
                        "duplicate transaction key, first at " + first[1] + ":" + first[2]);
            }
        }
    }

    private void rehash() {
        long[] oldH = hashes;
        int[] oldR = rows;
        hashes = new long[oldH.length * 2];
        rows = new int[oldH.length * 2];
        int mask = hashes.length - 1;
        for (int k = 0; k < oldH.length; k++) {
            long h = oldH[k];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                rows[i] = oldR[k];
            }
        }
    }

}
