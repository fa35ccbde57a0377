package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.table.Tables;
import org.milex.usaspending.UsaSpendingFeedFiles;

class AwardsCommandTest {
    @TempDir
    Path dir;

    private Path feed() {
        Map<String, String> navy = UsaSpendingFeedFiles.row("N1", "0", "2024-10-01", "7.50");
        navy.put("awarding_sub_agency_name", "Department of the Navy");
        return UsaSpendingFeedFiles.write(dir.resolve("Contracts_PrimeTransactions_1.csv"), List.of(
                UsaSpendingFeedFiles.row("W1", "0", "2023-09-30", "1000.00"),   // Army, FY2023
                UsaSpendingFeedFiles.row("W1", "P00001", "2023-10-01", "250.25"), // Army, FY2024
                UsaSpendingFeedFiles.row("W1", "P00002", "2024-02-01", "-50.00"), // Army, FY2024, a de-obligation
                navy));                                                             // Navy, FY2025
    }

    @Test
    void obligationsByComponentAndFiscalYear() {
        String out = ok("awards", "--usaspending", feed().toString(), "--by", "component,fiscal-year");
        assertThat(line(out, "Army") ).contains("2023", "1,000.00", "1");
        assertThat(out.lines().filter(l -> l.startsWith("Army") && l.contains("2024"))).singleElement()
                .satisfies(l -> assertThat(l).contains("200.25", "2")); // 250.25 - 50.00
        assertThat(line(out, "Navy")).contains("2025", "7.50");
        assertThat(out).contains("note: 4 transactions on 2 awards; total USD 1207.75");
    }

    @Test
    void csvAndJsonLikeEveryCommand() {
        String csv = ok("awards", "--usaspending", feed().toString(), "--by", "fiscal-year", "--format", "csv");
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", Tables.columnNames(AwardsCommand.ObligationRow.class)));
        assertThat(csv.lines()).contains("all,2023,1000.00,1", "all,2024,200.25,2", "all,2025,7.50,1");
        String json = ok("awards", "--usaspending", feed().toString(), "--format", "json");
        assertThat(json).contains("\"component\"").contains("200.25");
    }

    @Test
    void badInputIsADataErrorAndBadArgumentsAUsageError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
        MainTest.Run r = Runs.run("awards", "--usaspending", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l).startsWith("milex: " + bad + ":1")
                .contains("missing column"));
        assertThat(usageError("awards", "--usaspending", feed().toString(), "--by", "colour"))
                .contains("--by takes component, fiscal-year or both, not 'colour'");
        assertThat(usageError("awards")).contains("--usaspending");
    }
}
