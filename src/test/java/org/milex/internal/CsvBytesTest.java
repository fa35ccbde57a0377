package org.milex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.milex.DataFileException;

/**
 * {@link CsvBytes}, the byte-level tokenizer of the large feeds: records read whole whatever the size of its buffer
 * (a field, a quoted field or a multi-byte UTF-8 character may straddle a buffer's end), CRLF and LF, a byte-order
 * mark, a last line without a line break; {@link CsvBytes#keepOnly} changes nothing of what the kept fields hold.
 * Generated files are compared with the records they were written from, and mutated files give the same records or
 * the same error with any buffer.
 */
class CsvBytesTest {
    /** Pieces of field text: ASCII, separators, quotes, line breaks, 2-, 3- and 4-byte UTF-8 characters. */
    private static final String[] PIECES = {"a", "Zz", "12.50", " ", ",", "\"", "\n", "\r\n", "é", "€", "😀",
        "Rheinmetall AG", "", "", ""};

    /** A file of records and what reading it must give. */
    private record Generated(byte[] bytes, List<List<String>> records, List<Long> lines) {
    }

    private static Generated generate(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        if (r.nextInt(4) == 0) {
            text.append('\uFEFF');
        }
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int width = 1 + r.nextInt(r.nextBoolean() ? 4 : 40); // some records wide, with runs of empty fields
            List<String> fields = new ArrayList<>();
            lines.add(line);
            for (int f = 0; f < width; f++) {
                StringBuilder v = new StringBuilder();
                int parts = r.nextInt(5);
                for (int k = 0; k < parts; k++) {
                    v.append(PIECES[r.nextInt(PIECES.length)]);
                }
                String value = v.toString();
                fields.add(value);
                boolean mustQuote = value.contains(",") || value.contains("\"") || value.contains("\n")
                        || value.contains("\r") || (width == 1 && value.isEmpty());
                if (f > 0) {
                    text.append(',');
                }
                if (mustQuote || r.nextInt(8) == 0) {
                    text.append('"').append(value.replace("\"", "\"\"")).append('"');
                    line += value.chars().filter(c -> c == '\n').count();
                } else {
                    text.append(value);
                }
            }
            records.add(fields);
            if (i < n - 1 || r.nextBoolean()) {
                text.append(r.nextBoolean() ? "\n" : "\r\n");
                line++;
            }
        }
        return new Generated(text.toString().getBytes(StandardCharsets.UTF_8), records, lines);
    }

    /** Every record as its fields' text (kept fields only, if {@code kept} is given), or the error's message. */
    private static List<String> read(byte[] bytes, int bufferSize, int... kept) {
        return read(bytes, bufferSize, true, kept);
    }

    /** {@link #read(byte[], int, int...)}, telling the reader which fields are kept or not. */
    private static List<String> read(byte[] bytes, int bufferSize, boolean tell, int... kept) {
        List<String> out = new ArrayList<>();
        try (CsvBytes csv = bufferSize == 0 ? CsvBytes.of(new ByteArrayInputStream(bytes), "f.csv", ',')
                : CsvBytes.of(new ByteArrayInputStream(bytes), "f.csv", ',', bufferSize)) {
            boolean first = true;
            while (csv.next()) {
                StringBuilder sb = new StringBuilder().append(csv.line()).append(':').append(csv.fields());
                for (int f = 0; f < csv.fields(); f++) {
                    if (first || kept.length == 0 || contains(kept, f) || f > kept[kept.length - 1]) {
                        sb.append('|').append(csv.string(f)).append(csv.isAscii(f) ? "" : "~");
                    }
                }
                out.add(sb.toString());
                if (first && tell && kept.length > 0) {
                    csv.keepOnly(kept);
                }
                first = false;
            }
        } catch (DataFileException e) {
            out.add("error: " + e.getMessage());
        }
        return out;
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 300)
    void readsTheRecordsWrittenWhateverTheBufferSize(@ForAll long seed, @ForAll @IntRange(min = 8, max = 80) int buffer) {
        Generated g = generate(seed);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < g.records().size(); i++) {
            List<String> fields = g.records().get(i);
            StringBuilder sb = new StringBuilder().append(g.lines().get(i)).append(':').append(fields.size());
            for (String v : fields) {
                boolean ascii = v.chars().allMatch(c -> c < 0x80) && !v.contains("\"");
                sb.append('|').append(v).append(ascii ? "" : "~");
            }
            expected.add(sb.toString());
        }
        assertThat(read(g.bytes(), 0)).containsExactlyElementsOf(expected);
        assertThat(read(g.bytes(), buffer)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void keepingSomeFieldsChangesNothingOfThem(@ForAll long seed, @ForAll @IntRange(min = 8, max = 80) int buffer) {
        byte[] bytes = generate(seed).bytes();
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int[] kept = r.ints(1 + r.nextInt(4), 0, 30).distinct().sorted().toArray();
        List<String> all = read(bytes, 0, kept);
        assertThat(read(bytes, buffer, kept)).isEqualTo(all);
        assertThat(read(bytes, 0, false, kept)).isEqualTo(all);
    }

    /** Bytes a mutation writes: CSV syntax, a lone continuation byte, a UTF-8 lead byte, bytes never valid. */
    private static final byte[] MUTATIONS = {'"', ',', '\n', '\r', 'x', (byte) 0x80, (byte) 0xC3, (byte) 0xE2,
        (byte) 0xF0, (byte) 0xFF, (byte) 0xC0, 0};

    @Property(tries = 500)
    void aMutatedFileGivesTheSameRecordsOrTheSameErrorWithAnyBuffer(@ForAll long seed,
            @ForAll @IntRange(min = 8, max = 80) int buffer) {
        byte[] bytes = generate(seed).bytes().clone();
        Random r = new Random(seed * 31 + 7);
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            if (bytes.length > 0) {
                bytes[r.nextInt(bytes.length)] = MUTATIONS[r.nextInt(MUTATIONS.length)];
            }
        }
        int[] kept = {1, 3};
        assertThat(read(bytes, buffer)).isEqualTo(read(bytes, 0));
        assertThat(read(bytes, buffer, kept)).isEqualTo(read(bytes, 0, kept));
    }

    @Test
    void aQuotedFieldAndAFourByteCharacterAcrossTheBuffersEnd() {
        // buffer of 8 bytes: the quoted field "a,😀b" (bytes 2..10) and the 4-byte 😀 (bytes 5..8) cross it
        byte[] bytes = "x,\"a,😀b\",z\r\nlast".getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes, 8)).containsExactly("1:3|x|a,😀b~|z", "2:1|last");
    }

    @Test
    void errorsNameTheLineWithAnyBuffer() {
        byte[] unterminated = "a,b\nc,\"d\ne\nf".getBytes(StandardCharsets.UTF_8);
        assertThat(read(unterminated, 8)).containsExactly("1:2|a|b",
                "error: f.csv:2:2: unterminated quote: the quoted field opened here never closes");
        byte[] invalid = "a,b\nc,d\u00e9\n".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 2] = 'x'; // the é's continuation byte
        assertThat(read(invalid, 8)).containsExactly("1:2|a|b",
                "error: f.csv:2: invalid UTF-8 (the file must be UTF-8 encoded)");
        assertThatThrownBy(() -> CsvBytes.open(java.nio.file.Path.of("f.csv"), "f.csv", '"'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
