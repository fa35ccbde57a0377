package org.milex.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.query.Query;
import org.milex.testing.ChildJvm;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

public class WorkbooksTest {
    private static final Edition NATO_2024_06 = Edition.parse("NATO-2024-06");
    private static final Path CSV = Path.of("data/nato/NATO-2024-06.csv");

    @TempDir
    Path dir;

    /** Reads every figure of a workbook's sheet back, keyed by column name (the header less its unit). */
    static List<Map<String, Cell>> rows(Sheet sheet) {
        Row head = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        for (Cell c : head) {
            String h = c.getStringCellValue();
            names.add(h.contains(" (") ? h.substring(0, h.indexOf(" (")) : h);
        }
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> cells = new HashMap<>();
            for (int c = 0; c < names.size(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != CellType.BLANK) {
                    cells.put(names.get(c), cell);
                }
            }
            out.add(cells);
        }
        return out;
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /**
     * Asserts that a workbook's edition sheet holds exactly the figures of {@code data/nato/NATO-2024-06.csv}
     * (NATO's June 2024 TABLES workbook as imported): same rows in the same order, every number a numeric cell
     * equal to the CSV's value as a double, booleans as booleans, empty where the CSV is empty.
     */
    public static void assertSameFiguresAsTheCsv(Path workbook) throws IOException {
        List<String> lines = Files.readAllLines(CSV);
        String[] header = lines.get(0).split(",", -1);
        try (Workbook wb = open(workbook)) {
            List<Map<String, Cell>> rows = rows(wb.getSheet("NATO-2024-06"));
            assertThat(rows).hasSize(lines.size() - 1).hasSize(374);   // 34 allies and groups x 11 years
            for (int i = 1; i < lines.size(); i++) {
                String[] csv = lines.get(i).split(",", -1);   // the file has no quoted field
                Map<String, Cell> row = rows.get(i - 1);
                for (int c = 0; c < header.length; c++) {
                    String where = header[c] + " of CSV line " + (i + 1);
                    Cell cell = row.get(header[c]);
                    if (csv[c].isEmpty()) {
                        assertThat(cell).as(where).isNull();
                    } else if (c < 3) {
                        assertThat(cell.getStringCellValue()).as(where).isEqualTo(csv[c]);
                    } else if (header[c].equals("estimate")) {
                        assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(Boolean.parseBoolean(csv[c]));
                    } else {
                        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(Double.parseDouble(csv[c]));
                    }
                }
            }
        }
    }

    @Test
    void observationsHoldExactlyTheFiguresOfTheEditionsDataFile() throws IOException {
        Path file = Workbooks.observations(dir.resolve("nato.xlsx"), Dataset.embedded(), NATO_2024_06);

        assertSameFiguresAsTheCsv(file);
    }

    @Test
    void numbersShowTheDecimalsTheyHoldAndTheHeaderIsFrozenWithUnits() throws IOException {
        Path file = Workbooks.observations(dir.resolve("nato.xlsx"), Dataset.embedded(), NATO_2024_06);

        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheet("NATO-2024-06");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("edition", "code", "name", "year", "estimate", "national_currency")
                    .contains("share_of_gdp_pct (percent)",
                            "expenditure_usd_current_mn (million US dollars, current prices)",
                            "expenditure_usd_constant_mn (million US dollars, constant 2015 prices)",
                            "expenditure_nc_current_mn (million national currency, current prices; currency in national_currency)");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            Map<String, Cell> poland2024 = rows(sheet).stream()
                    .filter(r -> r.get("code").getStringCellValue().equals("POL")
                            && r.get("year").getNumericCellValue() == 2024)
                    .findFirst().orElseThrow();
            assertThat(poland2024.get("national_currency").getStringCellValue()).isEqualTo("PLN");
            // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12 (4.119... at full precision in the data file)
            Cell share = poland2024.get("share_of_gdp_pct");
            BigDecimal stored = BigDecimal.valueOf(share.getNumericCellValue());
            assertThat(stored.toPlainString()).startsWith("4.1");
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("#,##0." + "0".repeat(stored.scale()));
            assertThat(poland2024.get("year").getCellStyle().getDataFormatString()).isEqualTo("0");
            int codeColumn = headers.indexOf("name");
            assertThat(sheet.getColumnWidth(codeColumn)).isGreaterThanOrEqualTo("North Macedonia".length() * 256);
        }
    }

    @Test
    void theSourcesSheetNamesTheEditionAndEveryColumnsSource() throws IOException {
        Path file = Workbooks.observations(dir.resolve("nato.xlsx"), Dataset.embedded(), NATO_2024_06);

        try (Workbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo(Workbooks.SOURCES);
            List<String> text = texts(wb.getSheet(Workbooks.SOURCES));
            assertThat(text).contains("NATO-2024-06", NATO_2024_06.title(), NATO_2024_06.source(),
                    "constant 2015 prices", "share_of_gdp_pct", "NATO-2024-06, TABLE3 \"Share of real GDP (%)\"");
        }
    }

    @Test
    void aPartialEditionListsTheSourceOfEachFigure() throws IOException {
        Dataset data = Dataset.embedded();
        Edition partial = Edition.parse("NATO-2025-08");

        Path file = Workbooks.observations(dir.resolve("partial.xlsx"), data, partial);

        String polandSource = data.find(org.milex.model.Ally.of("POL"), java.time.Year.of(2024), partial)
                .orElseThrow().source(org.milex.model.Measure.SHARE_OF_GDP);
        try (Workbook wb = open(file)) {
            assertThat(texts(wb.getSheet(Workbooks.SOURCES))).contains("source of the figure", polandSource);
        }
    }

    @Test
    void moneyColumnsCarryTheirCurrencyAndPriceBasisInTheHeader() throws IOException {
        Table gaps = Query.of(Dataset.embedded()).edition(NATO_2024_06).year(2024)
                .gaps(Share.ofPercent("2"), PriceBasis.current()).toTable();

        Path file = Workbooks.write(dir.resolve("gaps.xlsx"), NATO_2024_06, gaps);

        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("gap_mn (USD million, current prices)",
                    "expenditure_mn (USD million, current prices)").doesNotContain("gap_currency", "gap_basis");
            List<Map<String, Cell>> rows = rows(sheet);
            DoubleColumn gap = gaps.doubleColumn("gap_mn");
            assertThat(rows).hasSize(gaps.rowCount());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get("gap_mn").getNumericCellValue()).isEqualTo(gap.getDouble(i));
            }
            assertThat(texts(wb.getSheet(Workbooks.SOURCES))).contains("computed by milex from NATO-2024-06");
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        Table a = Table.create("a/b: [gaps]?", DoubleColumn.create("x", new double[] {1.5}));
        Table b = Table.create("A/B: [GAPS]?", DoubleColumn.create("x", new double[] {2}));
        Table sources = Table.create("Sources", DoubleColumn.create("x", new double[] {3}));

        Path file = Workbooks.write(dir.resolve("t.xlsx"), NATO_2024_06, a, b, sources);

        try (Workbook wb = open(file)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("a_b_ _gaps__", "A_B_ _GAPS__ (2)", "Sources", "Sources (2)");
        }
    }

    @Test
    void anExistingFileIsReplacedAndAFailedWriteLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("t.xlsx");
        Files.writeString(file, "old");
        Table t = Table.create("t", DoubleColumn.create("x", new double[] {1}));

        Workbooks.write(file, NATO_2024_06, t);

        assertThat(Files.readAllBytes(file)).startsWith('P', 'K');
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
        Path missing = dir.resolve("no-such-folder/t.xlsx");
        assertThatThrownBy(() -> Workbooks.write(missing, NATO_2024_06, t))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot write " + missing);
    }

    @Test
    void aWorkbookNeedsATable() {
        assertThatThrownBy(() -> Workbooks.write(dir.resolve("t.xlsx"), NATO_2024_06))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a workbook needs at least one table");
    }

    /** A user's program writing a workbook. */
    public static final class WriteOne {
        public static void main(String[] args) {
            try {
                Workbooks.observations(Path.of(args[0]), Dataset.embedded(), Edition.parse("NATO-2024-06"));
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Test
    void withoutApachePoiTheErrorSaysWhichDependencyToAdd() throws Exception {
        Path file = dir.resolve("t.xlsx");

        ChildJvm.Result r = ChildJvm.run(WriteOne.class, List.of("/org/apache/poi/"), file.toString());

        assertThat(r.out().strip()).as(r.err()).isEqualTo("writing Excel workbooks needs Apache POI: add the dependency "
                + "org.apache.poi:poi-ooxml (milex is built and tested with 5.5.1)");
        assertThat(r.err()).isEmpty();
        assertThat(file).doesNotExist();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
