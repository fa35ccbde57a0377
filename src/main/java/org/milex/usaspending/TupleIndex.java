package org.milex.usaspending;

import java.util.Arrays;

/** Dense codes for distinct tuples of four ints (say the codes of a recipient's name, UEI, parent and country). */
final class TupleIndex {
    private int[] parts = new int[4 * 256];
    private int size;
    private int[] table = new int[512];

    int code(int a, int b, int c, int d) {
        int mask = table.length - 1;
        int i = hash(a, b, c, d) & mask;
        while (true) {
            int k = table[i] - 1;
            if (k < 0) {
                break;
            }
            int o = 4 * k;
            if (parts[o] == a && parts[o + 1] == b && parts[o + 2] == c && parts[o + 3] == d) {
                return k;
            }
            i = (i + 1) & mask;
        }
        if (4 * (size + 1) > parts.length) {
            parts = Arrays.copyOf(parts, parts.length * 2);
        }
        int k = size++;
        parts[4 * k] = a;
        parts[4 * k + 1] = b;
        parts[4 * k + 2] = c;
        parts[4 * k + 3] = d;
        table[i] = k + 1;
        if (2 * size > table.length) {
            rehash();
        }
        return k;
    }

    int size() {
        return size;
    }

    int part(int code, int which) {
        return parts[4 * code + which];
    }

    TupleIndex trim() {
        parts = Arrays.copyOf(parts, 4 * size);
        return this;
    }

    long bytesHeld() {
        return 4L * parts.length + 4L * table.length;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int k = 0; k < size; k++) {
            int i = hash(parts[4 * k], parts[4 * k + 1], parts[4 * k + 2], parts[4 * k + 3]) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = k + 1;
        }
        table = t;
    }

    private static int hash(int a, int b, int c, int d) {
        int h = ((a * 31 + b) * 31 + c) * 31 + d;
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
