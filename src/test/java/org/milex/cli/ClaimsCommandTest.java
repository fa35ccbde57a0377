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
import org.milex.claims.Claims;

class ClaimsCommandTest {
    private static final String HEADER = "claim,statement,outlet,said,urls,untraceable,reading,primary_because,part,"
            + "measure,subject,when,edition,basis,assumptions,comparison,tolerance,value,unit,note";

    @TempDir
    Path dir;

    @Test
    void printsEachReadingsValueAndOutcomeAsJshellDoes() {
        String out = ok("claims");

        assertThat(out).isEqualTo(Claims.check() + "\n");
        // the 430 bn claim's six readings side by side. NATO-2024-06 TABLE2, 2024e: Europe and Canada
        // 506,692.48 current, 430,112.31 constant 2015; NATO 1,474,399.48 current (USD mn)
        assertThat(line(out, "combined-spending-430bn ")).contains("europe-canada-current *", "no-case", "506.69", "fails");
        assertThat(containing(out, " europe-canada-constant ")).contains("every-case", "430.11", "holds");
        assertThat(containing(out, " nato-current ")).contains("1,474.40", "fails");
        assertThat(out).contains("  european-allies-current ", "  european-allies-constant ", "  nato-constant ");
        assertThat(out).contains("supported under reading europe-canada-constant only");
    }

    private static String containing(String out, String text) {
        return out.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line containing '" + text + "' in\n" + out));
    }

    @Test
    void oneClaimAsCsvOneRowPerPartAndCase() {
        String out = ok("claims", "--claim", "nspa-10bn-since-july-2023", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo(String.join(",",
                Claims.check().toTable().columnNames()));
        // data/claims.csv: three parts (total, patriot, ammunition) × two cases (LBDM at its ceiling, at its firm value)
        assertThat(out.lines().skip(1)).hasSize(6)
                .allMatch(l -> l.startsWith("nspa-10bn-since-july-2023,DEPENDS_ON_ASSUMPTION,nspa-awards-since-july-2023,"));
        // contracts.csv: Patriot USD 5500 + (155 mm EUR 1100 + LBDM EUR 1000 firm) × 1.09 = 7789 mn
        assertThat(out.lines().filter(l -> l.contains("contract-value firm\",total,"))).singleElement()
                .satisfies(l -> assertThat(l).contains(",7.789,", ",fails,"));
    }

    @Test
    void checksAUsersOwnFile() throws IOException {
        Path file = dir.resolve("my-claims.csv");
        Files.writeString(file, HEADER + "\n"
                + "pl-2024,Poland spends more than 4% of GDP,my notes,2024-06-20,,,published,NATO's own figure,2024,"
                + "share-of-gdp,POL,2024,nearest,,,more-than,,4,percent,\n");

        String out = ok("claims", "--file", file.toString());

        // NATO-2024-06 TABLE3: Poland 2024e = 4.1202 > 4
        assertThat(line(out, "pl-2024 ")).contains("SUPPORTED", "published *", "4.1202", "holds");
        assertThat(out).startsWith("1 claim checked: 1 SUPPORTED\n");
    }

    @Test
    void aMalformedClaimsFileIsADataErrorNamingLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n"
                + "pl-2024,Poland spends more than 4% of GDP,my notes,2024-06-20,,,published,because,2024,"
                + "share-of-gdp,POL,2024,nearest,,,more-than,,4%,percent,\n");

        MainTest.Run r = Runs.run("claims", "--file", file.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("milex: " + file + ":2:18 (value): not a plain decimal number "
                + "(digits, an optional decimal point): '4%'");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("claims", "--claim", "nope")).startsWith("milex: unknown claim 'nope'; the file has");
    }

    @Test
    void aMalformedDataFileIsADataError() throws IOException {
        Runs.assertDataError("claims", "--data", Runs.badDataFile(dir).toString());
    }
}
