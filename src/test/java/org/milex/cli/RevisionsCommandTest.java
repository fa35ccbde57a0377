package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import org.junit.jupiter.api.Test;

class RevisionsCommandTest {

    @Test
    void polandRevisedFrom412To379() {
        String out = ok("revisions", "--to", "NATO-2025-08", "--ally", "POL", "--years", "2022-2024");

        // NATO 2024-06 TABLE3 Poland 2024e 4.12; NATO 2025-08 TABLE3 Poland 2024e 3.79
        assertThat(line(out, "POL   Poland  2024")).contains("4.12", "3.79", "-0.33");
        assertThat(out.lines().filter(l -> l.startsWith("POL"))).hasSize(3);
    }

    @Test
    void withoutAlliesIncludesNatosOwnRow() {
        // NATO 2024-06 TABLE3 NATO Total 2024e 2.71; NATO 2025-08 2.61
        assertThat(line(ok("revisions", "--to", "NATO-2025-08", "--year", "2024"), "NATO ")).contains("2.71", "2.61");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("revisions")).isEqualTo("milex: Missing required option: '--to=EDITION' (see 'milex revisions --help')");
        assertThat(usageError("revisions", "--to", "NATO-1999-01")).startsWith("milex: unknown edition 'NATO-1999-01'");
        assertThat(usageError("revisions", "--to", "NATO-2025-08", "--years", "2022")).contains("expected FROM-TO");
        assertThat(usageError("revisions", "--to", "NATO-2025-08", "--years", "2010-2012")).contains("not 2010");
        assertThat(usageError("revisions", "--to", "NATO-2025-08", "--ally", "XX")).startsWith("milex: unknown ally code 'XX'");
    }
}
