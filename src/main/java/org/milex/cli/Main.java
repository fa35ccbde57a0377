package org.milex.cli;

import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.milex.DataFileException;
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
                + "with its edition and source.",
        subcommands = {ReportCommand.class, ComplianceCommand.class, ShareCommand.class, TotalsCommand.class,
            GapsCommand.class, RevisionsCommand.class, ContractsCommand.class, ClaimsCommand.class, EditionsCommand.class,
            ExportCommand.class, AwardsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int DATA_ERROR = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    Main() {
    }

    /** Runs a command and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(run(args, out, err));
    }

    /** Runs a command, printing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof ParameterException p) {     // a usage error found while running, e.g. an unknown edition
                return usageError(p, parsed.originalArgs().toArray(String[]::new));
            }
            if (e instanceof DataFileException || e instanceof UncheckedIOException) {
                err.println("milex: " + e.getMessage());
                return DATA_ERROR;
            }
            err.println("milex: internal error, please report it with the command you ran: " + e);
            e.printStackTrace(err);
            return DATA_ERROR;
        });
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        String message = e.getMessage();
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
