package org.milex.awards;

import java.util.Arrays;

/**
 * A column of dictionary codes, 2 bytes a row while every code fits in a {@code char}, widened to 4 bytes a
 * row the first time one does not (a dictionary past 65,535 entries). Grows as a builder adds rows; a table
 * holds a {@link #copy(int)} that nothing changes afterwards.
 */
final class Codes {
    private char[] narrow;
    private int[] wide;
    private int size;

    Codes(int capacity) {
        narrow = new char[capacity];
    }

    private Codes(char[] narrow, int[] wide, int size) {
        this.narrow = narrow;
        this.wide = wide;
        this.size = size;
    }

    void add(int code) {
        if (wide == null) {
            if (code <= Character.MAX_VALUE) {
                if (size == narrow.length) {
                    narrow = Arrays.copyOf(narrow, Math.max(16, size * 2));
                }
                narrow[size++] = (char) code;
                return;
            }
            wide = new int[Math.max(16, narrow.length)];
            for (int i = 0; i < size; i++) {
                wide[i] = narrow[i];
            }
            narrow = null;
        }
        if (size == wide.length) {
            wide = Arrays.copyOf(wide, Math.max(16, size * 2));
        }
        wide[size++] = code;
    }

    int get(int row) {
        return wide == null ? narrow[row] : wide[row];
    }

    /** The first {@code n} codes, in arrays of their own, narrow if these are. */
    Codes copy(int n) {
        return wide == null ? new Codes(Arrays.copyOf(narrow, n), null, n)
                : new Codes(null, Arrays.copyOf(wide, n), n);
    }
}
