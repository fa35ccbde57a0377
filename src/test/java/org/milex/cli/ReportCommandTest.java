package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutArgumentsReportsTheNewestCompleteEditionsLastYear() {
        String out = ok("report");

        assertThat(out.lines().findFirst()).contains("milex burden-sharing report: NATO allies' defence expenditure in 2024e");
        assertThat(out).contains("Edition NATO-2024-06, Defence Expenditure of NATO Countries (2014-2024), published 2024-06-17, data cut-off 2024-06-12");
        // NATO 2024-06, TABLE3 (2024e): 23 of 32 allies at or above 2.00; Iceland has no armed forces
        assertThat(out).contains("2% of GDP on defence (≥ 2.00%): 23 of 32 allies meet it, 8 below; no figure: ISL Iceland");
        // NATO 2024-06, TABLE3 2024e, largest first: Poland 4.12 ... Slovakia 2.00 (exactly 2.00, meets)
        assertThat(out).contains("  meet (23): POL 4.12e, EST 3.43e, USA 3.38e,").contains("MNE 2.02e, SVK 2.00e\n");
        assertThat(out).contains("  below (8): HRV 1.81e, PRT 1.55e, ITA 1.49e, CAN 1.37e, BEL 1.30e, LUX 1.29e, SVN 1.29e, ESP 1.28e\n");
                // NATO 2024-06, TABLE8 (equipment share 2024e): 29 at or above 20%, Canada 18.60 and Belgium 15.16 below
        assertThat(out).contains("20% of defence expenditure on major equipment incl. related R&D (≥ 20.00%): 29 of 32 allies meet it, 2 below");
        assertThat(out).contains("3.5% of GDP on core defence requirements (≥ 3.50%): 1 of 32 allies meet it")
                .contains("not core defence expenditure");
    }

    @Test
    void reportsGroupsTotalsGapsAndSources() {
        String out = ok("report");

        // NATO 2024-06, TABLE3 rows "NATO Total" 2.71 and "NATO Europe and Canada" 2.02 (2024e)
        assertThat(line(out, "NATO           NATO Total              2024")).contains("2.71%");
        assertThat(line(out, "EUROPE_CANADA  NATO Europe and Canada  2024")).contains("2.02%");
        // NATO 2024-06, TABLE1 (current prices, USD million): NATO Total 2024e 1,474,399.48
        assertThat(out).contains("1,474,399.48");
        // Computed by milex from TABLE3 shares and TABLE5 GDP (see GapTest): Canada's gap is the largest, the sum 44,913.26
        assertThat(out).contains("4. Largest gaps to 2% of GDP, 2024e");
        assertThat(line(out, "CAN   Canada")).contains("14,181.35");
        assertThat(out).contains("note: Σ of allies' gaps 2024: USD 44,913.26 mn");
        // No ally counted as meeting 2% in section 1 has a gap in section 4 (NATO 2024-06 TABLE3: NLD 2.05, SVK 2.00)
        String gaps = out.substring(out.indexOf("4. Largest gaps"));
        assertThat(gaps).doesNotContain("NLD ").doesNotContain("SVK ");
        // data/editions.csv: the edition's workbook and price base
        assertThat(out).contains("5. Sources").contains("edition NATO-2024-06 (primary): NATO's own workbook "
                + "240617-def-exp-2024-TABLES-en.xlsx").contains("(derived): computed by milex").doesNotContain("shared/");
    }

    @Test
    void anEarlierYear() {
        String out = ok("report", "--year", "2014");

        // NATO 2024-06, TABLE3 2014: Greece, the UK and the US at or above 2%, of 28 allies
        assertThat(out).contains("in 2014\n").contains("2% of GDP on defence (≥ 2.00%): 3 of 28 allies meet it")
                .doesNotContain("2014e");
        // NATO 2024-06, TABLE3 "NATO Europe and Canada" 2014: 1.43
        assertThat(line(out, "EUROPE_CANADA  NATO Europe and Canada  2014")).contains("1.43%");
    }

    @Test
    void anEditionWithoutMoneyFiguresReportsWhatItCanAndSaysWhatItCannot() {
        String out = ok("report", "--edition", "NATO-2025-08");

        // data/nato/NATO-2025-08.csv: 2025e shares for 23 allies; no GDP in US dollars at all
        assertThat(out).contains("in 2025e").contains("2% of GDP on defence (≥ 2.00%): 23 of 23 allies with a figure "
                + "meet it, 0 below; 9 of 32 members without a figure: DNK, FIN, DEU, ISL, MNE, NLD, SVK, SVN, SWE");
        assertThat(out).contains("not available in NATO-2025-08: it publishes no gdp_usd_current_mn for 2025")
                .doesNotContain("USD 0.00 mn");
        assertThat(out.split("not available in NATO-2025-08: NATO-2025-08 \\(PARTIAL\\) lacks expenditure or GDP in US "
                + "dollars for 32 of the members of NATO in 2025")).hasSize(2);
    }

    @Test
    void asJsonIsOneObject() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ok("report", "--format", "json"));

        assertThat(json.isObject()).isTrue();
        assertThat(json.get("year").asInt()).isEqualTo(2024);
        assertThat(json.get("estimate").asBoolean()).isTrue();
        assertThat(json.get("edition").get("edition").asText()).isEqualTo("NATO-2024-06");
        JsonNode two = json.get("guidelines").get(0);
        assertThat(two.get("guideline").asText()).isEqualTo("GDP_2PCT");
        assertThat(two.get("meeting").asInt()).isEqualTo(23);     // NATO 2024-06, TABLE3 2024e
        assertThat(two.get("members").asInt()).isEqualTo(32);
        assertThat(two.get("standings")).hasSize(32);
        assertThat(json.get("groups").get(1).get("code").asText()).isEqualTo("EUROPE_CANADA");
        assertThat(json.get("groups").get(1).get("combined_pct").asDouble()).isBetween(2.015, 2.025);
        assertThat(json.get("largest_gaps").get(0).get("code").asText()).isEqualTo("CAN");
        assertThat(json.get("totals")).hasSize(4);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("report", "--year", "2030")).isEqualTo("milex: NATO-2024-06 covers 2014-2024, not 2030");
        assertThat(usageError("report", "--year", "twenty")).contains("'--year'").contains("twenty");
        assertThat(usageError("report", "--edition", "NATO-1999-01")).startsWith("milex: unknown edition 'NATO-1999-01'");
        assertThat(usageError("report", "--format", "csv")).contains("use --format table or json");
        assertThat(usageError("report", "--bogus")).isEqualTo("milex: Unknown option: '--bogus' (see 'milex report --help')");
    }

    @Test
    void aMalformedDataFileIsADataError() throws IOException {
        Runs.assertDataError("report", "--data", Runs.badDataFile(dir).toString());
    }

    static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in\n" + out));
    }
}
