package org.milex.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.testing.Workbook2024;

/** The streaming reader under its limit: workbooks are read cell by cell, and refused past 200,000 cells. */
class SheetCellsTest {

    @Test
    void readsNatosWorkbookCellByCell() {
        List<SheetCells.Sheet> sheets = SheetCells.read(Workbook2024.path());
        assertThat(sheets).extracting(SheetCells.Sheet::name).containsExactly("TABLE1", "TABLE2", "TABLE3", "TABLE4",
                "TABLE5", "TABLE6", "TABLE7", "TABLE8a", "TABLE8b");
        // NATO 2024-06 TABLE3!N32: Poland 2024e = 4.120190989357147, as the XML stores it
        SheetCells.Cell pl = sheets.get(2).rows().stream().filter(r -> r.number() == 32).findFirst().orElseThrow()
                .cells().stream().filter(c -> c.ref().equals("N32")).findFirst().orElseThrow();
        assertThat(pl.kind()).isEqualTo(SheetCells.Kind.NUMBER);
        assertThat(pl.number()).isEqualTo(4.120190989357147);
        long cells = sheets.stream().flatMap(s -> s.rows().stream()).mapToLong(r -> r.cells().size()).sum();
        assertThat(cells).isLessThan(SheetCells.MAX_CELLS / 10);
    }

    @Test
    void refusesAWorkbookPastTheCellLimitNamingTheCell(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("Table 1");
            for (int r = 0; r < 201; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 1000; c++) {
                    row.createCell(c).setCellValue(r + c);
                }
            }
            try (OutputStream os = Files.newOutputStream(big)) {
                wb.write(os);
            }
            wb.dispose();
        }
        // the 200,001st cell is the first of row 201
        assertThatThrownBy(() -> NatoWorkbook.describe(big)).isInstanceOf(WorkbookFormatException.class)
                .hasMessage("big.xlsx!Table 1!A201: more than 200000 cells: milex reads NATO's tables, which hold a few thousand");
    }
}
