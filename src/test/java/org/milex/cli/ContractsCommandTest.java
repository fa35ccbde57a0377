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
        assertThat(line(out, "stinger-2024 ")).contains("NSPA", "Stinger", "DEU,ITA,NLD", "firm", "about", "700.00", "USD");
        // data/contracts.csv: the DSCA notification of up to USD 780 mn is an approval, the LBDM framework a
        // ceiling of about EUR 2400 mn with EUR 1000 mn firm
        assertThat(line(out, "dsca-stinger-2023 ")).contains("approval", "about", "780.00", "USD");
        assertThat(line(out, "lbdm-2023 ")).contains("ceiling", "about", "2,400.00", "EUR", "1,000.00");
        // euro firm values: 155 mm 1100 + LBDM 1000 + 120 mm ≈ 200 = 2300; the ceiling stays apart
        assertThat(out).contains("note: total in EUR: firm about EUR 2300 mn (current prices) from 3 amounts; "
                + "ceiling about EUR 2400 mn (current prices) from 1 amount")
                .contains("pass --eur-usd RATE --rate-date").contains("never add them");
    }

    @Test
    void withoutARateTotalsArePerCurrency() {
        String out = ok("contracts", "--by", "agency", "--format", "csv");

        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", Tables.columnNames(ContractsCommand.ContractTotal.class)));
        // data/contracts.csv: NSPA in USD, firm: Stinger ≈ 700 + Patriot 5500 + backfill 478 = 6678, approvals
        // ≈ 780 + 150 + ≈ 136.1 = 1066.1; in EUR, firm 1100 + 1000 + ≈ 200 = 2300 and the LBDM ceiling ≈ 2400
        assertThat(out.lines()).contains("NSPA,USD,6678,,,1066.1,\"firm about, approval about\",6",   // exact decimal text, as held
                "NSPA,EUR,2300,2400,,,\"firm about, ceiling about\",3");
    }

    @Test
    void withARateOneTotalInDollarsNamingTheRate() {
        String out = ok("contracts", "--by", "agency", "--awards", "--eur-usd", "1.09", "--rate-date", "2024-01-23");

        // data/contracts.csv, NSPA awards, firm: USD 700 + 5500 + 478 = 6678, EUR 2300 × 1.09 = 2507: 9,185;
        // the LBDM ceiling EUR 2400 × 1.09 = 2,616 in its own column
        assertThat(line(out, "NSPA ")).contains("USD", "9,185.00", "2,616.00", "firm about, ceiling about", "6");
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
