package org.milex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the commonest commands once, printing nothing, so that {@code milex.sh} can record which classes
 * the command line loads in a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}); later runs map
 * that archive instead of reading, verifying and linking those classes again. Not API.
 */
final class Training {
    private static final String[][] COMMANDS = {
        {"report"},
        {"compliance", "--year", "2024"},
        {"compliance", "--from", "2014", "--to", "2024", "--format", "csv"},
        {"share", "--format", "json"},
        {"totals"},
        {"gaps"},
        {"revisions", "--to", "NATO-2025-08"},
        {"editions"},
        {"export"},
        {"export", "--format", "json"},
        {"--help"},
    };

    private Training() {
    }

    /**
     * Runs every command of {@link #COMMANDS}; exits 1 if one fails, so a broken archive is never made. With an
     * argument, then writes this Java's home to that file: an archive belongs to the JDK that made it, and
     * {@code milex.sh} makes it again when it would run another.
     */
    public static void main(String[] args) throws IOException {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (String[] command : COMMANDS) {
            int code = Main.run(command, none, none);
            if (code != Main.OK) {
                System.err.println("milex: training run of '" + String.join(" ", command) + "' exited " + code);
                System.exit(1);
            }
        }
        if (args.length == 1) {
            Path home = Path.of(System.getProperty("java.home")).toRealPath();     // as milex.sh resolves it
            Files.writeString(Path.of(args[0]), home + "\n", StandardCharsets.UTF_8);
        }
    }
}
