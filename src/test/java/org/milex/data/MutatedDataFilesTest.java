package org.milex.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.milex.DataFileException;
import org.milex.model.Editions;
import org.milex.model.Measure;
import org.milex.model.Observation;

/**
 * Readers given mutated copies of valid files (a byte changed, a cell replaced by hostile text, a line
 * dropped, doubled or swapped) either read exactly the figures the mutated text states or refuse it with a
 * {@link DataFileException} naming the file and a place in it: never another exception, never a figure that
 * differs from its text.
 */
class MutatedDataFilesTest {
    /** NATO 2024-06, 2024, six allies with every measure (Iceland: GDP only): no group rows, no quotes. */
    static final String VALID;
    static final String EDITIONS;

    static {
        try {
            Set<String> allies = Set.of("ALB", "BEL", "DEU", "ISL", "POL", "USA");
            List<String> lines = Files.readAllLines(Path.of("data/nato/NATO-2024-06.csv"), StandardCharsets.UTF_8);
            VALID = lines.get(0) + "\n" + lines.stream().skip(1)
                    .filter(l -> l.split(",")[3].equals("2024") && allies.contains(l.split(",")[1]))
                    .collect(Collectors.joining("\n")) + "\n";
            EDITIONS = Files.readString(Path.of("data/editions.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> hostileCell() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " 4.12", "4.12 ", "+4.12", "４.１２", "٤.١٢", "1e-400", "4.1E2", "1,000", "NaN",
                        "Infinity", "-0", "-4.12", "0.0000", "4.12000000000000000001", "99999999999999999999999",
                        "4.1201909893571473", "4.1201909893571472", "\u0000", "DEU\u0000", "\ufeff4.12", "2024",
                        "0000", "1000000000", "true", "TRUE", "NATO-2024-06", "POL", "\"4.12\"", "\"", "4\"12"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('0', '9').withChars('.', '-').ofMinLength(1).ofMaxLength(20),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(6)
                        .map(BigDecimal::toPlainString));
    }

    @Property(tries = 300)
    void aByteChanged(@ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte value) throws IOException {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] = value;
        checkData(bytes);
    }

    @Property(tries = 300)
    void aCellReplaced(@ForAll @IntRange(min = 1, max = 6) int row, @ForAll @IntRange(min = 0, max = 19) int column,
                       @ForAll("hostileCell") String text) throws IOException {
        List<String> lines = new ArrayList<>(VALID.lines().toList());
        String[] cells = lines.get(row).split(",", -1);
        cells[column] = text;
        lines.set(row, String.join(",", cells));
        checkData((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void aLineDroppedDoubledOrSwapped(@ForAll @IntRange(min = 0, max = 6) int a, @ForAll @IntRange(min = 0, max = 6) int b,
                                      @ForAll @IntRange(min = 0, max = 2) int how) throws IOException {
        List<String> lines = new ArrayList<>(VALID.lines().toList());
        switch (how) {
            case 0 -> lines.remove(a);
            case 1 -> lines.add(b, lines.get(a));
            default -> {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
        }
        checkData((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void editionsWithAByteChanged(@ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte value) throws IOException {
        byte[] bytes = EDITIONS.getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] = value;
        Path f = write(bytes);
        try {
            Editions.read(f);
        } catch (DataFileException e) {
            assertPlace(e, f, bytes);
        }
    }

    /** Reads a mutated data file: the figures read are those the text states, or the refusal names a place. */
    private static void checkData(byte[] bytes) throws IOException {
        Path f = write(bytes);
        List<Observation> read;
        try {
            read = Dataset.read(f).observations();
        } catch (DataFileException e) {
            assertPlace(e, f, bytes);
            return;
        }
        // read: every figure must be exactly the number its cell states, every empty cell absent
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).replace("\ufeff", "").split(",", -1));
        Map<String, Observation> byKey = read.stream().collect(Collectors.toMap(
                o -> o.subject().code() + "/" + o.year(), Function.identity()));
        assertThat(read).hasSize(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].length() >= 2 && cells[i].startsWith("\"") && cells[i].endsWith("\"")) {
                    cells[i] = cells[i].substring(1, cells[i].length() - 1).replace("\"\"", "\"");
                }
            }
            Observation o = byKey.get(cells[header.indexOf("code")] + "/" + cells[header.indexOf("year")]);
            assertThat(o).as("a row read for %s", line).isNotNull();
            for (Measure m : Measure.values()) {
                int i = header.indexOf(m.column());
                OptionalDouble v = o.value(m);
                if (i < 0 || cells[i].isEmpty()) {
                    assertThat(v).as("%s of %s", m.column(), line).isEmpty();
                } else {
                    assertThat(new BigDecimal(cells[i])).as("%s of %s", m.column(), line)
                            .isEqualByComparingTo(new BigDecimal(v.getAsDouble()).round(
                                    new java.math.MathContext(new BigDecimal(cells[i]).precision())));
                }
            }
        }
    }

    private static void assertPlace(DataFileException e, Path f, byte[] bytes) {
        assertThat(e.file()).isEqualTo(f.toString());
        assertThat(e.getMessage()).startsWith(f.toString()).doesNotContain("\n");
        long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
        assertThat(e.line()).isBetween(0L, lines + 1);
        if (e.line() == 0) {
            assertThat(e.getMessage()).containsAnyOf("empty", "header but no rows", "given twice", "also in");
        }
    }

    private static Path write(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("mutated", ".csv");
        f.toFile().deleteOnExit();
        Files.write(f, bytes);
        return f;
    }
}
