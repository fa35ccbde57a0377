package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Guideline;
import org.milex.query.Compliance;
import org.milex.query.ComplianceHistory;
import org.milex.query.Query;
import org.milex.table.Tables;

class ComplianceCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsExactlyWhatJshellPrints() {
        Compliance c = Query.of(Dataset.embedded()).year(2024).compliance(Guideline.twoPercentOfGdp());

        assertThat(ok("compliance")).isEqualTo(c + "\n");
    }

    @Test
    void whoMeetsTwoPercentIn2024() {
        String out = ok("compliance", "--year", "2024");

        // NATO 2024-06, TABLE3 2024e: 23 of 32; Iceland has no figure
        assertThat(out.lines().findFirst().orElseThrow()).endsWith(": 23 of 32 allies meet it, 8 below; no figure: ISL Iceland");
        // NATO 2024-06, TABLE3: Poland 2024e 4.12, Spain 1.28
        assertThat(line(out, "POL ")).contains("4.12%", "MEETS", "yes");
        assertThat(line(out, "ESP ")).contains("1.28%", "BELOW");
        assertThat(line(out, "ISL ")).contains("NO_FIGURE");
    }

    @Test
    void aRangeGivesTheCountPerYearWithStableCsvColumns() {
        String out = ok("compliance", "--from", "2014", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", Tables.columnNames(ComplianceHistory.YearCount.class)))
                .isEqualTo("year,meeting,members,without_figure,estimate");
        // NATO 2024-06, TABLE3: 3 allies at 2% in 2014 (of 28), 10 in 2023 (of 31), 23 in 2024 (of 32)
        assertThat(out.lines()).contains("2014,3,28,1,false", "2023,10,31,1,true", "2024,23,32,1,true").hasSize(12);
    }

    @Test
    void aPartialEditionCountsOverTheAlliesWithAFigure() {
        // data/nato/NATO-2025-08.csv: 2025e shares for 23 allies, all at or above 2.00; nine members have none there
        String out = ok("compliance", "--edition", "NATO-2025-08", "--year", "2025");
        assertThat(out).contains(": 23 of 23 allies with a figure meet it, 0 below; 9 of 32 members without a figure: "
                + "DNK, FIN, DEU, ISL, MNE, NLD, SVK, SVN, SWE").doesNotContain("23 of 32");
        assertThat(line(out, "ISL ")).contains("NO_FIGURE");
    }

    @Test
    void otherGuidelinesAndRoundings() {
        // NATO 2024-06, TABLE8 2024e: 29 allies spend at least 20% on major equipment
        assertThat(ok("compliance", "--guideline", "EQUIPMENT_20PCT")).contains(": 29 of 32 allies meet it, 2 below");
        // NATO 2025-08, TABLE3: Poland 2018 is 1.995933772, printed 2.00: below exactly, meets as printed
        assertThat(line(ok("compliance", "--edition", "NATO-2025-08", "--year", "2018"), "POL ")).contains("BELOW");
        assertThat(line(ok("compliance", "--edition", "NATO-2025-08", "--year", "2018", "--rounding", "as-printed"), "POL "))
                .contains("MEETS");
    }

    @Test
    void chartsTheRankingForOneYearAndTheCountsForARange() throws IOException {
        Path ranking = dir.resolve("ranking.png");
        Path counts = dir.resolve("counts.svg");

        ok("compliance", "--chart", ranking.toString());
        ok("compliance", "--from", "2014", "--chart", counts.toString());

        Runs.assertPng(ranking);
        assertThat(Files.readString(counts)).contains("<svg", "<title>Allies meeting 2% of GDP on defence, 2014-2024");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("compliance", "--guideline", "GDP_3PCT"))
                .startsWith("milex: Invalid value for option '--guideline': unknown guideline 'GDP_3PCT'; milex knows GDP_2PCT");
        assertThat(usageError("compliance", "--guideline", "HAGUE_TOTAL_5PCT"))
                .contains("no published measure").contains("milex gaps --target 5");
        assertThat(usageError("compliance", "--rounding", "up")).contains("expected exact or as-printed");
        assertThat(usageError("compliance", "--year", "2013")).isEqualTo("milex: NATO-2024-06 covers 2014-2024, not 2013");
        assertThat(usageError("compliance", "--year", "2024", "--from", "2020")).contains("--year and --from/--to exclude each other");
        assertThat(usageError("compliance", "--from", "2020", "--to", "2016")).contains("the first is after the last");
        assertThat(usageError("compliance", "--edition", "NATO-2030-01")).startsWith("milex: unknown edition 'NATO-2030-01'");
        assertThat(usageError("compliance", "--chart", "chart.gif")).contains("--chart writes a .png or an .svg file");
    }

    @Test
    void aMalformedDataFileIsADataError() throws IOException {
        Runs.assertDataError("compliance", "--data", Runs.badDataFile(dir).toString());
    }
}
