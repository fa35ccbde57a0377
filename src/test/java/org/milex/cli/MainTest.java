package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.milex.data.ObservationCsv;
import org.milex.model.Edition;

class MainTest {

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    // --- editions ---------------------------------------------------------------------------------------

    @Test
    void editionsPrintsATableOfEveryEditionOldestFirst() {
        Run r = run("editions");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("edition       title").contains("published", "cutoff", "price_base_year", "coverage");
        assertThat(lines).hasSize(1 + Edition.all().size());
        // data/editions.csv: NATO-2024-06, published 2024-06-17, cut-off 2024-06-12, constant 2015 prices, COMPLETE
        assertThat(lines.get(3)).startsWith("NATO-2024-06  Defence Expenditure of NATO Countries (2014-2024)")
                .contains("2024-06-17  2024-06-12").contains("2015").endsWith("COMPLETE");
    }

    @Test
    void editionsAsCsvHasStableColumnsAndEmptyCutoffsWhereNoneWasStated() {
        Run r = run("editions", "--format", "csv");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).containsExactly(
                // data/editions.csv, one line per edition
                "edition,title,published,cutoff,price_base_year,first_year,last_year,coverage",
                "NATO-2023-07,Defence Expenditure of NATO Countries (2014-2023),2023-07-07,,2015,2014,2023,PARTIAL",
                "NATO-2024-02,Defence Expenditure of NATO Countries (2014-2023) update,2024-02-14,2024-02-07,2015,2014,2023,PARTIAL",
                "NATO-2024-06,Defence Expenditure of NATO Countries (2014-2024),2024-06-17,2024-06-12,2015,2014,2024,COMPLETE",
                "NATO-2025-04,Secretary General's Annual Report 2024 (interim 2024 figures),2025-04-24,,2021,2024,2024,INTERIM",
                "NATO-2025-08,Defence Expenditure of NATO Countries (2014-2025),2025-08-28,2025-06-03,2021,2014,2025,PARTIAL",
                "NATO-2026-07,Defence Investment of NATO Countries (2014-2026),2026-07-10,2026-07-03,2021,2014,2026,FRAGMENTARY");
    }

    @Test
    void editionsAsJsonHasNullForAMissingCutoff() throws IOException {
        Run r = run("editions", "--format", "JSON");

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.size()).isEqualTo(Edition.all().size());
        assertThat(json.get(0).get("edition").asText()).isEqualTo("NATO-2023-07");
        assertThat(json.get(0).get("cutoff").isNull()).isTrue();
        assertThat(json.get(2).get("cutoff").asText()).isEqualTo("2024-06-12");
        assertThat(json.get(2).get("price_base_year").isInt()).isTrue();
    }

    // --- export -----------------------------------------------------------------------------------------

    static Stream<String> editions() {
        return Edition.all().stream().map(Edition::id);
    }

    @ParameterizedTest
    @MethodSource("editions")
    void exportAsCsvReproducesTheEditionsDataFileByteForByte(String edition) throws IOException {
        Run r = run("export", "--edition", edition, "--format", "csv");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(Path.of("data/nato/" + edition + ".csv")));
    }

    @Test
    void exportOfNato202406IsItsDataFileByteForByte() throws IOException {
        assertThat(run("export", "--edition", "NATO-2024-06", "--format", "csv").out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(Path.of("data/nato/NATO-2024-06.csv")));
    }

    @Test
    void exportWithoutOptionsIsTheDefaultEditionAsCsv() throws IOException {
        assertThat(run("export").out()).isEqualTo(Files.readString(Path.of("data/nato/NATO-2024-06.csv")));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void exportAsJsonHasTheCsvsKeysAndValuesAtFullPrecision(String edition) throws IOException {
        List<List<String>> csv = csvRows(run("export", "--edition", edition).out());
        JsonNode json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build()
                .readTree(run("export", "--edition", edition, "--format", "json").out());

        List<String> header = csv.get(0);
        assertThat(header).isEqualTo(ObservationCsv.columns());
        assertThat(json.size()).isEqualTo(csv.size() - 1);
        for (int i = 0; i < json.size(); i++) {
            JsonNode object = json.get(i);
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(header);
            for (int c = 0; c < header.size(); c++) {
                String cell = csv.get(i + 1).get(c);
                JsonNode v = object.get(header.get(c));
                String text = v.isNull() ? "" : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
                assertThat(text).as("%s row %d %s", edition, i + 1, header.get(c)).isEqualTo(cell);
            }
        }
    }

    @Test
    void exportAsJsonTypesItsValues() throws IOException {
        JsonNode first = new ObjectMapper().readTree(run("export", "--format", "json").out()).get(0);

        // data/nato/NATO-2024-06.csv line 2: ALB 2014, share_of_gdp_pct 1.346516857031259
        assertThat(first.get("year").isInt()).isTrue();
        assertThat(first.get("estimate").isBoolean()).isTrue();
        assertThat(first.get("share_of_gdp_pct").isNumber()).isTrue();
        assertThat(first.get("share_of_gdp_pct").asText()).isEqualTo("1.346516857031259");
    }

    @Test
    void anExportReadsBackWithData() throws IOException {
        Path file = dir.resolve("interim.csv");
        Files.writeString(file, run("export", "--edition", "NATO-2025-04").out());

        Run again = run("export", "--data", file.toString(), "--edition", "NATO-2025-04");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(Files.readString(Path.of("data/nato/NATO-2025-04.csv")));
    }

    // --- usage errors: exit 2, one line on standard error -------------------------------------------------

    @Test
    void anUnknownEditionIsAUsageErrorNamingTheKnownOnes() {
        Run r = run("export", "--edition", "NATO-1999-01");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("milex: unknown edition 'NATO-1999-01'; milex knows "
                + String.join(", ", Edition.all().stream().map(Edition::id).toList()));
    }

    @Test
    void anEditionMissingFromTheUsersDataIsAUsageErrorNamingThoseItHas() throws IOException {
        Path file = dir.resolve("interim.csv");
        Files.writeString(file, run("export", "--edition", "NATO-2025-04").out());

        Run r = run("export", "--data", file.toString(), "--edition", "NATO-2024-06");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("milex: unknown edition 'NATO-2024-06'; this dataset has NATO-2025-04");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "export --format xml|milex: Invalid value for option '--format': expected one of csv, json, xlsx, not 'xml'",
        "export --format table|milex: Invalid value for option '--format': expected one of csv, json, xlsx, not 'table'",
        "editions --format xml|milex: Invalid value for option '--format': expected one of table, csv, json, not 'xml'",
        "export --bogus|milex: Unknown option: '--bogus' (see 'milex export --help')",
        "export --edition|milex: Missing required parameter for option '--edition' (ID) (see 'milex export --help')",
        "editions extra|milex: Unmatched argument at index 1: 'extra' (see 'milex editions --help')",
        "frobnicate|milex: unknown command 'frobnicate'; the commands are report, compliance, share, totals, gaps, revisions, contracts, claims, editions, export, import, history, awards, help",
        "editions --data no-such.csv|milex: no such data file: no-such.csv",
    })
    void badArgumentsAreUsageErrorsWithOneLine(String caseText) {
        String[] parts = caseText.split("\\|");
        Run r = run(parts[0].split(" "));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(parts[1]);
    }

    @Test
    void noCommandIsAUsageErrorListingTheCommands() {
        Run r = run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("milex: name a command: report, compliance, share, totals, gaps, revisions, contracts, claims, editions, export, import, history, awards, help (see 'milex --help')");
    }

    // --- data errors: exit 1 ----------------------------------------------------------------------------

    @Test
    void aMalformedDataFileIsADataErrorNamingFileLineAndValue() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join(",", ObservationCsv.columns()) + "\n"
                + "NATO-2024-06,POL,Poland,2024,true,,,,,n/a,,,,,,,,,,\n");

        Run r = run("export", "--data", file.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("milex: ").contains("bad.csv:2:", "share_of_gdp_pct", "'n/a'");
    }

    // --- help and version -------------------------------------------------------------------------------

    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void eachCommandIsListedUnderItsOwnNameAndBuiltAloneWhenRun(String command) {
        Object c = Main.Commands.ALL.get(command).get();
        assertThat(c.getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(command);
        if (!command.equals("help")) {      // 'milex help' lists every command
            assertThat(Main.commandLine(new String[] {command, "--help"}).getSubcommands()).containsOnlyKeys(command);
        }
    }

    @Test
    void withoutACommandEveryCommandIsThereInOrder() {
        assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet())
                .containsExactly("report", "compliance", "share", "totals", "gaps", "revisions", "contracts",
                        "claims", "editions", "export", "import", "history", "awards", "help");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Usage: milex " + command + " [-h");
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: milex").contains("report", "compliance", "share", "totals", "gaps",
                "revisions", "contracts", "claims", "editions", "export");
    }

    @Test
    void versionNamesTheEditionsAndTheDefault() {
        Run r = run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("milex ").contains("default NATO-2024-06");
    }

    private static List<List<String>> csvRows(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        Iterator<String[]> it = mapper.readerFor(String[].class).readValues(text);
        it.forEachRemaining(a -> rows.add(List.of(a)));
        return rows;
    }
}
