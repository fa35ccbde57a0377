package org.milex.cli;

import static java.util.Map.entry;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.milex.DataFileException;
import org.milex.internal.Grammar;
import org.milex.model.Edition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * milex's command line: {@code java -jar milex.jar COMMAND [OPTIONS]}. Each command prints to standard
 * output; {@code milex COMMAND --help} explains it.
 *
 * <pre>{@code
 * java -jar target/milex.jar editions
 * java -jar target/milex.jar export --edition NATO-2024-06 --format json > nato-2024-06.json
 * }</pre>
 *
 * <p>Exit codes: 0 on success; 2 for a usage error (an unknown option or edition, a missing value), with
 * one line on standard error saying what is wrong; 1 for a data error (a malformed data file, named with
 * its line, column and value) or a file that cannot be read or written.
 */
@Command(name = "milex", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Defence-spending analysis: NATO allies' expenditure and shares of GDP, every figure "
                + "with its edition and source.")
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int DATA_ERROR = 1;
    static final int USAGE = 2;

    /**
     * The commands, in the order {@code --help} lists them: one line each. Only the command a user runs is
     * built (picocli reads a command's annotations by reflection, which costs start-up time); {@code --help},
     * {@code help}, no command or an unknown one build them all. {@code MainTest} checks each name against
     * its class's {@code @Command(name)}. A class of its own, so that a command {@link QuickStart} runs loads
     * none of the others.
     */
    static final class Commands {
        static final Map<String, Supplier<Object>> ALL = commands(
                entry("report", ReportCommand::new),
                entry("compliance", ComplianceCommand::new),
                entry("share", ShareCommand::new),
                entry("totals", TotalsCommand::new),
                entry("gaps", GapsCommand::new),
                entry("revisions", RevisionsCommand::new),
                entry("contracts", ContractsCommand::new),
                entry("claims", ClaimsCommand::new),
                entry("editions", EditionsCommand::new),
                entry("export", ExportCommand::new),
                entry("import", ImportCommand::new),
                entry("history", HistoryCommand::new),
                entry("awards", AwardsCommand::new),
                entry("help", CommandLine.HelpCommand::new));

        private Commands() {
        }
    }

    @Spec
    CommandSpec spec;

    Main() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        // straight to the file descriptors: System.out would swallow a write error (a full disk, a closed pipe)
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command, printing to {@code out} and {@code err}; returns the exit code. The commonest command
     * lines run without building picocli's model ({@link QuickStart}); the others, help and every usage error
     * go through picocli.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, true);
    }

    /** Runs a command through picocli even where {@link QuickStart} would take it: for tests. */
    static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean quick) {
        int code;
        try {
            OptionalInt done = quick ? QuickStart.run(args, out, err) : OptionalInt.empty();
            if (done.isPresent()) {
                code = done.getAsInt();
            } else {
                CommandLine cl = commandLine(args);
                cl.setOut(out);
                cl.setErr(err);
                Integer unknown = unknownCommand(cl, args);
                code = unknown != null ? unknown : cl.execute(args);
            }
        } catch (NoClassDefFoundError e) {
            // milex.jar copied without the lib folder its Class-Path names: say so rather than print a stack trace
            err.println("milex: a library is missing (" + e.getMessage() + "): keep the lib folder that the build "
                    + "writes beside milex.jar with it");
            code = DATA_ERROR;
        } finally {
            out.flush();
        }
        if (out.checkError()) {
            // PrintWriter keeps write errors to itself: without this, 'milex export > /dev/full' would exit 0
            err.println("milex: cannot write to standard output (the disk is full, or the output was closed)");
            code = DATA_ERROR;
        }
        err.flush();
        return code;
    }

    /** The command line with every command. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /** The command line for these arguments: with only the command they name, or with all of them. */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String named = args.length > 0 && !args[0].equals("help") ? args[0] : "";
        if (Commands.ALL.containsKey(named)) {
            cl.addSubcommand(named, Commands.ALL.get(named).get());
        } else {
            Commands.ALL.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(BigDecimal.class, Main::decimal);
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, command, parsed) -> e instanceof ParameterException p
                ? usageError(p, parsed.originalArgs().toArray(String[]::new))
                : failed(e, command.getErr()));
        return cl;
    }

    /**
     * Reports what stopped a running command, on one line of {@code err}, and gives the exit code: 2 for a
     * {@link UsageException}, 1 for a data file or an output that failed, 1 with the stack trace for anything
     * else (a fault in milex). Both picocli's path and {@link QuickStart} report through this.
     */
    static int failed(Exception e, PrintWriter err) {
        if (e instanceof UsageException) {
            err.println("milex: " + oneLine(e.getMessage()));
            return USAGE;
        }
        if (e instanceof DataFileException || e instanceof UncheckedIOException || e instanceof Failure) {
            err.println("milex: " + oneLine(e.getMessage()));
            return DATA_ERROR;
        }
        err.println("milex: internal error, please report it with the command you ran: " + e);
        e.printStackTrace(err);
        return DATA_ERROR;
    }

    /**
     * The command cannot do what was asked as asked, found while it runs (an unknown edition, a year outside
     * the edition, options that exclude each other): exit code 2, one line, like the usage errors picocli
     * finds while reading the options.
     */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }

        UsageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A command could not do what was asked for a reason the user can act on; exit code 1, one line. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return Grammar.decimal(value, Grammar.Sign.ANY);
        } catch (Grammar.Rejected e) {
            throw new CommandLine.TypeConversionException(e.getMessage() + ": " + Grammar.quote(value));
        }
    }

    private static LocalDate date(String value) {
        try {
            return Grammar.date(value);
        } catch (Grammar.Rejected e) {
            throw new CommandLine.TypeConversionException(e.getMessage() + ": " + Grammar.quote(value));
        }
    }

    /** A message on one line, without Java's exception class names (a safety net for picocli's own texts). */
    static String oneLine(String message) {
        String m = message == null ? "" : message;
        m = m.replaceAll("\\s*\\((?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error)\\b[^)]*\\)", "");
        m = m.replaceAll("(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /**
     * An unknown command is a usage error even when {@code --help} follows it (picocli would print the main
     * help and exit 0): the first argument that is not an option must name a command.
     */
    private static Integer unknownCommand(CommandLine cl, String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            if (cl.getSubcommands().containsKey(a)) {
                return null;
            }
            cl.getErr().println("milex: unknown command '" + a + "'; the commands are " + commands(cl));
            return USAGE;
        }
        return null;
    }

    @SafeVarargs
    private static Map<String, Supplier<Object>> commands(Map.Entry<String, Supplier<Object>>... entries) {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Object>> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        String message = oneLine(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && where.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'; the commands are " + commands(where);
        } else if (e instanceof CommandLine.UnmatchedArgumentException || e instanceof CommandLine.MissingParameterException) {
            message += " (see '" + where.getCommandSpec().qualifiedName() + " --help')";
        }
        err.println("milex: " + message);
        return USAGE;
    }

    private static String commands(CommandLine cl) {
        return String.join(", ", cl.getSubcommands().keySet());
    }

    /** {@code milex} with no command: says which commands there are. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("milex: name a command: " + commands(spec.commandLine())
                + " (see 'milex --help')");
        return USAGE;
    }

    /** The version from the jar's Maven descriptor, and the editions milex holds. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = "(development build)";
            try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.milex/milex/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version", version);
                }
            } catch (IOException e) {
                // keep "(development build)"
            }
            List<String> ids = Edition.all().stream().map(Edition::id).toList();
            return new String[] {"milex " + version,
                    "editions " + String.join(", ", ids) + "; default " + Edition.latestComplete().id()};
        }
    }
}
