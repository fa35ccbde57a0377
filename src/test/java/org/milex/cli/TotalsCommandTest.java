package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.query.Total;
import org.milex.table.Tables;

class TotalsCommandTest {

    @TempDir
    Path dir;

    @Test
    void natoTotalsYearByYear() {
        String out = ok("totals");

        // NATO 2024-06, TABLE1 "NATO Total" (USD million, current prices): 2024e 1,474,399.48
        assertThat(line(out, "NATO  NATO Total  2024")).contains("1,474,399.48");
        assertThat(out.lines().filter(l -> l.startsWith("NATO  "))).hasSize(11);
    }

    @Test
    void constantPricesAsCsvWithStableColumns() {
        String out = ok("totals", "--basis", "constant", "--group", "EUROPE_CANADA", "--year", "2024", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Tables.columnNames(Total.class)));
        // NATO 2024-06, TABLE2 (constant 2015 USD million) "NATO Europe and Canada" 2024e: 430,112.31
        assertThat(out.lines().skip(1)).singleElement().asString()
                .startsWith("EUROPE_CANADA,NATO Europe and Canada,2024,430112.31").contains(",USD,constant 2015 prices,");
    }

    @Test
    void csvPrintsMoneyExactlyAsHeld() {
        String out = ok("totals", "--year", "2024", "--format", "csv");

        // Python Decimal: Σ expenditure_usd_current_mn of the 31 allies with armed forces in data/nato/NATO-2024-06.csv
        // (each value as the shortest decimal of its double) = 1474399.47657343887905; never 1474399.4765734388
        assertThat(out.lines().skip(1)).singleElement().asString()
                .startsWith("NATO,NATO Total,2024,1474399.47657343887905,USD,current prices,");
    }

    @Test
    void chosenAllies() {
        // NATO 2024-06, TABLE1: Poland 2024e USD 34,974.53 million
        assertThat(line(ok("totals", "--ally", "pol", "--year", "2024"), "POL")).contains("34,974.53");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("totals", "--basis", "real")).contains("expected one of current, constant, not 'real'");
        assertThat(usageError("totals", "--ally", "XYZ")).startsWith("milex: unknown ally code 'XYZ'");
        assertThat(usageError("totals", "--edition", "NATO-2025-08")).contains("NATO-2025-08 (PARTIAL) lacks expenditure");
    }

    @Test
    void aMalformedDataFileIsADataError() throws IOException {
        Runs.assertDataError("totals", "--data", Runs.badDataFile(dir).toString());
    }
}
