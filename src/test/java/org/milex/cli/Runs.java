package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers the command tests share. */
final class Runs {
    private Runs() {
    }

    /** Runs the command line as {@code java -jar milex.jar ARGS} would. */
    static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    /** Asserts a usage error: exit code 2, nothing on standard output, exactly one line on standard error. */
    static String usageError(String... args) {
        MainTest.Run r = run(args);
        assertThat(r.exitCode()).as("exit code of %s", String.join(" ", args)).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("milex: ");
        return r.errLines().get(0);
    }

    /** Asserts success: exit code 0, nothing on standard error; returns standard output. */
    static String ok(String... args) {
        MainTest.Run r = run(args);
        assertThat(r.err()).as("standard error of %s", String.join(" ", args)).isEmpty();
        assertThat(r.exitCode()).isZero();
        return r.out();
    }

    /** Asserts that a file is a PNG image (its eight-byte signature). */
    static void assertPng(Path file) throws IOException {
        assertThat(file).exists();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 8);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    /** A malformed data file: share_of_gdp_pct 'n/a' on line 2. */
    static Path badDataFile(Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join(",", org.milex.data.ObservationCsv.columns()) + "\n"
                + "NATO-2024-06,POL,Poland,2024,true,,,,,n/a,,,,,,,,,,\n");
        return file;
    }

    /** Asserts a data error naming the bad file, its line and value. */
    static void assertDataError(String... args) {
        MainTest.Run r = run(args);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("milex: ").contains("bad.csv:2:", "'n/a'");
    }
}
