package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The quick path ({@link QuickStart}) reads a command line as picocli reads it, or leaves it to picocli: users
 * get one answer and one message whichever path runs their command.
 */
class QuickStartTest {

    /** The command lines users type most, each taken by the quick path, each printing what picocli's path prints. */
    @ParameterizedTest
    @ValueSource(strings = {
        "report",
        "report --year 2023",
        "report --format json",
        "report --edition NATO-2023-07",
        "report --edition=NATO-2025-08 --year=2020",
        "compliance --year 2024",
        "compliance --from 2014 --to 2024 --format csv",
        "compliance --guideline EQUIPMENT_20PCT --rounding as-printed --year 2024",
        "compliance --guideline HAGUE_CORE_3_5PCT --format json",
        "export",
        "export --format json",
        "export --edition NATO-2024-02 --format CSV",
        "share", "share --group NATO --from 2020 --format csv",
        "totals", "totals --basis constant --group EUROPE_CANADA --year 2024",
        "gaps", "gaps --target 3.5 --year 2024", "gaps --group NATO --basis constant --format json",
        "editions", "editions --format json",
        // taken, then refused while running, with the message picocli's path gives
        "report --year 2030",
        "report --format csv",
        "report --edition NATO-2099-01",
        "compliance --year 2024 --from 2014",
        "compliance --from 2024 --to 2014",
        "export --format xlsx",
    })
    void takesTheCommonCommandLinesAndPrintsWhatPicocliPrints(String line) {
        String[] args = line.split(" ");
        assertThat(QuickStart.read(args)).as(line).isNotNull();
        assertSameRun(args);
    }

    /** Help, other options, repeats and doubtful values go to picocli, which says what is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {
        "report --help", "report -h", "report --version", "report --year", "report --year 2024 --year 2023",
        "report --year -1", "report --year +2024", "report --year \u0662\u0660\u0662\u0664", "report @args.txt",
        "report --edition @id", "report 2024",
        "report --chart r.png", "report --data a.csv", "export --output x.csv", "export -o x.csv",
        "compliance --chart c.svg", "compliance --year abc", "compliance --guideline NOPE", "compliance --rounding up",
        "export --format parquet", "report --", "totals --ally POL", "gaps --chart g.png", "revisions --to NATO-2025-08",
        "--help", "",
    })
    void leavesEverythingElseToPicocli(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(QuickStart.read(args)).as(line).isNull();
    }

    @Test
    void takesYearsInAsciiDigitsOnlyAsTheInputGrammarSays() {
        // Integer.valueOf, picocli's converter for whole numbers, also reads "+2024" and Arabic-Indic digits
        for (String year : List.of("+2024", "\u0662\u0660\u0662\u0664", "02024")) {
            assertThat(Runs.usageError("report", "--year", year)).contains("not a year", year);
            assertThat(Runs.usageError("compliance", "--from", year)).contains("not a year", year);
        }
    }

    @Test
    void leavesEveryCommandLineToPicocliWhenAPicocliPropertyIsSet() {
        // picocli.trimQuotes, for one, changes how picocli reads values (set through JAVA_TOOL_OPTIONS, say)
        System.setProperty("picocli.trimQuotes", "true");
        try {
            assertThat(QuickStart.read(new String[] {"report", "--edition", "\"NATO-2024-06\""})).isNull();
            assertThat(QuickStart.read(new String[] {"report"})).isNull();
        } finally {
            System.clearProperty("picocli.trimQuotes");
        }
        assertThat(QuickStart.read(new String[] {"report"})).isNotNull();
    }

    @Test
    void optionsNotGivenHaveTheDefaultsPicocliGives() throws Exception {
        for (String command : List.of("report", "compliance", "export", "share", "totals", "gaps", "editions")) {
            String[] args = {command};
            assertThat(options(QuickStart.read(args))).as(command).isEqualTo(options(picocliReads(args)));
        }
    }

    /**
     * Over generated command lines: whatever the quick path takes, picocli reads without complaint, to the same
     * option values, and both paths print the same bytes with the same exit code.
     */
    @Property(tries = 500)
    void whatTheQuickPathTakesPicocliReadsTheSame(@ForAll("commandLines") List<String> line) throws Exception {
        String[] args = line.toArray(String[]::new);
        QuickCommand quick = QuickStart.read(args);
        Statistics.collect(quick != null ? "taken" : "left to picocli");
        Statistics.coverage(c -> c.check("taken").count(n -> n >= 60));   // the property is not vacuous
        if (quick == null) {
            return;     // picocli runs it: one path, nothing to compare
        }
        assertThatCode(() -> picocliReads(args)).as(String.join(" ", args)).doesNotThrowAnyException();
        assertThat(options(quick)).as(String.join(" ", args)).isEqualTo(options(picocliReads(args)));
        assertSameRun(args);
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.of("report", "compliance", "export", "share", "totals", "gaps",
                "editions");
        Arbitrary<String> name = Arbitraries.of("--year", "--from", "--to", "--edition", "--format", "--guideline",
                "--rounding", "--data-dir", "--group", "--basis", "--target", "--ally", "--chart", "--data", "--output",
                "-o", "--help", "--unknown", "-y");
        Arbitrary<String> value = Arbitraries.of("2024", "2014", "2023", "2030", "1999", "02024", "+2024", "-1",
                "abc", "", " 2024", "NATO-2024-06", "NATO-2023-07", "NATO-2099-01", "nato-2024-06", "json", "csv",
                "table", "JSON", " csv", "xlsx", "GDP_2PCT", "gdp_2pct", "EQUIPMENT_20PCT", "HAGUE_CORE_3_5PCT",
                "as-printed", "exact", "EXACT", "NATO", "europe_canada", "EUROPEAN_ALLIES", "current", "constant",
                "3.5", "2", "5", "4", "POL", "POL,DEU", "@file", "target/no-such-dir", "a=b");
        Arbitrary<List<String>> option = Combinators.combine(name, value, Arbitraries.of(true, false))
                .as((n, v, joined) -> joined ? List.of(n + "=" + v) : List.of(n, v));
        Arbitrary<List<String>> lone = Arbitraries.of("--help", "--year", "2024", "--", "@args").map(List::of);
        Arbitrary<List<List<String>>> rest = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, option), net.jqwik.api.Tuple.of(1, lone)).list().ofMaxSize(4);
        return Combinators.combine(command, rest).as((c, r) -> {
            List<String> args = new ArrayList<>();
            args.add(c);
            r.forEach(args::addAll);
            return args;
        });
    }

    /** The command object picocli populates from {@code args}. */
    private static Object picocliReads(String[] args) {
        CommandLine cl = Main.commandLine(args);
        CommandLine.ParseResult parsed = cl.parseArgs(args);
        return parsed.subcommand().commandSpec().userObject();
    }

    /** Every {@code @Option} field's value, of the command and of its mixins, by field name. */
    private static Map<String, Object> options(Object command) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : command.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            if (f.isAnnotationPresent(Option.class)) {
                values.put(f.getName(), f.get(command));
            } else if (f.isAnnotationPresent(Mixin.class)) {
                options(f.get(command)).forEach((k, v) -> values.put(f.getName() + "." + k, v));
            }
        }
        return values;
    }

    private static void assertSameRun(String[] args) {
        StringWriter quickOut = new StringWriter();
        StringWriter quickErr = new StringWriter();
        int quickCode = Main.run(args, new PrintWriter(quickOut), new PrintWriter(quickErr));
        StringWriter picoOut = new StringWriter();
        StringWriter picoErr = new StringWriter();
        int picoCode = Main.runWithPicocli(args, new PrintWriter(picoOut), new PrintWriter(picoErr));
        String line = String.join(" ", args);
        assertThat(quickErr.toString()).as("standard error of %s", line).isEqualTo(picoErr.toString());
        assertThat(quickOut.toString()).as("standard output of %s", line).isEqualTo(picoOut.toString());
        assertThat(quickCode).as("exit code of %s", line).isEqualTo(picoCode);
    }
}
