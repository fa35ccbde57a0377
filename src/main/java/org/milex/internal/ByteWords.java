package org.milex.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time, for {@link CsvBytes}: a {@code long} read from a {@code byte[]} (little-endian, so byte
 * k of the word is byte {@code p + k} of the array) and masks with the high bit of each byte that is a given
 * byte, a quote, a line break or not ASCII; and the UTF-8 check of a multi-byte character. Not API.
 */
final class ByteWords {
    static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {
    }

    /** Bytes {@code b[p..p+8)} as one word. */
    static long word(byte[] b, int p) {
        return (long) LONGS.get(b, p);
    }

    /** The high bit of each byte of {@code v} that is a quote, a line feed or not ASCII. */
    static long inQuotes(long v) {
        return equal(v, QUOTES) | equal(v, LFS) | (v & HIGHS);
    }

    /** The high bit of each byte of {@code v} that is a quote, a line break or not ASCII. */
    static long others(long v) {
        return equal(v, QUOTES) | equal(v, LFS) | equal(v, CRS) | (v & HIGHS);
    }

    /** The high bit of each byte of {@code v} equal to the byte repeated in {@code pattern}, exactly. */
    static long equal(long v, long pattern) {
        long x = v ^ pattern;
        return ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
    }

    /**
     * The length of the UTF-8 sequence that starts at {@code p} with a byte of 0x80 or more: 2 to 4; 0 if
     * {@code lim} comes before its end (its lead byte being valid); -1 if it is not UTF-8 (a continuation byte
     * or 0xC0, 0xC1, 0xF5–0xFF first, a missing continuation byte, an overlong form, a surrogate or a code point
     * past U+10FFFF).
     */
    static int utf8Length(byte[] b, int p, int lim) {
        int c = b[p] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (p + n > lim) {
            return 0;
        }
        int cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int d = b[p + k] & 0xFF;
            if ((d & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return n;
    }
}
