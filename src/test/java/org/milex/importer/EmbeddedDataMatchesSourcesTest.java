package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.ObservationCsv;
import org.milex.model.Edition;
import org.milex.testing.SharedSources;

/**
 * {@code data/nato/} is exactly what milex's importers make of the source material in {@code ../shared/sources}
 * (NATO's 2024 TABLES workbook and the transcribed partial editions). When a source changes, rebuild with
 * {@code org.milex.importer.BuildData} and review the diff. The complete edition is checked against the
 * workbook shipped in {@code sources/nato/} on every clone; the partial editions need {@code ../shared/sources}.
 */
class EmbeddedDataMatchesSourcesTest {

    @Test
    void theCompleteEditionEqualsAFreshImportOfTheShippedWorkbook(@TempDir Path out) throws Exception {
        Edition june = Edition.parse("NATO-2024-06");
        Path written = out.resolve("NATO-2024-06.csv");
        ObservationCsv.write(NatoWorkbook.read(SharedSources.shipped(BuildData.WORKBOOK), june).observations(), written);
        assertThat(Files.readString(written)).isEqualTo(Files.readString(Path.of("data/nato/NATO-2024-06.csv")));
    }

    @Test
    void theShippedWorkbookIsNatosFileAsPublished() throws Exception {
        // SHA-256 as in sources/nato/README.md and data/editions.csv
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SharedSources.shipped(BuildData.WORKBOOK)));
        String sha = HexFormat.of().formatHex(digest);
        assertThat(sha).isEqualTo("1897e2ead4be252c5c9a9d2f2696a65398c51375c88a2e7425339a8d368a600b");
        assertThat(Files.readString(Path.of("sources/nato/README.md"))).contains(sha);
        assertThat(Edition.parse("NATO-2024-06").source()).contains(sha);
    }

    @Test
    void dataEqualsAFreshImportOfTheSources(@TempDir Path out) throws Exception {
        Path sources = SharedSources.require();
        BuildData.write(BuildData.build(sources), out);
        List<Path> built;
        try (Stream<Path> s = Files.list(out.resolve("nato"))) {
            built = s.sorted().toList();
        }
        List<String> committed;
        try (Stream<Path> s = Files.list(Path.of("data/nato"))) {
            committed = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(built).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(committed);
        for (Path f : built) {
            assertThat(Files.readString(Path.of("data/nato").resolve(f.getFileName())))
                    .as("data/nato/%s against a fresh import", f.getFileName())
                    .isEqualTo(Files.readString(f));
        }
    }
}
