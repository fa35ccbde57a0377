package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
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
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Subject;
import org.milex.testing.Workbook2024;

/**
 * NATO's 2024 TABLES workbook (shipped in {@code sources/nato/}, so this runs on every clone), read exactly: every
 * published cell, nothing dropped, oddities kept.
 */
class NatoWorkbookTest {
    private static final Edition JUNE_2024 = Edition.parse("NATO-2024-06");
    private static Path workbook;
    private static NatoWorkbook.Result result;

    @BeforeAll
    static void read() {
        workbook = Workbook2024.path();
        result = NatoWorkbook.read(workbook, JUNE_2024);
    }

    /**
     * The test's own map of NATO's layout: (sheet, block heading) to milex's column. The walker below reads the
     * workbook with POI directly, so the importer is checked against an independent reading of every cell.
     */
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("TABLE1/Current prices", "expenditure_nc_current_mn"),
            Map.entry("TABLE1/Constant 2015 prices", "expenditure_nc_constant_mn"),
            Map.entry("TABLE2/Current prices and exchange rates", "expenditure_usd_current_mn"),
            Map.entry("TABLE2/Constant 2015 prices and exchange rates", "expenditure_usd_constant_mn"),
            Map.entry("TABLE3/Share of real GDP (%)", "share_of_gdp_pct"),
            Map.entry("TABLE3/Annual real change (%)", "real_change_pct"),
            Map.entry("TABLE5/Current prices and exchange rates", "gdp_usd_current_mn"),
            Map.entry("TABLE5/Constant 2015 prices and exchange rates", "real_gdp_usd_constant_mn"),
            Map.entry("TABLE6/GDP per capita (thousand US dollars)", "gdp_per_capita_usd_constant_thousands"),
            Map.entry("TABLE6/Defence expenditure per capita (US dollars)", "expenditure_per_capita_usd_constant"),
            Map.entry("TABLE7/Thousands", "personnel_thousands"),
            Map.entry("TABLE8a/Equipment (a)", "equipment_share_pct"),
            Map.entry("TABLE8a/Personnel (b)", "personnel_expenditure_share_pct"),
            Map.entry("TABLE8b/Infrastructure (c)", "infrastructure_share_pct"),
            Map.entry("TABLE8b/Other (d)", "other_share_pct"));

    @Test
    void everyPublishedCellIsInTheData() throws Exception {
        Dataset imported = Dataset.of(result.observations());
        Dataset embedded = Dataset.embedded().only(JUNE_2024);
        int cells = 0;
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (String sheetName : new String[] {"TABLE1", "TABLE2", "TABLE3", "TABLE5", "TABLE6", "TABLE7", "TABLE8a", "TABLE8b"}) {
                Sheet sheet = wb.getSheet(sheetName);
                Map<Integer, Integer> yearOfColumn = new HashMap<>();
                String block = null;
                for (Row row : sheet) {
                    String label = null;
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d{4}e?")) {
                            yearOfColumn.put(c.getColumnIndex(), Integer.parseInt(c.getStringCellValue().substring(0, 4)));
                        } else if (c.getCellType() == CellType.NUMERIC && yearOfColumn.size() < 11
                                && c.getNumericCellValue() >= 2014 && c.getNumericCellValue() <= 2024 && label == null) {
                            yearOfColumn.put(c.getColumnIndex(), (int) c.getNumericCellValue());
                        } else if (c.getCellType() == CellType.STRING && label == null) {
                            label = c.getStringCellValue();
                        }
                    }
                    if (label == null) {
                        continue;
                    }
                    if (BLOCKS.containsKey(sheetName + "/" + label.trim())) {
                        block = BLOCKS.get(sheetName + "/" + label.trim());
                        continue;
                    }
                    String name = label.replaceAll("\\(.*\\)", "").replace("*", "").trim();
                    Subject subject = name.equals("NATO Total") ? AllyGroup.NATO
                            : name.equals("NATO Europe and Canada") ? AllyGroup.EUROPE_CANADA
                            : Ally.fromName(name).orElse(null);
                    if (subject == null || block == null) {
                        continue;
                    }
                    Measure m = Measure.fromColumn(block).orElseThrow();
                    for (Map.Entry<Integer, Integer> e : yearOfColumn.entrySet()) {
                        Cell c = row.getCell(e.getKey());
                        assertThat(c).as("%s row %d year %d", sheetName, row.getRowNum() + 1, e.getValue()).isNotNull();
                        double published = c.getNumericCellValue();
                        Year y = Year.of(e.getValue());
                        assertThat(embedded.find(subject, y).orElseThrow().value(m))
                                .as("data/ %s %s %s (%s!%s)", subject.code(), y, m.column(), sheetName, c.getAddress())
                                .hasValue(published);
                        assertThat(imported.find(subject, y).orElseThrow().value(m)).hasValue(published);
                        cells++;
                    }
                }
            }
        }
        long valuesInData = embedded.observations().stream()
                .mapToLong(o -> java.util.Arrays.stream(Measure.values()).filter(o::has).count()).sum();
        // every value in data/ is one of the cells walked, and every cell walked is in data/
        assertThat(cells).isEqualTo((int) valuesInData);
        // 8 sheets: TABLE1 31×2 rows, TABLE2/3/5(GDP incl. Iceland)/6 with aggregates, TABLE7, TABLE8a/b 31×2,
        // all × 11 years; counted by the walker above
        assertThat(cells).isGreaterThan(5000);
    }

    @Test
    void keepsNatosOdditiesAsPublished() {
        Dataset d = Dataset.of(result.observations());
        // SOURCES.md §1: typed-in round numbers France 2020 = 2, Lithuania 2019 = 2, Slovakia 2024e = 2,
        // Netherlands equipment 23.9 / 36.2 in 2023e / 2024e
        assertThat(d.find(Ally.of("FRA"), Year.of(2020), JUNE_2024).orElseThrow().value(Measure.SHARE_OF_GDP)).hasValue(2.0);
        assertThat(d.find(Ally.of("LTU"), Year.of(2019), JUNE_2024).orElseThrow().value(Measure.SHARE_OF_GDP)).hasValue(2.0);
        assertThat(d.find(Ally.of("SVK"), Year.of(2024), JUNE_2024).orElseThrow().value(Measure.SHARE_OF_GDP)).hasValue(2.0);
        assertThat(d.find(Ally.of("NLD"), Year.of(2023), JUNE_2024).orElseThrow().value(Measure.EQUIPMENT_SHARE)).hasValue(23.9);
        assertThat(d.find(Ally.of("NLD"), Year.of(2024), JUNE_2024).orElseThrow().value(Measure.EQUIPMENT_SHARE)).hasValue(36.2);
        // ... and rounded national-currency estimates: France 54,900 / 59,600 million EUR (2023e / 2024e)
        assertThat(d.find(Ally.of("FRA"), Year.of(2023), JUNE_2024).orElseThrow().value(Measure.EXPENDITURE_NATIONAL_CURRENT)).hasValue(54900.0);
        assertThat(d.find(Ally.of("FRA"), Year.of(2024), JUNE_2024).orElseThrow().value(Measure.EXPENDITURE_NATIONAL_CURRENT)).hasValue(59600.0);
    }

    @Test
    void marksTheEstimateYears() {
        // the year header row of every table reads 2023e, 2024e
        assertThat(result.observations()).filteredOn(Observation::isEstimate)
                .extracting(o -> o.year().getValue()).containsOnly(2023, 2024);
    }

    @Test
    void listsTheCellsThatAreNotFigures() {
        // SOURCES.md §1: rows showing #REF! in TABLE1, TABLE8a and TABLE8b hold no country data; TABLE8b has
        // an unlabelled row of zeros under its first block
        assertThat(result.ignored()).containsExactly(
                "TABLE1!D42:I42 #REF! (no country label)",
                "TABLE1!D75:I75 #REF! (no country label)",
                "TABLE8a!D42:I42 #REF! (no country label)",
                "TABLE8a!D75:I75 #REF! (no country label)",
                "TABLE8b!D42:M42 0.0 (no country label)",
                "TABLE8b!D75:I75 #REF! (no country label)");
    }

    private Path variant(Path dir, Consumer<Workbook> change) throws Exception {
        Path out = dir.resolve("variant.xlsx");
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    @Test
    void textWhereANumberBelongs(@TempDir Path dir) throws Exception {
        Path f = variant(dir, wb -> wb.getSheet("TABLE3").getRow(11).getCell(3).setCellValue("n/a"));
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage("variant.xlsx!TABLE3!D12: expected a number, '..' (not available) or '-' (nil), found text: 'n/a'");
    }

    @Test
    void anUnknownCountry(@TempDir Path dir) throws Exception {
        Path f = variant(dir, wb -> wb.getSheet("TABLE3").getRow(11).getCell(2).setCellValue("Austria"));
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .hasMessage("variant.xlsx!TABLE3!C12: unknown ally: 'Austria'");
    }

    @Test
    void aMissingSheet(@TempDir Path dir) throws Exception {
        // tables are found by their titles: a renamed sheet is still Table 7, a retitled one is not
        Path renamed = variant(dir, wb -> wb.setSheetName(wb.getSheetIndex("TABLE7"), "Personnel"));
        assertThat(NatoWorkbook.read(renamed, JUNE_2024).observations()).isEqualTo(result.observations());
        Path retitled = variant(dir, wb -> {
            wb.setSheetName(wb.getSheetIndex("TABLE7"), "Personnel");
            wb.getSheet("Personnel").getRow(15).getCell(2).setCellValue("Military personnel");
        });
        assertThatThrownBy(() -> NatoWorkbook.read(retitled, JUNE_2024))
                .hasMessage("variant.xlsx: no Table 7 (a sheet whose first cell reads 'Table 7: …'); the workbook "
                        + "has sheets TABLE1, TABLE2, TABLE3, TABLE4, TABLE5, TABLE6, Personnel, TABLE8a, TABLE8b");
    }

    @Test
    void aConstantPriceBaseOtherThanTheEditions() {
        // NATO-2025-08 is in constant 2021 prices; the June 2024 workbook says 2015
        assertThatThrownBy(() -> NatoWorkbook.read(workbook, Edition.parse("NATO-2025-08")))
                .hasMessage("240617-def-exp-2024-TABLES-en.xlsx!TABLE1!B43: the workbook is in constant 2015 prices "
                        + "but edition NATO-2025-08 is in constant 2021 prices: 'Constant 2015 prices '");
    }

    @Test
    void aChangeOfCurrency(@TempDir Path dir) throws Exception {
        // Bulgaria joined the euro in 2026: a later workbook may report it in euros
        Path f = variant(dir, wb -> wb.getSheet("TABLE1").getRow(12).getCell(2).setCellValue("Bulgaria   (Euros)"));
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .hasMessage("variant.xlsx!TABLE1!C13: Bulgaria reported in 'Euros', but milex knows its national "
                        + "currency as BGN (data/allies.csv): 'Bulgaria   (Euros)'");
    }

    @Test
    void aTable4ThatDisagreesWithTables2And3(@TempDir Path dir) throws Exception {
        Path f = variant(dir, wb -> wb.getSheet("TABLE4").getRow(22).getCell(7).setCellValue(2.5));
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .hasMessageStartingWith("variant.xlsx!TABLE4!H23: 2.5 differs from TABLE3's share_of_gdp_pct 2.02946806773637");
    }

    @Test
    void notAWorkbook(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tables.xlsx");
        Files.writeString(f, "edition,code\n");
        assertThatThrownBy(() -> NatoWorkbook.read(f, JUNE_2024))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessageStartingWith("tables.xlsx: not an Excel workbook");
        assertThatThrownBy(() -> NatoWorkbook.read(dir.resolve("none.xlsx"), JUNE_2024))
                .hasMessage(dir.resolve("none.xlsx") + ": no such file");
    }
}
