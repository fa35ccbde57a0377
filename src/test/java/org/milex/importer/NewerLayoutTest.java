package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.PriceBasis;
import org.milex.testing.Workbook2024;

/**
 * The importer on NATO's newer layout (2025, 2026), tested on workbooks derived from the real 2024 one by
 * these documented transformations ({@link #newer}):
 * <ol>
 *   <li>sheets {@code TABLE1} … renamed {@code Table 1} …, titles {@code Table 3 : …} rewritten
 *       {@code Table 3: …}, "Defence expenditure" in the titles made "Core defence expenditure" (2026);</li>
 *   <li>every year in the headers moved on by two (2014 … 2024e becomes 2016 … 2026e, estimates
 *       {@code 2025e}, {@code 2026e}), Table 4's too;</li>
 *   <li>the price base 2015 in every caption made 2021 ("Based on 2015 prices" becomes "based on 2021
 *       prices", "Constant 2015 prices" becomes "Constant 2021 prices");</li>
 *   <li>Table 2's first block laid out as from 2025: the subtitle above its own header row;</li>
 *   <li>Table 1's labels with a single space before the bracketed currency ({@code Sweden (Kronor)});</li>
 *   <li>Table 3, Albania, third year ({@code F11}) printed {@code ..}; Table 8b, Albania, fifth year
 *       ({@code H11}) printed {@code -}; Table 3's notes given NATO's sentence on fiscal years.</li>
 * </ol>
 * Every other cell keeps NATO's 2024 value, so expected figures are the 2024 edition's, two years on.
 */
class NewerLayoutTest {
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");
    /** An edition shaped like NATO's July 2026 one, for the derived workbook's figures. */
    private static final Edition CORE_2026 = new Edition("NATO-2026-07", "NATO", "Defence Investment of NATO Countries "
            + "(2016-2026), derived for a test", LocalDate.of(2026, 7, 10), Optional.empty(), PriceBasis.constant(2021),
            Year.of(2016), Year.of(2026), Set.of(Year.of(2025), Year.of(2026)), Edition.Coverage.COMPLETE,
            Edition.Definition.CORE_DEFENCE_EXPENDITURE, "a test workbook");
    private static final String FISCAL = "2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom";

    private static Path original;
    private static NatoWorkbook.Result june2024;

    @BeforeAll
    static void read() {
        original = Workbook2024.path();
        june2024 = NatoWorkbook.read(original, JUNE_2024);
    }

    private static Path derive(Path dir, String name, Consumer<Workbook> change) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(original); Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** The transformations of the class Javadoc; {@code core} for 2026's titles. */
    static void newer(Workbook wb, boolean core) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            wb.setSheetName(i, s.getSheetName().replace("TABLE", "Table "));
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() >= 2014
                            && c.getNumericCellValue() <= 2024 && isHeader(r)) {
                        c.setCellValue(c.getNumericCellValue() + 2);
                    } else if (c.getCellType() == CellType.STRING) {
                        String t = c.getStringCellValue();
                        if (t.matches("20\\d\\de?") && isHeader(r)) {
                            c.setCellValue((Integer.parseInt(t.substring(0, 4)) + 2) + t.substring(4));
                        } else if (t.startsWith("Table ")) {
                            String title = t.replaceFirst("^Table (\\w+) : ", "Table $1: ");
                            c.setCellValue(core ? title.replace("Defence expenditure", "Core defence expenditure")
                                    .replace("defence expenditure", "core defence expenditure") : title);
                        } else if (t.contains("2015 prices")) {
                            c.setCellValue(t.replace("Based on 2015", "based on 2021").replace("2015", "2021"));
                        } else if (t.contains("   (")) {
                            c.setCellValue(t.replace("   (", " ("));
                        } else if (t.startsWith("Notes: Figures for 2023 and 2024")) {
                            c.setCellValue("Notes: Figures for 2025 and 2026 are estimates. " + FISCAL + ".");
                        }
                    }
                }
            }
        }
        // Table 2's first block as from 2025: subtitle (row 8), then its header (row 9), then the allies
        Sheet t2 = wb.getSheet("Table 2");
        Row header = t2.getRow(7);
        Row blank = t2.getRow(8) != null ? t2.getRow(8) : t2.createRow(8);
        for (Cell c : header) {
            Cell to = blank.createCell(c.getColumnIndex());
            if (c.getCellType() == CellType.NUMERIC) {
                to.setCellValue(c.getNumericCellValue());
            } else {
                to.setCellValue(c.getStringCellValue());
            }
        }
        for (int col = header.getLastCellNum() - 1; col >= 0; col--) {
            if (header.getCell(col) != null) {
                header.removeCell(header.getCell(col));
            }
        }
        header.createCell(1).setCellValue(t2.getRow(9).getCell(1).getStringCellValue());
        t2.getRow(9).removeCell(t2.getRow(9).getCell(1));
        wb.getSheet("Table 3").getRow(10).getCell(5).setCellValue("..");
        wb.getSheet("Table 8b").getRow(10).getCell(7).setCellValue("-");
    }

    private static boolean isHeader(Row r) {
        int years = 0;
        for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() >= 2014 && c.getNumericCellValue() <= 2024
                    || c.getCellType() == CellType.STRING && c.getStringCellValue().matches("20\\d\\de?")) {
                years++;
            }
        }
        return years >= 2;
    }

    @Test
    void readsThe2026LayoutWithItsPriceBaseEstimatesDefinitionAndCurrencies(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "def-exp-2026-en.xlsx", wb -> newer(wb, true));
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
        assertThat(layout.notAvailable()).containsExactly("Table 3!F11");
        assertThat(layout.nil()).containsExactly("Table 8b!H11");
        assertThat(layout.fiscalYearNotes()).containsExactly(FISCAL);

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
        Path f = derive(dir, "def-exp-2025-en.xlsx", wb -> newer(wb, false));
        assertThat(NatoWorkbook.describe(f).definition()).isEqualTo(Edition.Definition.DEFENCE_EXPENDITURE);
        assertThatThrownBy(() -> NatoWorkbook.read(f, CORE_2026))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage("def-exp-2025-en.xlsx!Table 1!B4: the workbook measures DEFENCE_EXPENDITURE but edition "
                        + "NATO-2026-07 is CORE_DEFENCE_EXPENDITURE: 'Table 1: Defence expenditure'");
    }

    @Test
    void refusesTitlesThatDisagreeOnTheDefinition(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "mixed.xlsx", wb -> {
            newer(wb, false);
            wb.getSheet("Table 3").getRow(3).getCell(1).setCellValue("Table 3: Core defence expenditure as a share of GDP");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessage("mixed.xlsx!Table 3!B4: a title measuring CORE_DEFENCE_EXPENDITURE, but Table 1!B4 measures "
                        + "DEFENCE_EXPENDITURE: 'Table 3: Core defence expenditure as a share of GDP'");
    }

    @Test
    void refusesCaptionsThatDisagreeOnThePriceBase(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "prices.xlsx", wb -> {
            newer(wb, true);
            wb.getSheet("Table 2").getRow(43).getCell(1).setCellValue("Constant 2015 prices and exchange rates");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("prices.xlsx!Table 2!B44: a price base of 2015, but Table 1!B43 says 2021: "
                        + "'Constant 2015 prices and exchange rates'");
    }

    @Test
    void refusesASubtitleItDoesNotKnow(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "subtitle.xlsx", wb -> {
            newer(wb, true);
            wb.getSheet("Table 3").getRow(43).getCell(1).setCellValue("Annual nominal change (%)");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("subtitle.xlsx!Table 3!B44: neither a subtitle of Table 3 [Share of real GDP (%), Annual real "
                        + "change (%)], a unit or price caption, a note, nor an ally's or group's name: "
                        + "'Annual nominal change (%)'");
    }

    @Test
    void refusesTextThatIsNeitherMissingNorNil(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "text.xlsx", wb -> {
            newer(wb, true);
            wb.getSheet("Table 3").getRow(11).getCell(4).setCellValue("n.a.");
        });
        assertThatThrownBy(() -> NatoWorkbook.describe(f))
                .hasMessage("text.xlsx!Table 3!E12: expected a number, '..' (not available) or '-' (nil), found text: 'n.a.'");
    }

    @Test
    void refusesAFormulaWithoutAStoredValue(@TempDir Path dir) throws Exception {
        Path f = derive(dir, "formula.xlsx", wb -> {
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
