package org.milex.usaspending;

import java.util.Arrays;

/**
 * A column of dictionary codes, 2 bytes a row while every code fits in a {@code char}, widened to 4 bytes a
 * row the first time one does not.
 */
final class Codes {
    private char[] narrow;
    private int[] wide;
    private int size;

    Codes(int capacity) {
        narrow = new char[capacity];
    }

    void add(int code) {
        if (wide == null) {
            if (size == narrow.length) {
                narrow = Arrays.copyOf(narrow, Math.max(16, size * 2));
            }
            if (code <= Character.MAX_VALUE) {
                narrow[size++] = (char) code;
                return;
            }
            wide = new int[narrow.length];
            for (int i = 0; i < size; i++) {
                wide[i] = narrow[i];
            }
            narrow = null;
        }
        if (size == wide.length) {
            wide = Arrays.copyOf(wide, size * 2);
        }
        wide[size++] = code;
    }

    int get(int row) {
        return wide == null ? narrow[row] : wide[row];
    }

    /** The codes as chars, or {@code null} if they have been widened. */
    char[] narrow() {
        return narrow;
    }

    /** The codes as ints, or {@code null} while they fit in chars. */
    int[] wide() {
        return wide;
    }

    Codes trim() {
        if (wide == null) {
            narrow = Arrays.copyOf(narrow, size);
        } else {
            wide = Arrays.copyOf(wide, size);
        }
        return this;
    }

    long bytesHeld() {
        return wide == null ? 2L * narrow.length : 4L * wide.length;
    }
}
