package org.milex.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The commonest commands run without picocli: {@code report}, {@code compliance}, {@code export},
 * {@code share}, {@code totals}, {@code gaps} and {@code editions}, with the options they are most often given. Picocli builds its model of a command from the command's annotations,
 * read by reflection; in a fresh JVM that costs about as much as the report's own work, every run.
 *
 * <p>This path reads only command lines it is sure of: a command it knows first, then options it knows,
 * each at most once, as {@code --name value} or {@code --name=value}, each value converted by the converter
 * picocli uses for that option. Anything else (help, any other option, an option given twice, a value that
 * starts with {@code -}, an {@code @file}, a value the converter refuses, any {@code picocli.*} system property
 * set) is left to picocli, so that every usage message comes from one place. Once the options are read, the
 * command runs exactly as it runs under picocli, and a failure is reported by the same {@link Main#failed}
 * that picocli's path reports through.
 * {@code QuickStartTest} checks, over generated command lines, that whatever this path takes, picocli reads
 * to the same options and prints the same bytes for.
 */
final class QuickStart {
    private QuickStart() {
    }

    /**
     * Runs {@code args} if this path takes them all; empty if picocli should run them.
     *
     * @param args the command line, the command first
     * @param out where the answer goes
     * @param err where a failure is reported
     * @return the exit code, or empty when the command line is left to picocli
     */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        QuickCommand command = read(args);
        if (command == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(command.run(out));
        } catch (RuntimeException e) {
            return OptionalInt.of(Main.failed(e, err));
        }
    }

    /** The command with its options taken from {@code args}, or null if this path leaves them to picocli. */
    static QuickCommand read(String[] args) {
        if (args.length == 0 || picocliConfigured()) {
            return null;
        }
        QuickCommand command = switch (args[0]) {
            case "report" -> new ReportCommand();
            case "compliance" -> new ComplianceCommand();
            case "export" -> new ExportCommand();
            case "share" -> new ShareCommand();
            case "totals" -> new TotalsCommand();
            case "gaps" -> new GapsCommand();
            case "editions" -> new EditionsCommand();
            default -> null;
        };
        if (command == null) {
            return null;
        }
        List<QuickOptions> mixins = command.mixins();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                return null;
            }
            int eq = arg.indexOf('=');
            String name;
            String value;
            if (eq >= 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                name = arg;
                value = args[++i];
            } else {
                return null;
            }
            if (!seen.add(name) || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            try {
                if (!take(command, mixins, name, value)) {
                    return null;
                }
            } catch (RuntimeException refused) {
                return null;       // picocli reads it again and says why
            }
        }
        return command;
    }

    /** Whether the command or one of its mixins took the option, as picocli looks in both. */
    private static boolean take(QuickCommand command, List<QuickOptions> mixins, String name, String value) {
        if (command.take(name, value)) {
            return true;
        }
        for (QuickOptions m : mixins) {
            if (m.take(name, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code picocli.*} system property is set (for example {@code picocli.trimQuotes}, through
     * {@code JAVA_TOOL_OPTIONS}): it changes how picocli reads values, so picocli reads them all.
     */
    private static boolean picocliConfigured() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
