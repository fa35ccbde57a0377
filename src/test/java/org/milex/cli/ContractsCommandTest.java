package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import org.junit.jupiter.api.Test;
import org.milex.table.Tables;

class ContractsCommandTest {

    @Test
    void listsTheContractsInTheirOwnCurrencies() {
        String out = ok("contracts");

        // data/contracts.csv: stinger-2024, NSPA, about USD 700 mn, for DEU, ITA, NLD
        assertThat(line(out, "stinger-2024 ")).contains("NSPA", "Stinger", "DEU,ITA,NLD", "about", "700.00", "USD");
        assertThat(out).contains("note: total in EUR: about EUR 3700 mn").contains("pass --eur-usd RATE --rate-date");
    }

    @Test
    void withoutARateTotalsArePerCurrency() {
        String out = ok("contracts", "--by", "agency", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", Tables.columnNames(ContractsCommand.ContractTotal.class)));
        // data/contracts.csv: NSPA's euro contracts 1100 + 2400 + 200
        assertThat(out.lines()).contains("NSPA,about,3700,EUR,3");   // exact decimal text, as held
    }

    @Test
    void withARateOneTotalInDollarsNamingTheRate() {
        String out = ok("contracts", "--by", "agency", "--awards", "--eur-usd", "1.09", "--rate-date", "2024-01-23");

        // data/contracts.csv, NSPA awards: USD 700 + 5500 + 478, EUR 3700 × 1.09 = USD 4033: 10,711
        assertThat(line(out, "NSPA ")).contains("about", "10,711.00", "USD", "6");
        assertThat(out).contains("note: converted at EUR/USD 1.09 on 2024-01-23 (given with --eur-usd)");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("contracts", "--eur-usd", "1.09")).isEqualTo("milex: --eur-usd needs --rate-date: the day the rate applies to");
        assertThat(usageError("contracts", "--by", "colour")).contains("expected one of agency, buyer, system, year");
        assertThat(usageError("contracts", "--eur-usd", "-1", "--rate-date", "2024-01-23")).contains("positive");
        assertThat(usageError("contracts", "--rate-date", "yesterday", "--eur-usd", "1.1")).contains("'--rate-date'");
    }
}
