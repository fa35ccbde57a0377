package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.testing.SharedSources;

/**
 * {@code data/nato/} is exactly what milex's importers make of the source material in {@code ../shared/sources}
 * (NATO's 2024 TABLES workbook and the transcribed partial editions). When a source changes, rebuild with
 * {@code org.milex.importer.BuildData} and review the diff.
 */
class EmbeddedDataMatchesSourcesTest {

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
