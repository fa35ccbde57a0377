package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.milex.cli.ReportCommandTest.line;
import static org.milex.cli.Runs.ok;
import static org.milex.cli.Runs.usageError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.query.Query;

class ShareCommandTest {

    @TempDir
    Path dir;

    @Test
    void europeAndCanadaFrom143To202() {
        String out = ok("share");

        assertThat(out).isEqualTo(Query.of(Dataset.embedded()).group(AllyGroup.EUROPE_CANADA).groupSharesOrPublished() + "\n");
        // NATO 2024-06, TABLE3 "NATO Europe and Canada": 1.43 in 2014, 2.02 in 2024e
        assertThat(line(out, "EUROPE_CANADA  NATO Europe and Canada  2014")).contains("1.43%");
        assertThat(line(out, "EUROPE_CANADA  NATO Europe and Canada  2024")).contains("2.02%");
        assertThat(out.lines().filter(l -> l.startsWith("EUROPE_CANADA  "))).hasSize(11);
    }

    @Test
    void nato2024AsJsonAtFullPrecision() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(ok("share", "--group", "nato", "--year", "2024", "--format", "json"));

        assertThat(rows).hasSize(1);
        // NATO 2024-06, TABLE3 "NATO Total" 2024e: 2.71 (exactly 2.712749728347316 recomputed from TABLE2)
        assertThat(rows.get(0).get("combined_pct").asText()).startsWith("2.7127");
        assertThat(rows.get(0).get("members").asInt()).isEqualTo(32);
    }

    @Test
    void aPartialEditionUsesNatosPublishedRow() {
        // NATO 2025-08 holds shares but not the members' money figures
        assertThat(line(ok("share", "--edition", "NATO-2025-08", "--year", "2024"), "EUROPE_CANADA  ")).contains("PUBLISHED_ROW");
    }

    @Test
    void chartsTheShareOverTime() throws IOException {
        Path png = dir.resolve("share.png");

        ok("share", "--chart", png.toString());

        Runs.assertPng(png);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(usageError("share", "--group", "EU")).startsWith("milex: Invalid value for option '--group': unknown group code 'EU'");
        assertThat(usageError("share", "--from", "2010")).isEqualTo("milex: NATO-2024-06 covers 2014-2024, not 2010");
        assertThat(usageError("share", "--to", "soon")).contains("'--to'").contains("soon");
    }
}
