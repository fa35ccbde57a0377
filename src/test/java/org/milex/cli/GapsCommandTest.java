package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.query.Gap;
import org.milex.table.Tables;

class GapsCommandTest {

    @TempDir
    Path dir;

    @Test
    void gapsToTwoPercentInTheLastYear() {
        String out = ok("gaps");

        // NATO 2024-06, 2024e: Canada's published share 1.37% (TABLE3), GDP 2,233,829.27 mn (TABLE5):
        // (2 − 1.3651551143938319) / 100 × 2233829.2748 = 14,181.35 mn
        assertThat(line(out, "CAN ")).contains("1.37%", "30,495.23", "14,181.35");
        assertThat(line(out, "POL ")).contains("0.00");
        assertThat(out).contains("note: Σ of allies' gaps 2024: USD 44,913.26 mn");
        // NATO 2024-06 TABLE3: the Netherlands 2.05 and Slovakia 2.00 meet 2%, so they have no gap
        assertThat(line(out, "NLD ")).endsWith("0.00  yes");
        assertThat(line(out, "SVK ")).endsWith("0.00  yes");
    }

    @Test
    void aGroupsCollectiveGapToTheHagueTarget() {
        String out = ok("gaps", "--target", "3.5", "--group", "EUROPE_CANADA", "--year", "2024", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Tables.columnNames(Gap.class)));
        // (3.5 − 2.0154548520439497) / 100 × Σ current GDP 25256495.432381578 over NATO Europe and Canada, 2024e
        // (NATO 2024-06 TABLE3 row and TABLE5) = 374944.0774851621… (Python Decimal)
        assertThat(out.lines().skip(1)).singleElement().asString().startsWith("EUROPE_CANADA,NATO Europe and Canada,2024,")
                .contains(",374944.07748516");
    }

    @Test
    void chartsOneYearsGaps() throws IOException {
        Path png = dir.resolve("gaps.png");

        ok("gaps", "--chart", png.toString());

        Runs.assertPng(png);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("gaps", "--target", "4"))
                .isEqualTo("milex: Invalid value for option '--target': expected 2, 3.5, 5 (percent of GDP, as the guidelines set), not '4'");
        assertThat(usageError("gaps", "--from", "2020", "--chart", "g.png")).contains("--chart draws the gaps of one year");
        assertThat(usageError("gaps", "--group", "NATO", "--ally", "POL")).contains("exclude each other");
        assertThat(usageError("gaps", "--year", "2025")).isEqualTo("milex: NATO-2024-06 covers 2014-2024, not 2025");
    }
}
