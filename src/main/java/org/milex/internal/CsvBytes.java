package org.milex.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.milex.DataFileException;

/**
 * A strict, streaming CSV tokenizer that works on the file's bytes: each record's fields are offsets into a
 * buffer, so that a reader makes a {@code String} only for the values it keeps (and a dictionary can avoid even
 * that). Not API: the large-feed readers ({@code org.milex.awards}, {@code org.milex.usaspending}) use it.
 *
 * <p>The grammar (RFC 4180 with milex's rules): fields separated by one byte; a record ends at {@code \n} or
 * {@code \r\n}; a field that starts with {@code "} is quoted and may hold separators, line breaks and doubled
 * quotes; a quote anywhere else, text after a closing quote, a bare {@code \r} or an unterminated quote (reported
 * at the line where it opened) is an error. A UTF-8 byte-order mark at the start is skipped; invalid UTF-8
 * anywhere, skipped columns included, is an error naming its line. Records longer than 64 MiB are refused.
 *
 * <p>Not thread-safe. The offsets of a record are valid until the next call to {@link #next()}.
 */
public final class CsvBytes implements Closeable {
    private static final int MAX_RECORD = 64 << 20;

    private final String file;
    private final InputStream in;
    private final byte separator;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean atStart = true;
    private long line = 1;
    private long recordLine;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** Bit k set: field k was quoted and holds a doubled quote, so it must be unescaped. */
    private boolean[] escaped = new boolean[64];
    private boolean[] ascii = new boolean[64];
    private int fields;
    /** {@code keptNext[f]}: the first field at or after f whose offsets are needed; {@code null}: all fields. */
    private int[] keptNext;

    private CsvBytes(String file, InputStream in, byte separator, int bufferSize) {
        this.file = file;
        this.in = in;
        this.separator = separator;
        this.buf = new byte[bufferSize];
    }

    /**
     * Opens a file for reading.
     *
     * @param name the file's name for messages, as the user gave it
     * @throws UncheckedIOException if it cannot be opened
     */
    public static CsvBytes open(Path path, String name, char separator) {
        if (separator > 127 || separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("not a usable separator: '" + separator + "'");
        }
        try {
            return new CsvBytes(name, Files.newInputStream(path), (byte) separator, 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream (a resource, say); closing this closes it. */
    public static CsvBytes of(InputStream in, String name, char separator) {
        return new CsvBytes(name, in, (byte) separator, 1 << 20);
    }

    /** A reader whose buffer starts at {@code bufferSize} bytes (grown for a longer record): for tests. */
    static CsvBytes of(InputStream in, String name, char separator, int bufferSize) {
        return new CsvBytes(name, in, (byte) separator, bufferSize);
    }

    /** The file's name, as given. */
    public String file() {
        return file;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the file
     * @throws DataFileException for malformed CSV or invalid UTF-8
     * @throws UncheckedIOException if reading fails
     */
    public boolean next() {
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    return false;
                }
            }
            if (atStart) {
                atStart = false;
                if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
                        && (buf[pos + 2] & 0xFF) == 0xBF) {
                    pos += 3; // a byte-order mark
                    continue;
                }
            }
            long startLine = line;
            int r = parse();
            if (r >= 0) {
                recordLine = startLine;
                pos = r;
                return true;
            }
            line = startLine; // incomplete: more bytes needed, parse the record again
            if (eof) {
                throw new IllegalStateException("unreachable: parse needs more at the end of the file");
            }
            if (!fill()) {
                eof = true;
            }
        }
    }

    /**
     * Records from the next one on, only the fields {@code kept} (0-based, not negative) and those past the last of
     * them need offsets: the others are still counted and checked, but their {@link #start}, {@link #end},
     * {@link #escaped}, {@link #isAscii} and {@link #string} are undefined. Skipping a run of short fields this way
     * costs a few operations per eight bytes.
     */
    public void keepOnly(int... kept) {
        int[] sorted = kept.clone();
        Arrays.sort(sorted);
        int[] next = new int[sorted.length == 0 ? 0 : sorted[sorted.length - 1] + 1];
        int k = sorted.length - 1;
        for (int f = next.length - 1; f >= 0; f--) {
            while (k > 0 && sorted[k - 1] >= f) {
                k--;
            }
            next[f] = sorted[k];
        }
        keptNext = next;
    }

    private int nextKept(int f) {
        int[] next = keptNext;
        return next == null || f >= next.length ? f : next[f];
    }

    /** The line where the current record starts (1-based). */
    public long line() {
        return recordLine;
    }

    /** The number of fields of the current record. */
    public int fields() {
        return fields;
    }

    /** The buffer that holds the current record's bytes. */
    public byte[] buffer() {
        return buf;
    }

    /** The offset of field {@code f}'s first byte (after an opening quote). */
    public int start(int f) {
        return starts[f];
    }

    /** The offset after field {@code f}'s last byte (before a closing quote). */
    public int end(int f) {
        return ends[f];
    }

    /** Whether field {@code f} is quoted with doubled quotes inside, so that its bytes are not its text. */
    public boolean escaped(int f) {
        return escaped[f];
    }

    /** Whether field {@code f} is all ASCII (and not escaped): its bytes are its characters. */
    public boolean isAscii(int f) {
        return ascii[f];
    }

    /** Whether field {@code f} is empty. */
    public boolean isEmpty(int f) {
        return starts[f] == ends[f];
    }

    /** Field {@code f} as text, quotes undoubled. */
    public String string(int f) {
        int s = starts[f];
        int e = ends[f];
        if (ascii[f]) {
            return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
        }
        if (!escaped[f]) {
            return new String(buf, s, e - s, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[e - s];
        int n = 0;
        for (int i = s; i < e; i++) {
            out[n++] = buf[i];
            if (buf[i] == '"') {
                i++; // a doubled quote
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** A problem at field {@code f} of the current record, its value cut to a readable length. */
    public DataFileException error(int f, String columnName, String problem) {
        String v = string(f);
        return new DataFileException(file, recordLine, f + 1, columnName, shown(v),
                v.length() > SHOWN ? problem + String.format(java.util.Locale.ROOT, " (a value of %,d characters)",
                        v.length()) : problem);
    }

    private static final int SHOWN = 60;

    /** A value cut to {@value #SHOWN} characters for a message. */
    public static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "\u2026";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ parsing

    /**
     * Parses one record from {@code pos}.
     *
     * @return the offset after the record's line break, or -1 if the buffer ends before the record does
     */
    private int parse() {
        final byte[] b = buf;
        final int lim = limit;
        final byte sep = separator;
        final long sepPattern = ByteWords.ONES * (sep & 0xFF);
        int p = pos;
        int f = 0;
        int fieldStart = p;
        boolean isAscii = true;
        int nk = nextKept(0); // no field before nk is kept: fields before it need not be recorded
        while (true) {
            // separators are consumed eight bytes at a time; q becomes the first other special byte
            int q = -1;
            while (p + 8 <= lim) {
                long w = ByteWords.word(b, p);
                long seps = ByteWords.equal(w, sepPattern);
                long m = seps | ByteWords.others(w);
                if (m != 0 && m == seps) {
                    if (nk < f) {
                        nk = nextKept(f);
                    }
                    int c = Long.bitCount(m);
                    if (f + c <= nk) {
                        // only separators here, ending fields the reader skips: counted, not recorded
                        f += c;
                        fieldStart = p + ((63 - Long.numberOfLeadingZeros(m)) >>> 3) + 1;
                        isAscii = true;
                        p += 8;
                        continue;
                    }
                }
                while (m != 0) {
                    int k = p + (Long.numberOfTrailingZeros(m) >>> 3);
                    if (b[k] != sep) {
                        q = k;
                        break;
                    }
                    if (f >= starts.length) {
                        growFields(f);
                    }
                    starts[f] = fieldStart;
                    ends[f] = k;
                    escaped[f] = false;
                    ascii[f] = isAscii;
                    f++;
                    fieldStart = k + 1;
                    isAscii = true;
                    m &= m - 1;
                }
                if (q >= 0) {
                    break;
                }
                p += 8;
            }
            if (q < 0) {
                q = p;
                while (q < lim) {
                    byte c = b[q];
                    if (c == sep) {
                        if (f >= starts.length) {
                            growFields(f);
                        }
                        starts[f] = fieldStart;
                        ends[f] = q;
                        escaped[f] = false;
                        ascii[f] = isAscii;
                        f++;
                        fieldStart = q + 1;
                        isAscii = true;
                    } else if (c == '"' || c == '\n' || c == '\r' || c < 0) {
                        break;
                    }
                    q++;
                }
                if (q >= lim) {
                    if (!eof) {
                        return -1;
                    }
                    return endRecord(f, fieldStart, lim, isAscii, lim); // the last line without a line break
                }
            }
            p = q;
            byte c = b[p];
            if (c == '\n') {
                line++;
                return endRecord(f, fieldStart, p, isAscii, p + 1);
            } else if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                if (p + 1 >= lim || b[p + 1] != '\n') {
                    throw new DataFileException(file, line, f + 1, "", "", "a carriage return not followed by a line feed");
                }
                line++;
                return endRecord(f, fieldStart, p, isAscii, p + 2);
            } else if (c == '"') {
                if (p != fieldStart) {
                    throw new DataFileException(file, line, f + 1, "", "",
                            "a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                int qe = quoted(b, p, lim, f);
                if (qe < 0) {
                    return -1;
                }
                if (qe >= lim) {
                    if (!eof) {
                        return -1;
                    }
                    return endFields(f + 1, qe);
                }
                c = b[qe];
                if (c == sep) {
                    p = qe + 1;
                    f++;
                    fieldStart = p;
                    isAscii = true;
                } else if (c == '\n') {
                    line++;
                    return endFields(f + 1, qe + 1);
                } else if (c == '\r') {
                    if (qe + 1 >= lim && !eof) {
                        return -1;
                    }
                    if (qe + 1 >= lim || b[qe + 1] != '\n') {
                        throw new DataFileException(file, line, f + 1, "", "", "a carriage return not followed by a line feed");
                    }
                    line++;
                    return endFields(f + 1, qe + 2);
                } else {
                    throw new DataFileException(file, line, f + 1, "", "", "text after a closing quote");
                }
            } else { // a byte of a multi-byte UTF-8 sequence
                int n = utf8(b, p, lim);
                if (n < 0) {
                    return -1;
                }
                isAscii = false;
                p += n;
            }
        }
    }

    private int endRecord(int f, int fieldStart, int fieldEnd, boolean isAscii, int next) {
        if (f >= starts.length) {
            growFields(f);
        }
        starts[f] = fieldStart;
        ends[f] = fieldEnd;
        escaped[f] = false;
        ascii[f] = isAscii;
        return endFields(f + 1, next);
    }

    private int endFields(int n, int next) {
        fields = n;
        return next;
    }

    /**
     * Reads the quoted field that opens at {@code p} into field {@code f}.
     *
     * @return the offset after its closing quote, or -1 if the buffer ends first
     */
    private int quoted(byte[] b, int p, int lim, int f) {
        if (f >= starts.length) {
            growFields(f);
        }
        long openLine = line;
        boolean isAscii = true;
        boolean esc = false;
        int s = ++p;
        while (true) {
            while (p + 8 <= lim) { // to the next quote, line feed or non-ASCII byte, eight bytes at a time
                long m = ByteWords.inQuotes(ByteWords.word(b, p));
                if (m != 0) {
                    p += Long.numberOfTrailingZeros(m) >>> 3;
                    break;
                }
                p += 8;
            }
            if (p >= lim) {
                if (eof) {
                    throw new DataFileException(file, openLine, f + 1, "", "",
                            "unterminated quote: the quoted field opened here never closes");
                }
                return -1;
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                if (p + 1 < lim && b[p + 1] == '"') {
                    esc = true;
                    isAscii = false;
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            } else if (c < 0) {
                int n = utf8(b, p, lim);
                if (n < 0) {
                    return -1;
                }
                isAscii = false;
                p += n;
                continue;
            }
            p++;
        }
        starts[f] = s;
        ends[f] = p;
        escaped[f] = esc;
        ascii[f] = isAscii;
        return p + 1;
    }

    /** The length of the UTF-8 sequence at {@code p}, or -1 if the buffer ends inside it; throws if invalid. */
    private int utf8(byte[] b, int p, int lim) {
        int n = ByteWords.utf8Length(b, p, lim);
        if (n > 0) {
            return n;
        }
        if (n == 0 && !eof) {
            return -1;
        }
        throw invalidUtf8();
    }

    private DataFileException invalidUtf8() {
        return new DataFileException(file, line, 0, "", "", "invalid UTF-8 (the file must be UTF-8 encoded)");
    }

    /** Moves the unread bytes to the front and reads more; false if nothing more could be read. */
    private boolean fill() {
        int rest = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, rest);
        } else if (rest == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new DataFileException(file, line, 0, "", "", "a record longer than " + (MAX_RECORD >> 20)
                        + " MiB (an unterminated quote?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = rest;
        try {
            int n = in.readNBytes(buf, limit, buf.length - limit);
            limit += n;
            if (limit < buf.length) {
                eof = true;
            }
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void growFields(int f) {
        int n = Math.max(starts.length * 2, f + 1);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        escaped = Arrays.copyOf(escaped, n);
        ascii = Arrays.copyOf(ascii, n);
    }
}
