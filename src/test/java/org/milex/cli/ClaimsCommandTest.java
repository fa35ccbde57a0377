package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.claims.Claims;

class ClaimsCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheClaimReportAsJshellDoes() {
        String out = ok("claims");

        assertThat(out).isEqualTo(Claims.check() + "\n");
        // data/claims.csv: "23 allies at 2% in 2024", NATO 2024-06 TABLE3 counts 23; "nine in 2021", it counts 6
        assertThat(line(out, "allies-at-2pct-2024 ")).contains("SUPPORTED", "23");
        assertThat(line(out, "nine-in-2021 ")).contains("NOT_SUPPORTED", "-3");
    }

    @Test
    void oneClaimAsCsv() {
        String out = ok("claims", "--claim", "poland-share-2024", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow()).startsWith("claim_id,verdict,label,claimed,claimed_value,unit,computed");
        // NATO 2024-06 TABLE3: Poland 2024e 4.12 (4.1202 exactly); NATO 2025-04 4.07 and NATO 2025-08 3.79 beside it
        assertThat(out.lines().skip(1)).hasSize(3).allMatch(l -> l.startsWith("poland-share-2024,SUPPORTED,2024,4.12%,"));
        assertThat(out.lines().skip(1).findFirst().orElseThrow()).contains(",4.120190989357147,").contains(",true,true,");
    }

    @Test
    void anotherRateIsNamedInTheExplanations() {
        assertThat(ok("claims", "--claim", "nspa-6bn", "--eur-usd", "1.1", "--rate-date", "2024-02-01"))
                .contains("EUR/USD 1.1 on 2024-02-01 (given with --eur-usd)");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("claims", "--claim", "nope")).startsWith("milex: unknown claim 'nope'; milex knows");
        assertThat(usageError("claims", "--rate-date", "2024-02-01")).contains("--rate-date needs --eur-usd");
    }

    @Test
    void aMalformedDataFileIsADataError() throws IOException {
        Runs.assertDataError("claims", "--data", Runs.badDataFile(dir).toString());
    }
}
