package org.milex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.DataFileException;

/** The strict CSV reader every loader uses: what it refuses, where it says the problem is, and in what order. */
class CsvFileTest {
    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        Path f = dir.resolve("f.csv");
        Files.write(f, content);
        return f;
    }

    private Path file(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stripsAByteOrderMark() throws IOException {
        CsvFile csv = CsvFile.read(file("\ufeffa,b\n1,2\n"));
        assertThat(csv.header()).containsExactly("a", "b");
        assertThat(csv.rows().get(0).text("a")).isEqualTo("1");
    }

    @Test
    void namesTheLineOfInvalidUtf8() throws IOException {
        byte[] bad = "a,b\n1,2\n3,\u00e9x\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = file(bad);
        assertThatThrownBy(() -> CsvFile.read(f)).isInstanceOf(DataFileException.class)
                .hasMessage(f + ":3: not UTF-8 text: the byte 0xE9 cannot be read as UTF-8 (save the file as UTF-8)");
    }

    @Test
    void namesTheLineWhereAnUnterminatedQuoteOpened() throws IOException {
        Path f = file("a,b\n1,2\n3,\"four\n5,6\n7,8\n");
        assertThatThrownBy(() -> CsvFile.read(f)).isInstanceOf(DataFileException.class)
                .hasMessage(f + ":3:2 (b): unterminated quote: the quoted value opened here never closes");
    }

    @Test
    void readsQuotedValuesAndCrlf() throws IOException {
        CsvFile csv = CsvFile.read(file("a,b\r\n\"x, \"\"y\"\"\",2\r\n"));
        assertThat(csv.rows().get(0).text("a")).isEqualTo("x, \"y\"");
    }

    @Test
    void refusesPaddingAndControlCharactersInAnyCell() throws IOException {
        Path f = file("a,b\n1,DEU \n");
        assertThatThrownBy(() -> CsvFile.read(f)).hasMessage(f + ":2:2 (b): leading or trailing whitespace: 'DEU '");
        Path g = file("a,b\n1,D\u0000EU\n");
        assertThatThrownBy(() -> CsvFile.read(g))
                .hasMessage(g + ":2:2 (b): a control character (U+0000) at character 2: 'D\\u0000EU'");
    }

    @Test
    void quotesAHugeCellShortly() throws IOException {
        Path f = file("a,b\n1," + "x".repeat(10 * 1024 * 1024) + " \n");
        assertThatThrownBy(() -> CsvFile.read(f)).hasMessage(f + ":2:2 (b): leading or trailing whitespace: '"
                + "x".repeat(60) + "…' (10,485,761 characters)");
    }

    @Test
    void checksTheHeaderBeforeReadingAnyRow() throws IOException {
        Path f = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("wrong,kind\n".getBytes(StandardCharsets.UTF_8));
            out.write("1,\"never closed\n".getBytes(StandardCharsets.UTF_8));
        }
        List<CsvFile.Row> seen = new ArrayList<>();
        assertThatThrownBy(() -> CsvFile.forEach(f, csv -> csv.require("edition"), seen::add))
                .hasMessageStartingWith(f + ":1 (edition): missing column");
        assertThat(seen).isEmpty();
    }

    @Test
    void findsADuplicateColumnAmongMany() throws IOException {
        // 200,000 columns, the last a repeat of the first: found with one pass (a hash map), not by pairs
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append('c').append(i).append(',');
        }
        sb.append("c0\n");
        Path f = file(sb.toString());
        assertThatThrownBy(() -> CsvFile.read(f))
                .hasMessage(f + ":1:200001 (c0): column appears twice in the header (first as column 1): 'c0'");
    }

    @Test
    void refusesEmptyLinesQuotesInsideValuesAndTextAfterAQuote() throws IOException {
        Path a = file("a,b\n1,2\n\n3,4\n");
        assertThatThrownBy(() -> CsvFile.read(a)).hasMessage(a + ":3: empty line");
        Path b = file("a,b\n1,2\"x\n");
        assertThatThrownBy(() -> CsvFile.read(b)).hasMessageStartingWith(b + ":2:2 (b): a quote inside an unquoted value");
        Path c = file("a,b\n1,\"2\"x\n");
        assertThatThrownBy(() -> CsvFile.read(c)).hasMessageStartingWith(c + ":2:2 (b): text after a closing quote");
        Path d = file("a,b\n1,2\r3\n");
        assertThatThrownBy(() -> CsvFile.read(d)).hasMessage(d + ":2:2 (b): a carriage return without a line feed");
    }

    @Test
    void rowAccessorsFollowTheGrammar() throws IOException {
        Path f = file("n,y,d\n+5,1000000000,0000-01-01\n");
        CsvFile.Row row = CsvFile.read(f).rows().get(0);
        assertThatThrownBy(() -> row.number("n")).hasMessage(f + ":2:1 (n): not a number: no '+' sign (write 5, not +5): '+5'");
        assertThatThrownBy(() -> row.year("y")).hasMessage(f + ":2:2 (y): not a year (four digits, 1900-2100): '1000000000'");
        assertThat(row.integer("y")).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> row.date("d")).hasMessage(f + ":2:3 (d): a year outside 1900-2100: '0000-01-01'");
    }
}
