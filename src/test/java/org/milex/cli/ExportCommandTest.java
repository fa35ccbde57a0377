package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.excel.WorkbooksTest;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void xlsxWritesAWorkbookThatReadsBackToTheEditionsFigures() throws IOException {
        Path file = dir.resolve("nato-2024-06.xlsx");

        assertThat(Runs.ok("export", "--edition", "NATO-2024-06", "--format", "xlsx", "--output", file.toString()))
                .isEmpty();

        WorkbooksTest.assertSameFiguresAsTheCsv(file);
    }

    @Test
    void xlsxWithoutAnOutputFileIsAUsageError() {
        assertThat(Runs.usageError("export", "--format", "xlsx"))
                .isEqualTo("milex: --format xlsx writes a binary workbook: name the file with --output FILE.xlsx");
    }

    @Test
    void csvGoesIntoTheOutputFileWhenOneIsNamed() throws IOException {
        Path file = dir.resolve("nato.csv");

        assertThat(Runs.ok("export", "--output", file.toString())).isEmpty();

        assertThat(Files.readString(file)).isEqualTo(Files.readString(Path.of("data/nato/NATO-2024-06.csv")));
    }

    @Test
    void anOutputFileInAMissingFolderIsADataErrorNamingIt() {
        Path file = dir.resolve("missing/nato.xlsx");

        MainTest.Run r = Runs.run("export", "--format", "xlsx", "--output", file.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("milex: cannot write " + file);
    }
}
