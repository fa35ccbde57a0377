package org.milex.sipri;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small workbooks in SIPRI's layout, made up for tests (no SIPRI figures), written with POI; each test breaks
 * one thing. Years 2022–2024; every country sheet lists, in this order:
 * <pre>
 * row 5  Europe                                  (region)
 * row 6  Central Europe                          (subregion, bold)
 * row 7  Poland     notes 78   BLUE 10 | 20 | 30          (shares: 0.02 | 0.03 | 0.0412)
 * row 8  Testland   notes §1   xxx | ... | RED 5          (shares: xxx | ... | RED 0.05)
 * row 9  Middle East                             (region, no subregion)
 * row 10 Türkiye    notes ‖    1 | 2 | 3                  (shares: 0.01 | 0.02 | 0.03)
 * </pre>
 * The year columns are C–E on most sheets, D–F on the calendar-year local-currency sheet (Currency in B) and
 * E–G on the financial-year one (Currency, Fiscal Year).
 */
final class MiniWorkbook {
    static final String FILE = "mini.xlsx";
    static final List<String> DATA_SHEETS = List.of("Local currency financial years", "Local currency calendar years",
            "Constant (2023) US$", "Current US$", "Share of GDP", "Per capita", "Share of Govt. spending");

    private MiniWorkbook() {
    }

    /** Writes the valid workbook, changed by {@code change}, to {@code dir/mini.xlsx}. */
    static Path write(Path dir, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = build()) {
            change.accept(wb);
            Path p = dir.resolve(FILE);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir) {
        return write(dir, wb -> { });
    }

    private static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            wb.getProperties().getCoreProperties().setCreated("2025-04-24T06:58:37Z");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        XSSFSheet front = wb.createSheet("Front page");
        XSSFTextBox box = front.createDrawingPatriarch().createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 0, 0, 8, 20));
        box.setText("Made-up figures for tests. Cite as: 'SIPRI Military Expenditure Database 2025, "
                + "https://www.sipri.org/databases/milex'");
        CellStyle blue = colour(wb, IndexedColors.BLUE);
        CellStyle red = colour(wb, IndexedColors.RED);
        CellStyle bold = bold(wb);
        for (String name : DATA_SHEETS) {
            Sheet s = wb.createSheet(name);
            boolean share = name.startsWith("Share");
            s.createRow(0).createCell(0).setCellValue(name.startsWith("Constant")
                    ? "Military expenditure by country, in constant (2023) US$ m., 2022-2024" : "Military expenditure: " + name);
            Row h = s.createRow(2);
            int c = 0;
            h.createCell(c++).setCellValue("Country");
            if (name.startsWith("Local")) {
                h.createCell(c++).setCellValue("Currency");
            }
            if (name.equals("Local currency financial years")) {
                h.createCell(c++).setCellValue("Fiscal Year (Jan-Dec if not stated)");
            }
            int notes = c;
            h.createCell(c++).setCellValue("Notes");
            int first = c;
            for (int y = 2022; y <= 2024; y++) {
                h.createCell(c++).setCellValue(y);
            }
            s.createRow(4).createCell(0).setCellValue("Europe");
            Cell sub = s.createRow(5).createCell(0);
            sub.setCellValue("Central Europe");
            sub.setCellStyle(bold);
            country(s, 6, "Poland", "78", notes, first, name, share ? new Object[] {0.02, 0.03, 0.0412} : new Object[] {10.0, 20.0, 30.0});
            s.getRow(6).getCell(first).setCellStyle(blue);
            country(s, 7, "Testland", "§1", notes, first, name, new Object[] {"xxx", "...", share ? 0.05 : 5.0});
            s.getRow(7).getCell(first + 2).setCellStyle(red);
            s.createRow(8).createCell(0).setCellValue("Middle East");
            country(s, 9, "Türkiye", "‖", notes, first, name, share ? new Object[] {0.01, 0.02, 0.03} : new Object[] {1.0, 2.0, 3.0});
        }
        Sheet f = wb.createSheet("Footnotes");
        f.createRow(0).createCell(0).setCellValue("Footnotes and special notes");
        note(f, 2, "§", 1, "Made-up: figures for these countries are for the adopted budget");
        note(f, 3, "‖", 1, "Made-up: this country changed its currency");
        f.createRow(5).createCell(0).setCellValue("Numbered footnote references can be found in each of the data sheets");
        Row r = f.createRow(6);
        r.createCell(0).setCellValue(1);
        r.createCell(2).setCellValue("Testland: a made-up footnote.");
        r = f.createRow(7);
        r.createCell(0).setCellValue(78);
        r.createCell(2).setCellValue("Poland: a made-up footnote.");
        return wb;
    }

    private static void country(Sheet s, int row, String name, String notes, int notesCol, int first, String sheet,
                                Object[] values) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(name);
        if (sheet.startsWith("Local")) {
            r.createCell(1).setCellValue(name.equals("Poland") ? "Zlotys" : "Thaler");
        }
        if (sheet.equals("Local currency financial years")) {
            r.createCell(2).setCellValue(name.equals("Testland") ? "Apr-Mar" : "");
        }
        r.createCell(notesCol).setCellValue(notes);
        for (int i = 0; i < values.length; i++) {
            Cell c = r.createCell(first + i);
            if (values[i] instanceof Double d) {
                c.setCellValue(d);
            } else {
                c.setCellValue((String) values[i]);
            }
        }
    }

    private static void note(Sheet s, int row, String mark, int col, String text) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(mark);
        r.createCell(col).setCellValue(text);
    }

    /** A cell style whose font has one of the palette's colours. */
    static CellStyle colour(XSSFWorkbook wb, IndexedColors colour) {
        XSSFFont font = wb.createFont();
        font.setColor(colour.getIndex());
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** A cell style with a bold font, as SIPRI's headings have. */
    static CellStyle bold(XSSFWorkbook wb) {
        XSSFFont font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** The cell at an A1 reference of a sheet, created if need be. */
    static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(r.getRow()) != null ? s.getRow(r.getRow()) : s.createRow(r.getRow());
        return row.getCell(r.getCol()) != null ? row.getCell(r.getCol()) : row.createCell(r.getCol());
    }
}
