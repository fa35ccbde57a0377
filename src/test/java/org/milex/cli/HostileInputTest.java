package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line under hostile input: every command with every malformed data file of
 * {@code src/test/resources/malformed/}, bad option values, unknown commands, a full standard output. Each
 * time: the documented exit code, one line on standard error naming what is wrong, no stack trace and no Java
 * class name.
 */
class HostileInputTest {
    static final Path CORPUS = Path.of("src/test/resources/malformed");
    /** Every command that reads data files, with the arguments it needs. */
    static final List<List<String>> DATA_COMMANDS = List.of(List.of("report"), List.of("compliance"),
            List.of("share"), List.of("totals"), List.of("gaps"), List.of("revisions", "--to", "NATO-2025-08"),
            List.of("editions"), List.of("export"), List.of("claims"));

    @TempDir
    Path dir;

    static Stream<Object[]> everyCommandWithEveryDataCase() throws IOException {
        List<Object[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)
                .subList(1, Files.readAllLines(CORPUS.resolve("expected.tsv")).size())) {
            String[] c = line.split("\t", 2);
            if (c[0].startsWith("editions-")) {
                continue;
            }
            for (List<String> command : DATA_COMMANDS) {
                cases.add(new Object[] {String.join(" ", command), c[0], c[1]});
            }
        }
        return cases.stream();
    }

    static void assertOneLineNoJava(MainTest.Run r) {
        assertThat(r.errLines()).as("standard error: %s", r.err()).hasSize(1);
        assertThat(r.err()).startsWith("milex: ").doesNotContain("internal error", "\tat ", "Exception", "java.");
    }

    @ParameterizedTest(name = "{0} --data {1}")
    @MethodSource("everyCommandWithEveryDataCase")
    void everyCommandRefusesEveryMalformedFileWithItsMessage(String command, String file, String message) {
        Path p = CORPUS.resolve(file);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--data");
        args.add(p.toString());
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("exit code").isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertOneLineNoJava(r);
        assertThat(r.errLines().get(0)).isEqualTo("milex: " + p + Main.oneLine(message));
    }

    @Test
    void theSameDataFileTwiceIsADataError() {
        Path p = Path.of("data/nato/NATO-2025-04.csv");
        MainTest.Run r = MainTest.run("report", "--data", p.toString(), "--data", p.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertOneLineNoJava(r);
        assertThat(r.err()).contains("the same data file is given twice");
    }

    @Test
    void aChartOfAnEmptyRankingSaysSo() {
        Path chart = dir.resolve("c.png");
        MainTest.Run r = MainTest.run("compliance", "--edition", "NATO-2025-04", "--guideline", "EQUIPMENT_20PCT",
                "--chart", chart.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertOneLineNoJava(r);
        // NATO-2025-04 holds shares of GDP only: no ally has an equipment share to rank
        assertThat(r.errLines().get(0)).isEqualTo("milex: --chart " + chart + ": not drawn: a ranking needs at least one share");
        assertThat(chart).doesNotExist();
    }

    @Test
    void aChartIntoAMissingDirectoryIsRefusedBeforeAnyWork() {
        Path chart = dir.resolve("no/such/dir/x.png");
        String line = Runs.usageError("compliance", "--chart", chart.toString());
        assertThat(line).isEqualTo("milex: --chart " + chart + ": the directory " + chart.getParent()
                + " does not exist (milex does not create it)");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void anUnknownCommandIsAUsageErrorEvenWithHelp() {
        assertThat(Runs.usageError("timeline", "--help")).startsWith("milex: unknown command 'timeline'; the commands are report,");
        assertThat(Runs.usageError("--help", "timeline")).startsWith("milex: unknown command 'timeline'");
    }

    @Test
    void aBadNumberOrDateInAnOptionNamesTheRuleNotJava() {
        assertThat(Runs.usageError("contracts", "--eur-usd", "abc")).isEqualTo("milex: Invalid value for option "
                + "'--eur-usd': not a number (digits 0-9, a '.' between digits, no exponent): 'abc'");
        assertThat(Runs.usageError("contracts", "--eur-usd", "1.09", "--rate-date", "2024-13-01"))
                .isEqualTo("milex: Invalid value for option '--rate-date': not a day of the calendar (yyyy-mm-dd): '2024-13-01'");
        assertThat(Main.oneLine("cannot convert 'x' to BigDecimal (java.lang.NumberFormatException: bad)"))
                .isEqualTo("cannot convert 'x' to BigDecimal");
    }

    @Test
    void noHelpScreenPrintsAWarning() {
        List<String> commands = new ArrayList<>(List.of(""));
        commands.addAll(Main.commandLine().getSubcommands().keySet());
        PrintStream systemErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String c : commands) {
                MainTest.Run r = c.isEmpty() ? MainTest.run("--help") : MainTest.run(c, "--help");
                assertThat(r.exitCode()).as("%s --help", c).isZero();
                assertThat(r.err()).as("%s --help", c).isEmpty();
                assertThat(r.out()).as("%s --help", c).doesNotContain("WARN").doesNotContain("%%");
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWithOne() {
        // as 'milex export > /dev/full': every write fails
        Writer full = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"export"}, new PrintWriter(full), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("milex: cannot write to standard output (the disk is full, or the "
                + "output was closed)" + System.lineSeparator());
    }
}
