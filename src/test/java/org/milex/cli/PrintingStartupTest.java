package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/** {@code ./jshell.sh}'s light stand-in for JShell's PRINTING start-up ({@code src/main/jshell/printing.jsh}). */
class PrintingStartupTest {
    private static final Path PRINTING = Path.of("src/main/jshell/printing.jsh");

    @Test
    void printlnPrintsAValueWholeWhereJShellsDisplayStopsAt1000Characters() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (JShell shell = JshellSessions.session()) {
            JshellSessions.run(shell, PRINTING, Files.readString(PRINTING));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JshellSessions.run(shell, Path.of("snippet"), "println(\"x\".repeat(3000));\nprint(2);\nprintf(\"%d%n\", 3);\n");
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("x".repeat(3000) + System.lineSeparator()
                + "23" + System.lineSeparator());
    }
}
