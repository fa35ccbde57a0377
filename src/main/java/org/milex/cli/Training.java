package org.milex.cli;

import java.io.PrintWriter;
import java.io.Writer;

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

    /** Runs every command of {@link #COMMANDS}; exits 1 if one fails, so a broken archive is never made. */
    public static void main(String[] args) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (String[] command : COMMANDS) {
            int code = Main.run(command, none, none);
            if (code != Main.OK) {
                System.err.println("milex: training run of '" + String.join(" ", command) + "' exited " + code);
                System.exit(1);
            }
        }
    }
}
