package org.milex.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct strings, each with a dense code (0, 1, 2, … in order of first appearance), looked up by their UTF-8
 * bytes so that a CSV field already seen costs no {@code String}. The strings are kept as packed UTF-8 bytes
 * (about their length plus 4 bytes each); {@link #get(int)} makes a {@code String} on request, or, if the
 * dictionary was made {@linkplain #BytesDictionary(boolean) caching}, returns the one made when it was added.
 * Not API: the large-feed readers use it.
 *
 * <p>Not thread-safe while adding; after {@link #trim()}, lookups and reads are safe from many threads.
 */
public final class BytesDictionary {
    private byte[] arena = new byte[1 << 12];
    private int used;
    /** {@code offsets[k]} is where string k starts; {@code offsets[size]} is {@code used}. */
    private int[] offsets = new int[1 << 8];
    private final String[] noStrings = new String[0];
    private String[] strings;
    private int size;
    /** Open addressing: code + 1, or 0 for an empty slot; {@code null} until needed after {@link #trim()}. */
    private volatile int[] table = new int[1 << 8];
    /**
     * Until {@link #trim()}, each slot's {@linkplain #tag tag}: a string of up to 7 bytes is found from its tag
     * alone, a longer one compared only where tags agree. {@code null} after trimming (lookups then compare).
     */
    private long[] tags = new long[1 << 8];

    /**
     * An empty dictionary.
     *
     * @param caching whether to keep each string as a {@code String} too (for small dictionaries that are read
     *     often, such as names; not for millions of ids)
     */
    public BytesDictionary(boolean caching) {
        this.strings = caching ? new String[1 << 8] : noStrings;
    }

    /** The number of distinct strings. */
    public int size() {
        return size;
    }

    /** The code of the text in field {@code f} of {@code csv}'s current record, or -1 if it is not here. */
    public int find(CsvBytes csv, int f) {
        if (csv.escaped(f)) {
            byte[] t = csv.string(f).getBytes(StandardCharsets.UTF_8);
            return find(t, 0, t.length);
        }
        return find(csv.buffer(), csv.start(f), csv.end(f));
    }

    /** Adds {@code text} (not here yet; see {@link #find}) and returns its code. */
    public int add(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        int[] tab = table();
        if (2 * (size + 1) > tab.length) {
            tab = rehash(tab.length * 2);
        }
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            if (strings != noStrings) {
                strings = Arrays.copyOf(strings, offsets.length);
            }
        }
        if (used + t.length > arena.length) {
            long n = Math.max((long) arena.length * 2, (long) used + t.length);
            if (n > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GiB of distinct strings in one column");
            }
            arena = Arrays.copyOf(arena, (int) n);
        }
        System.arraycopy(t, 0, arena, used, t.length);
        int code = size;
        offsets[code] = used;
        used += t.length;
        offsets[code + 1] = used;
        if (strings != noStrings) {
            strings[code] = text;
        }
        size++;
        place(tab, tags, code, t, 0, t.length);
        return code;
    }

    /** The code of {@code text}, or -1. */
    public int find(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        return find(t, 0, t.length);
    }

    /** The code of the UTF-8 bytes {@code b[s..e)}, or -1. */
    public int find(byte[] b, int s, int e) {
        int[] tab = table();
        long[] tg = tags;
        int mask = tab.length - 1;
        int len = e - s;
        if (tg != null) {
            long tag = tag(b, s, e);
            int i = slot(tag) & mask;
            while (true) {
                int k = tab[i] - 1;
                if (k < 0) {
                    return -1;
                }
                if (tg[i] == tag) {
                    if (len < 8) {
                        return k; // the tag is the bytes and the length
                    }
                    int o = offsets[k];
                    if (offsets[k + 1] - o == len && equal(arena, o, b, s, len)) {
                        return k;
                    }
                }
                i = (i + 1) & mask;
            }
        }
        int i = slot(tag(b, s, e)) & mask;
        while (true) {
            int k = tab[i] - 1;
            if (k < 0) {
                return -1;
            }
            int o = offsets[k];
            if (offsets[k + 1] - o == len && equal(arena, o, b, s, len)) {
                return k;
            }
            i = (i + 1) & mask;
        }
    }

    /** The string with a code. */
    public String get(int code) {
        if (strings != noStrings) {
            return strings[code];
        }
        int o = offsets[code];
        return new String(arena, o, offsets[code + 1] - o, StandardCharsets.UTF_8);
    }

    /** Whether string {@code code} holds the bytes {@code b[s..e)} from byte {@code from} on. */
    public boolean regionEquals(int code, int from, byte[] b, int s, int e) {
        int o = offsets[code] + from;
        return o + (e - s) <= offsets[code + 1] && Arrays.equals(arena, o, o + (e - s), b, s, e);
    }

    /** Byte {@code at} of string {@code code}, or -1 past its end. */
    public int byteAt(int code, int at) {
        int o = offsets[code] + at;
        return o < offsets[code + 1] ? arena[o] : -1;
    }

    /** The length in bytes of string {@code code}. */
    public int byteLength(int code) {
        return offsets[code + 1] - offsets[code];
    }

    /** All strings, in code order. */
    public String[] values() {
        String[] out = new String[size];
        for (int k = 0; k < size; k++) {
            out[k] = get(k);
        }
        return out;
    }

    /**
     * Frees what only adding needs: the arrays are cut to size and the hash table is dropped (the next
     * {@link #find} builds it again).
     */
    public BytesDictionary trim() {
        arena = Arrays.copyOf(arena, used);
        offsets = Arrays.copyOf(offsets, size + 1);
        if (strings != noStrings) {
            strings = Arrays.copyOf(strings, size);
        }
        table = null;
        tags = null;
        return this;
    }

    /** Bytes held: the packed strings, their offsets and, if present, the hash table. */
    public long bytesHeld() {
        int[] t = table;
        long[] tg = tags;
        return arena.length + 4L * offsets.length + (t == null ? 0 : 4L * t.length) + (tg == null ? 0 : 8L * tg.length);
    }

    private int[] table() {
        int[] t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = rehash(Math.max(16, Integer.highestOneBit(Math.max(1, size)) * 4));
                }
            }
        }
        return t;
    }

    private int[] rehash(int capacity) {
        int[] t = new int[capacity];
        long[] tg = tags == null ? null : new long[capacity];
        for (int k = 0; k < size; k++) {
            place(t, tg, k, arena, offsets[k], offsets[k + 1]);
        }
        tags = tg;
        table = t;
        return t;
    }

    /** Puts code {@code k}, whose bytes are {@code b[s..e)}, into the first free slot of its probe sequence. */
    private static void place(int[] tab, long[] tg, int k, byte[] b, int s, int e) {
        int mask = tab.length - 1;
        long tag = tag(b, s, e);
        int i = slot(tag) & mask;
        while (tab[i] != 0) {
            i = (i + 1) & mask;
        }
        tab[i] = k + 1;
        if (tg != null) {
            tg[i] = tag;
        }
    }

    /**
     * A string's tag: for up to 7 bytes, the bytes themselves (little-endian) with the length in the top byte, so
     * that equal tags mean equal strings; for longer ones, a 64-bit hash with the top bit set (never the tag of
     * a short string).
     */
    private static long tag(byte[] b, int s, int e) {
        int len = e - s;
        if (len >= 8) {
            return hash64(b, s, e) | Long.MIN_VALUE;
        }
        long w;
        if (len > 0 && s + 8 <= b.length) {
            w = (long) LONGS.get(b, s) & (-1L >>> (64 - 8 * len));
        } else {
            w = 0;
            for (int i = s, k = 0; i < e; i++, k += 8) {
                w |= (b[i] & 0xFFL) << k;
            }
        }
        return w | (long) len << 56;
    }

    /** The first slot for a tag (before masking). */
    private static int slot(long tag) {
        long h = tag * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 32));
    }

    /** Whether {@code a[ao..ao+len)} and {@code b[bo..bo+len)} hold the same bytes; for short strings. */
    private static boolean equal(byte[] a, int ao, byte[] b, int bo, int len) {
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if ((long) LONGS.get(a, ao + i) != (long) LONGS.get(b, bo + i)) {
                return false;
            }
        }
        for (; i < len; i++) {
            if (a[ao + i] != b[bo + i]) {
                return false;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** A 64-bit hash of the bytes {@code b[s..e)}, read eight at a time. */
    public static long hash64(byte[] b, int s, int e) {
        long h = 0x9E3779B97F4A7C15L ^ (e - s);
        int i = s;
        for (; i + 8 <= e; i += 8) {
            h = Long.rotateLeft(h ^ ((long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        if (i < e && i + 8 <= b.length) { // the same value as byte by byte, from one read
            tail = (long) LONGS.get(b, i) & (-1L >>> (64 - 8 * (e - i)));
        } else {
            for (int k = 0; i < e; i++, k += 8) {
                tail |= (b[i] & 0xFFL) << k;
            }
        }
        h = Long.rotateLeft(h ^ (tail * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
