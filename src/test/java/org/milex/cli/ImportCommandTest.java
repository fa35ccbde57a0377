package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.testing.DerivedWorkbooks;

/** {@code milex import}, then every command on the imported edition without other steps. */
class ImportCommandTest {

    @Test
    void importThenComplianceReportEditionsAndHistory(@TempDir Path dir) throws Exception {
        Path wb = DerivedWorkbooks.core2026(dir, "def-exp-2026-en.xlsx");
        String d = dir.resolve("milex").toString();
        String out = ok("import", wb.toString(), "--published", "2026-07-10", "--data-dir", d);
        assertThat(out).startsWith("imported NATO-2026-07 from def-exp-2026-en.xlsx: ")
                .contains("2016-2026 (estimates 2025, 2026), constant 2021 prices, core defence expenditure (The "
                        + "Hague, 2025), published 2026-07-10, cut-off 2026-07-03")
                .contains("it replaces the fragmentary NATO-2026-07 milex ships: ")
                // Poland 2026e: 4.68 in the fragmentary edition (OCR), 4.120190989357147 in the workbook
                .containsPattern("POL +2026 +share_of_gdp_pct +4\\.68 +4\\.120190989357147");

        assertThat(ok("import", wb.toString(), "--published", "2026-07-10", "--data-dir", d))
                .isEqualTo("NATO-2026-07 is already held from this workbook (same SHA-256): nothing changed\n");

        assertThat(ok("editions", "--data-dir", d, "--format", "csv"))
                .containsPattern("NATO-2026-07,Defence Investment of NATO Countries \\(2014-2026\\),2026-07-10,2026-07-03,2021,2016,2026,COMPLETE");
        String compliance = ok("compliance", "--year", "2026", "--data-dir", d, "--guideline", "HAGUE_CORE_3_5PCT");
        assertThat(compliance).contains("NATO-2026-07").doesNotContain("compared with a different figure");
        assertThat(ok("compliance", "--year", "2026", "--data-dir", d)).contains("NATO-2026-07")
                .contains("NATO-2026-07 measures core defence expenditure (The Hague, 2025), not defence expenditure "
                        + "(NATO definition): GDP_2PCT compared with a different figure");
        assertThat(ok("report", "--data-dir", d)).contains("NATO-2026-07");
        assertThat(ok("history", "--ally", "POL", "--year", "2026", "--data-dir", d, "--format", "csv"))
                .contains("NATO-2026-07,2026-07-10,4.120190989357147,true,CORE_DEFENCE_EXPENDITURE,COMPLETE");
    }

    @Test
    void aWorkbookThatIsNotOneIsADataErrorNamingIt(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("tables.xlsx");
        java.nio.file.Files.writeString(bad, "not a workbook");
        MainTest.Run r = run("import", bad.toString(), "--data-dir", dir.resolve("milex").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("milex: tables.xlsx: not an Excel workbook (its content looks like UNKNOWN)");
    }
}
