package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code milex history}: one figure as each edition published it. */
class HistoryCommandTest {

    @Test
    void polandsShareIn2024() {
        // NATO 2024-06 TABLE3: 4.120190989357147 (2024e); SG Annual Report 2024: 4.07; NATO 2025-08: 3.788951289
        String csv = ok("history", "--ally", "POL", "--year", "2024", "--measure", "share", "--format", "csv");
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("edition,published,value,estimate,definition,coverage,source,note");
        assertThat(csv).contains("NATO-2024-06,2024-06-17,4.120190989357147,true,DEFENCE_EXPENDITURE,COMPLETE,")
                .contains("NATO-2025-04,2025-04-24,4.07,true,DEFENCE_EXPENDITURE,INTERIM,")
                .contains("NATO-2025-08,2025-08-28,3.788951289,true,DEFENCE_EXPENDITURE,PARTIAL,");
        assertThat(ok("history", "--ally", "POL", "--year", "2024", "--as-of", "2025-01-01", "--format", "csv").lines())
                .hasSize(2).last().asString().startsWith("NATO-2024-06,");
    }

    @Test
    void drawsTheHistory(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("poland.png");
        ok("history", "--ally", "POL", "--year", "2024", "--chart", png.toString());
        Runs.assertPng(png);
    }

    @Test
    void namesOneAllyOrGroup() {
        assertThat(usageError("history", "--year", "2024"))
                .isEqualTo("milex: name one ally (--ally POL) or one group (--group NATO)");
        assertThat(usageError("history", "--ally", "POL", "--year", "2024", "--measure", "happiness"))
                .startsWith("milex: --measure: expected share, equipment");
    }
}
