package org.milex.internal;

import java.util.Arrays;

/**
 * A column of dictionary codes, 2 bytes a row while every code fits in a {@code char}, widened to 4 bytes a
 * row the first time one does not (a dictionary past 65,535 entries). Grows as rows are added; a table holds
 * a {@link #copy(int)} or a {@link #trim()}med column that nothing changes afterwards. Used by award tables and
 * USAspending feeds for names, recipients, categories and day offsets.
 */
public final class Codes {
    private char[] narrow;
    private int[] wide;
    private int size;

    /** An empty column with room for {@code capacity} rows before it grows. */
    public Codes(int capacity) {
        narrow = new char[capacity];
    }

    private Codes(char[] narrow, int[] wide, int size) {
        this.narrow = narrow;
        this.wide = wide;
        this.size = size;
    }

    /** Appends a code (not negative). */
    public void add(int code) {
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

    /** The code of {@code row}. */
    public int get(int row) {
        return wide == null ? narrow[row] : wide[row];
    }

    /** The first {@code n} codes, in arrays of their own, narrow if these are. */
    public Codes copy(int n) {
        return wide == null ? new Codes(Arrays.copyOf(narrow, n), null, n)
                : new Codes(null, Arrays.copyOf(wide, n), n);
    }

    /** The codes as chars (for loops without a branch a row), or {@code null} once they have been widened. */
    public char[] narrow() {
        return narrow;
    }

    /** The codes as ints, or {@code null} while they fit in chars. */
    public int[] wide() {
        return wide;
    }

    /** Drops the room left for rows not added; returns this column. */
    public Codes trim() {
        if (wide == null) {
            narrow = Arrays.copyOf(narrow, size);
        } else {
            wide = Arrays.copyOf(wide, size);
        }
        return this;
    }

    /** The bytes the codes' array takes (headers aside). */
    public long bytesHeld() {
        return wide == null ? 2L * narrow.length : 4L * wide.length;
    }
}
