package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.PriceBasis;
import org.milex.testing.DerivedWorkbooks;
import org.milex.testing.Workbook2024;

/** The importer on NATO's newer layout (2025, 2026), on workbooks derived from the 2024 one ({@link DerivedWorkbooks}). */
class NewerLayoutTest {
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");
    /** An edition shaped like NATO's July 2026 one, for the derived workbook's figures. */
    private static final Edition CORE_2026 = new Edition("NATO-2026-07", "NATO", "Defence Investment of NATO Countries "
            + "(2016-2026), derived for a test", LocalDate.of(2026, 7, 10), Optional.empty(), PriceBasis.constant(2021),
            Year.of(2016), Year.of(2026), Set.of(Year.of(2025), Year.of(2026)), Edition.Coverage.COMPLETE,
            Edition.Definition.CORE_DEFENCE_EXPENDITURE, "a test workbook");
    private static final String FISCAL = DerivedWorkbooks.FISCAL;

    private static Path original;
    private static NatoWorkbook.Result june2024;

    @BeforeAll
    static void read() {
        original = Workbook2024.path();
        june2024 = NatoWorkbook.read(original, JUNE_2024);
    }

    @Test
    void readsThe2026LayoutWithItsPriceBaseEstimatesDefinitionAndCurrencies(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "def-exp-2026-en.xlsx", wb -> DerivedWorkbooks.newer(wb, true));
        NatoWorkbook.Layout layout = NatoWorkbook.describe(f);
        assertThat(layout.constantPrices()).isEqualTo(PriceBasis.constant(2021));
        assertThat(layout.definition()).isEqualTo(Edition.Definition.CORE_DEFENCE_EXPENDITURE);
        assertThat(layout.estimateYears()).containsExactlyInAnyOrder(Year.of(2025), Year.of(2026));
        assertThat(layout.firstYear()).isEqualTo(Year.of(2016));
        assertThat(layout.lastYear()).isEqualTo(Year.of(2026));
        // Table 1's bracketed currencies, kept as attributes
        assertThat(layout.currencies()).containsEntry("SWE", "Kronor").containsEntry("POL", "Zlotys")
                .containsEntry("USA", "US dollars").hasSize(31);
        // NATO's footnote stars, 2024 labels: Czechia*, Estonia*, Latvia*, Lithuania*, Poland*, Romania*
        assertThat(layout.starred()).containsExactly("CZE", "EST", "LVA", "LTU", "POL", "ROU");
        // '..' in Albania's third year (F11), and in Table 3's two blocks' group rows (42, 43; 76, 77) in the seven
        // years whose members changed when the years moved on by two (DerivedWorkbooks, transformation 7)
        assertThat(layout.notAvailable()).hasSize(1 + 2 * 2 * 7).first().isEqualTo("Table 3!F11");
        assertThat(layout.notAvailable().subList(1, 29)).allMatch(c -> c.matches("Table 3![EFHIKLM](42|43|76|77)"));
        assertThat(layout.nil()).containsExactly("Table 8b!H11");
        assertThat(layout.fiscalYearNotes()).containsExactly(FISCAL);
        // the allies the note names are those milex's model gives an April-to-March year
        String named = FISCAL.substring(FISCAL.indexOf(" for ") + 5);
        assertThat(java.util.Arrays.stream(named.split(" and ")).map(n -> Ally.fromName(n.replaceFirst("^the ", "")).orElseThrow()))
                .allSatisfy(a -> assertThat(org.milex.model.FiscalYear.of(a).isCalendarYear()).isFalse());

        Dataset d = Dataset.of(NatoWorkbook.read(f, CORE_2026).observations());
        Dataset was = Dataset.of(june2024.observations());
        // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12…, here relabelled 2026e
        assertThat(d.find(Ally.of("POL"), Year.of(2026), CORE_2026).orElseThrow().value(Measure.SHARE_OF_GDP))
                .isEqualTo(was.find(Ally.of("POL"), Year.of(2024), JUNE_2024).orElseThrow().value(Measure.SHARE_OF_GDP))
                .hasValue(4.120190989357147);
        assertThat(d.find(Ally.of("POL"), Year.of(2026), CORE_2026).orElseThrow().isEstimate()).isTrue();
        assertThat(d.find(Ally.of("POL"), Year.of(2024), CORE_2026).orElseThrow().isEstimate()).isFalse();
        // '..' is no figure, '-' is nil: 0
        assertThat(d.find(Ally.of("ALB"), Year.of(2018), CORE_2026).orElseThrow().has(Measure.SHARE_OF_GDP)).isFalse();
        assertThat(d.find(Ally.of("ALB"), Year.of(2020), CORE_2026).orElseThrow().value(Measure.INFRASTRUCTURE_SHARE))
                .hasValue(0.0);
        // every other figure is the 2024 edition's, two years on
        assertThat(d.size()).isEqualTo(was.size());
        assertThat(d.find(Ally.of("SWE"), Year.of(2026), CORE_2026).orElseThrow().value(Measure.EXPENDITURE_USD_CURRENT))
                .isEqualTo(was.find(Ally.of("SWE"), Year.of(2024), JUNE_2024).orElseThrow().value(Measure.EXPENDITURE_USD_CURRENT));
    }

    @Test
    void readsThe2025LayoutAsDefenceExpenditure(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "def-exp-2025-en.xlsx", wb -> DerivedWorkbooks.newer(wb, false));
        assertThat(NatoWorkbook.describe(f).definition()).isEqualTo(Edition.Definition.DEFENCE_EXPENDITURE);
        assertThatThrownBy(() -> NatoWorkbook.read(f, CORE_2026))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage("def-exp-2025-en.xlsx!Table 1!B4: the workbook measures DEFENCE_EXPENDITURE but edition "
                        + "NATO-2026-07 is CORE_DEFENCE_EXPENDITURE: 'Table 1: Defence expenditure'");
    }

    @Test
    void refusesTitlesThatDisagreeOnTheDefinition(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "mixed.xlsx", wb -> {
            DerivedWorkbooks.newer(wb, false);
            wb.getSheet("Table 3").getRow(3).getCell(1).setCellValue("Table 3: Core defence expenditure as a share of GDP");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessage("mixed.xlsx!Table 3!B4: a title measuring CORE_DEFENCE_EXPENDITURE, but Table 1!B4 measures "
                        + "DEFENCE_EXPENDITURE: 'Table 3: Core defence expenditure as a share of GDP'");
    }

    @Test
    void refusesCaptionsThatDisagreeOnThePriceBase(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "prices.xlsx", wb -> {
            DerivedWorkbooks.newer(wb, true);
            wb.getSheet("Table 2").getRow(43).getCell(1).setCellValue("Constant 2015 prices and exchange rates");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("prices.xlsx!Table 2!B44: a price base of 2015, but Table 1!B43 says 2021: "
                        + "'Constant 2015 prices and exchange rates'");
    }

    @Test
    void refusesASubtitleItDoesNotKnow(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "subtitle.xlsx", wb -> {
            DerivedWorkbooks.newer(wb, true);
            wb.getSheet("Table 3").getRow(43).getCell(1).setCellValue("Annual nominal change (%)");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("subtitle.xlsx!Table 3!B44: neither a subtitle of Table 3 [Share of real GDP (%), Annual real "
                        + "change (%)], a unit or price caption, a note, nor an ally's or group's name: "
                        + "'Annual nominal change (%)'");
    }

    @Test
    void refusesTextThatIsNeitherMissingNorNil(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "text.xlsx", wb -> {
            DerivedWorkbooks.newer(wb, true);
            wb.getSheet("Table 3").getRow(11).getCell(4).setCellValue("n.a.");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("text.xlsx!Table 3!E12: expected a number, '..' (not available) or '-' (nil), found text: 'n.a.'");
    }

    @Test
    void refusesAFormulaWithoutAStoredValue(@TempDir Path dir) throws Exception {
        Path f = DerivedWorkbooks.derive(dir, "formula.xlsx", wb -> {
            Row r = wb.getSheet("TABLE3").getRow(11);
            r.removeCell(r.getCell(3));
            r.createCell(3).setCellFormula("E12*1");
        });
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessageStartingWith("formula.xlsx!TABLE3!D12: a formula with no stored value");
    }

    @Test
    void refusesATruncatedOrEncryptedWorkbookNamingTheFile(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> NatoWorkbook.read(cut, JUNE_2024)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageStartingWith("cut.xlsx: not a readable .xlsx workbook, perhaps truncated");

        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(original, os);
            }
            try (OutputStream os = Files.newOutputStream(locked)) {
                fs.writeFilesystem(os);
            }
        }
        assertThatThrownBy(() -> NatoWorkbook.read(locked, JUNE_2024)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageStartingWith("locked.xlsx: an encrypted (password-protected) workbook");
    }
}
