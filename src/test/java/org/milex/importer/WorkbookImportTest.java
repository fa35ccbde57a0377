package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.DataFileException;
import org.milex.data.Dataset;
import org.milex.data.UserData;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.testing.DerivedWorkbooks;
import org.milex.testing.Workbook2024;

/** Importing a workbook into a user's data directory: new editions, partial ones replaced, conflicts refused. */
class WorkbookImportTest {
    private static final WorkbookImport.Options JULY_2026 = WorkbookImport.Options.none().published(LocalDate.of(2026, 7, 10));

    @Test
    void theFullWorkbookOfAFragmentaryEditionReplacesItAndListsTheRevisions(@TempDir Path dir) throws Exception {
        Path wb = DerivedWorkbooks.core2026(dir, "def-exp-2026-en.xlsx");
        UserData user = UserData.at(dir.resolve("milex"));
        WorkbookImport.Outcome o = WorkbookImport.run(wb, user, JULY_2026);
        assertThat(o.status()).isEqualTo(WorkbookImport.Status.REPLACED_PARTIAL);
        Edition e = o.edition();
        assertThat(e.id()).isEqualTo("NATO-2026-07");
        assertThat(e.coverage()).isEqualTo(Edition.Coverage.COMPLETE);
        assertThat(e.definition()).isEqualTo(Edition.Definition.CORE_DEFENCE_EXPENDITURE);
        assertThat(e.estimateYears()).containsExactlyInAnyOrder(Year.of(2025), Year.of(2026));
        // the embedded NATO-2026-07 keeps its title and cut-off; the source names the workbook and its SHA-256
        assertThat(e.title()).isEqualTo("Defence Investment of NATO Countries (2014-2026)");
        assertThat(e.cutoff()).contains(LocalDate.of(2026, 7, 3));
        assertThat(e.source()).startsWith("NATO's workbook def-exp-2026-en.xlsx (SHA-256 ");

        // the partial figure Poland 2026e = 4.68 (OCR of the 2026 PDF) gives way to the workbook's value,
        // here the 2024 workbook's Poland 2024e 4.120190989357147 two years on
        assertThat(o.revisions()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("POL");
            assertThat(r.year()).isEqualTo(Year.of(2026));
            assertThat(r.partial()).isEqualTo(4.68);
            assertThat(r.full()).hasValue(4.120190989357147);
        });
        Dataset installed = Dataset.installed(user.directory());
        assertThat(installed.find(Ally.of("POL"), Year.of(2026), e).orElseThrow().value(Measure.SHARE_OF_GDP))
                .hasValue(4.120190989357147);
        // a newer complete edition becomes the default; the others stay as they were
        assertThat(installed.defaultEdition()).isEqualTo(e);
        assertThat(installed.edition("NATO-2025-08").coverage()).isEqualTo(Edition.Coverage.PARTIAL);
        assertThat(installed.editions()).hasSize(Dataset.embedded().editions().size());
        try (Stream<Path> files = Files.walk(user.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"))
                    .contains("editions.csv", "imports.csv", "NATO-2026-07.csv");
        }
    }

    @Test
    void theSameWorkbookTwiceIsANoOpAndADifferentOneIsRefused(@TempDir Path dir) throws Exception {
        Path wb = DerivedWorkbooks.core2026(dir, "def-exp-2026-en.xlsx");
        UserData user = UserData.at(dir.resolve("milex"));
        WorkbookImport.run(wb, user, JULY_2026);
        Path data = user.directory().resolve("nato/NATO-2026-07.csv");
        byte[] before = Files.readAllBytes(data);
        long modified = Files.getLastModifiedTime(data).toMillis();
        assertThat(WorkbookImport.run(wb, user, JULY_2026).status()).isEqualTo(WorkbookImport.Status.UNCHANGED);
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(data).toMillis()).isEqualTo(modified);

        Path other = DerivedWorkbooks.derive(dir, "other.xlsx", w -> DerivedWorkbooks.newer(w, false));
        assertThatThrownBy(() -> WorkbookImport.run(other, user, JULY_2026))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("other.xlsx: edition NATO-2026-07 was imported from def-exp-2026-en.xlsx (SHA-256 ")
                .hasMessageEndingWith("a different workbook under the same edition is refused: import it under another --edition-id");
    }

    @Test
    void nato2024WorkbookIsHeldAlreadyAndAnotherUnderItsIdIsRefused(@TempDir Path dir) throws Exception {
        UserData user = UserData.at(dir.resolve("milex"));
        // the date comes from NATO's file name, 240617-…; the SHA-256 is the one data/editions.csv names
        WorkbookImport.Outcome o = WorkbookImport.run(Workbook2024.path(), user, WorkbookImport.Options.none());
        assertThat(o.status()).isEqualTo(WorkbookImport.Status.UNCHANGED);
        assertThat(o.edition().id()).isEqualTo("NATO-2024-06");
        assertThat(user.directory()).doesNotExist();

        Path other = DerivedWorkbooks.core2026(dir, "240617-other.xlsx");
        assertThatThrownBy(() -> WorkbookImport.run(other, user, WorkbookImport.Options.none()))
                .hasMessageStartingWith("240617-other.xlsx: milex holds edition NATO-2024-06 completely, from another workbook");
    }

    @Test
    void aNewEditionNeedsAPublicationDate(@TempDir Path dir) throws Exception {
        Path wb = DerivedWorkbooks.core2026(dir, "def-exp-2027-en.xlsx");
        UserData user = UserData.at(dir.resolve("milex"));
        assertThatThrownBy(() -> WorkbookImport.run(wb, user, WorkbookImport.Options.none()))
                .isInstanceOf(DataFileException.class)
                .hasMessage("def-exp-2027-en.xlsx: the workbook does not say when it was published: give the date "
                        + "(--published YYYY-MM-DD) or the edition (--edition-id NATO-YYYY-MM)");
        WorkbookImport.Outcome o = WorkbookImport.run(wb, user, WorkbookImport.Options.none()
                .published(LocalDate.of(2027, 6, 20)));
        assertThat(o.status()).isEqualTo(WorkbookImport.Status.IMPORTED);
        assertThat(o.edition().id()).isEqualTo("NATO-2027-06");
        assertThat(o.edition().cutoff()).isEmpty();
        assertThat(Dataset.installed(user.directory()).defaultEdition().id()).isEqualTo("NATO-2027-06");
        assertThat(Dataset.installed(user.directory()).asOf(LocalDate.of(2027, 6, 19))).contains(Edition.parse("NATO-2026-07"));
    }
}
