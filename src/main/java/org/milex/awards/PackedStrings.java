package org.milex.awards;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many short strings (award ids) packed end to end in one array, as {@link String} itself stores them:
 * one byte per character while every character is Latin-1, two bytes per character from the first one that
 * is not. Costs {@code length + 4} bytes per Latin-1 string (the characters and an end offset) instead of
 * about {@code 40 + length} for a {@code String} object and its array. Appending is for builders only; a
 * table holds a {@link #trimmed()} copy and never appends to it.
 */
final class PackedStrings {
    private byte[] latin1;
    private char[] utf16;
    private int[] ends;
    private int size;
    private int length;

    PackedStrings(int capacity) {
        this.latin1 = new byte[Math.max(16, capacity * 12)];
        this.ends = new int[Math.max(4, capacity)];
    }

    private PackedStrings(byte[] latin1, char[] utf16, int[] ends, int size, int length) {
        this.latin1 = latin1;
        this.utf16 = utf16;
        this.ends = ends;
        this.size = size;
        this.length = length;
    }

    int size() {
        return size;
    }

    void add(String s) {
        int n = s.length();
        if (utf16 == null) {
            ensureLatin1(length + n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c > 0xFF) {
                    inflate();
                    break;
                }
                latin1[length + i] = (byte) c;
            }
        }
        if (utf16 != null) {
            if (utf16.length < length + n) {
                utf16 = Arrays.copyOf(utf16, Math.max(length + n, utf16.length * 2));
            }
            s.getChars(0, n, utf16, length);
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        length += n;
        ends[size++] = length;
    }

    /** Adds the string whose characters are the ASCII bytes {@code b[s..e)}. */
    void addAscii(byte[] b, int s, int e) {
        int n = e - s;
        if (utf16 == null) {
            ensureLatin1(length + n);
            System.arraycopy(b, s, latin1, length, n);
        } else {
            if (utf16.length < length + n) {
                utf16 = Arrays.copyOf(utf16, Math.max(length + n, utf16.length * 2));
            }
            for (int k = 0; k < n; k++) {
                utf16[length + k] = (char) b[s + k];
            }
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        length += n;
        ends[size++] = length;
    }

    private void ensureLatin1(int needed) {
        if (latin1.length < needed) {
            latin1 = Arrays.copyOf(latin1, Math.max(needed, latin1.length * 2));
        }
    }

    private void inflate() {
        char[] chars = new char[Math.max(16, latin1.length)];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (latin1[i] & 0xFF);
        }
        utf16 = chars;
        latin1 = null;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    String get(int i) {
        int from = start(i);
        int n = ends[i] - from;
        return utf16 == null
                ? new String(latin1, from, n, StandardCharsets.ISO_8859_1)
                : new String(utf16, from, n);
    }

    boolean equalsAt(int i, String s) {
        int from = start(i);
        int n = ends[i] - from;
        if (n != s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = utf16 == null ? (char) (latin1[from + k] & 0xFF) : utf16[from + k];
            if (c != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether strings {@code i} and {@code j} are equal. */
    boolean equalsAt(int i, int j) {
        int fi = start(i);
        int fj = start(j);
        int n = ends[i] - fi;
        if (n != ends[j] - fj) {
            return false;
        }
        return utf16 == null ? Arrays.equals(latin1, fi, fi + n, latin1, fj, fj + n)
                : Arrays.equals(utf16, fi, fi + n, utf16, fj, fj + n);
    }

    /** The same as {@code get(i).hashCode()}, without making the string. */
    int hashAt(int i) {
        int from = start(i);
        int to = ends[i];
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + (utf16 == null ? (latin1[k] & 0xFF) : utf16[k]);
        }
        return h;
    }

    /** {@link String#hashCode()} of the string whose characters are the ASCII bytes {@code b[s..e)}. */
    static int hashAscii(byte[] b, int s, int e) {
        int h = 0;
        int k = s;
        for (; k + 4 <= e; k += 4) { // 31^4, 31^3, 31^2: four steps of h = 31 * h + c at once
            h = 923521 * h + 29791 * b[k] + 961 * b[k + 1] + 31 * b[k + 2] + b[k + 3];
        }
        for (; k < e; k++) {
            h = 31 * h + b[k];
        }
        return h;
    }

    /** A copy with arrays exactly as long as needed. */
    PackedStrings trimmed() {
        return new PackedStrings(latin1 == null ? null : Arrays.copyOf(latin1, length),
                utf16 == null ? null : Arrays.copyOf(utf16, length), Arrays.copyOf(ends, size), size, length);
    }

    /** The bytes of the arrays' contents (not their headers). */
    long bytes() {
        return (latin1 != null ? latin1.length : 2L * utf16.length) + 4L * ends.length;
    }
}
