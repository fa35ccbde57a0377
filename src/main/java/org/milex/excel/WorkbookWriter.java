package org.milex.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.milex.model.Edition;
import org.milex.model.Measure;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Writes sheets with POI's streaming workbook: typed cells, number formats, widths, a frozen header. */
final class WorkbookWriter {
    private static final int MAX_WIDTH = 60;
    private static final int MAX_HEADER_WIDTH = 24;
    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle date;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    private WorkbookWriter(SXSSFWorkbook wb) {
        this.wb = wb;
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        this.bold = wb.createCellStyle();
        bold.setFont(boldFont);
        this.header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        this.integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        this.date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static void write(List<SheetSpec> sheets, Edition edition, List<FigureSource> figures, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            WorkbookWriter w = new WorkbookWriter(wb);
            Set<String> used = new HashSet<>();
            List<String> names = new ArrayList<>();
            for (SheetSpec s : sheets) {
                names.add(sheetName(s.name(), used));
            }
            String sourcesName = sheetName(Workbooks.SOURCES, used);
            for (int i = 0; i < sheets.size(); i++) {
                w.table(names.get(i), sheets.get(i));
            }
            w.sources(sourcesName, names, sheets, edition, figures);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** A sheet name Excel accepts, unique in the workbook (ignoring case). */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (base.startsWith("'")) {
            base = "_" + base.substring(1);
        }
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }

    private void table(String name, SheetSpec spec) {
        SXSSFSheet sheet = wb.createSheet(name);
        List<SheetSpec.Col> cols = spec.columns();
        int rows = spec.table().rowCount();
        Row head = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < cols.size(); c++) {
            Column<?> column = cols.get(c).column();
            int width = Math.min(cols.get(c).header().length(), MAX_HEADER_WIDTH);
            for (int r = 0; r < rows; r++) {
                width = Math.max(width, shownWidth(column, r));
            }
            width = Math.min(width + 2, MAX_WIDTH);
            sheet.setColumnWidth(c, width * 256);
            Cell cell = head.createCell(c);
            cell.setCellValue(cols.get(c).header());
            cell.setCellStyle(header);
            lines = Math.max(lines, (cols.get(c).header().length() + width - 3) / (width - 2));
        }
        head.setHeightInPoints(lines * 15f);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < cols.size(); c++) {
                cell(row, c, cols.get(c).column(), r);
            }
        }
        sheet.createFreezePane(0, 1);
        if (!cols.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, cols.size() - 1));
        }
    }

    /** The width in characters a value shows with. */
    private static int shownWidth(Column<?> column, int r) {
        if (column.isMissing(r)) {
            return 0;
        }
        if (column instanceof BooleanColumn) {
            return 5;
        }
        if (column instanceof DateColumn) {
            return 10;
        }
        if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(r);
            if (isIntegral(column)) {
                return BigDecimal.valueOf(v).toBigInteger().toString().length();
            }
            String digits = plain(v);
            int integerDigits = digits.indexOf('.') < 0 ? digits.length() : digits.indexOf('.');
            return digits.length() + Math.max(0, (integerDigits - (v < 0 ? 2 : 1)) / 3);
        }
        return column.getString(r).length();
    }

    /** The shortest decimal that reads back as {@code v}, without exponent or trailing zeros. */
    private static String plain(double v) {
        BigDecimal exact = BigDecimal.valueOf(v).stripTrailingZeros();
        return exact.setScale(Math.max(0, exact.scale())).toPlainString();
    }

    /** Writes one typed cell; nothing where the value is missing. */
    private void cell(Row row, int c, Column<?> column, int r) {
        if (column.isMissing(r)) {
            return;
        }
        Cell cell = row.createCell(c);
        if (column instanceof BooleanColumn b) {
            cell.setCellValue(b.get(r));
        } else if (column instanceof DateColumn d) {
            LocalDate v = d.get(r);
            cell.setCellValue(v);
            cell.setCellStyle(date);
        } else if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(r);
            cell.setCellValue(v);
            if (isIntegral(column)) {
                cell.setCellStyle(integer);
            } else {
                String digits = plain(v);
                cell.setCellStyle(decimal(digits.indexOf('.') < 0 ? 0 : digits.length() - digits.indexOf('.') - 1));
            }
        } else {
            cell.setCellValue(column.getString(r));
        }
    }

    private static boolean isIntegral(Column<?> column) {
        String type = column.type().name();
        return type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT");
    }

    /** {@code #,##0} with {@code scale} decimals: shows exactly the decimals the value has. */
    private CellStyle decimal(int scale) {
        return decimals.computeIfAbsent(scale, s -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
            return style;
        });
    }

    private void sources(String name, List<String> sheetNames, List<SheetSpec> sheets, Edition edition,
                         List<FigureSource> figures) {
        SXSSFSheet sheet = wb.createSheet(name);
        int r = 0;
        r = pair(sheet, r, "edition", edition.id());
        r = pair(sheet, r, "title", edition.title());
        r = pair(sheet, r, "publisher", edition.publisher());
        Row published = sheet.createRow(r++);
        label(published, "published");
        Cell p = published.createCell(1);
        p.setCellValue(edition.published());
        p.setCellStyle(date);
        Row cutoff = sheet.createRow(r++);
        label(cutoff, "data cut-off");
        Cell co = cutoff.createCell(1);
        if (edition.cutoff().isPresent()) {
            co.setCellValue(edition.cutoff().get());
            co.setCellStyle(date);
        } else {
            co.setCellValue("not stated");
        }
        r = pair(sheet, r, "constant prices", edition.constantPrices().toString());
        r = pair(sheet, r, "years", edition.firstYear() + "-" + edition.lastYear() + (edition.estimateYears().isEmpty()
                ? "" : "; estimates: " + String.join(", ", edition.estimateYears().stream().sorted().map(Object::toString).toList())));
        r = pair(sheet, r, "coverage", edition.coverage().name().toLowerCase(Locale.ROOT));
        r = pair(sheet, r, "definition", edition.definition().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        r = pair(sheet, r, "source", edition.source());
        r++;
        r = headerRow(sheet, r, "sheet", "column", "unit", "source");
        for (int s = 0; s < sheets.size(); s++) {
            for (SheetSpec.Col c : sheets.get(s).columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(sheetNames.get(s));
                row.createCell(1).setCellValue(c.name());
                row.createCell(2).setCellValue(c.unit().orElse(""));
                row.createCell(3).setCellValue(source(c, edition) + (figures.isEmpty() || Measure.fromColumn(c.name())
                        .isEmpty() ? "" : ", unless the figure's own source is listed below"));
            }
        }
        if (!figures.isEmpty()) {
            r++;
            r = headerRow(sheet, r, "code", "year", "measure", "source of the figure");
            for (FigureSource f : figures) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(f.observation().subject().code());
                Cell y = row.createCell(1);
                y.setCellValue(f.observation().year().getValue());
                y.setCellStyle(integer);
                row.createCell(2).setCellValue(f.measure().column());
                row.createCell(3).setCellValue(f.source());
            }
        }
        int[] widths = {20, 36, 48, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static String source(SheetSpec.Col c, Edition edition) {
        return Measure.fromColumn(c.name())
                .map(m -> edition.id() + ", " + m.natoTable() + " \"" + m.natoBlock() + "\"")
                .orElse(c.column() instanceof NumericColumn<?> && !c.name().equals("year")
                        ? "computed by milex from " + edition.id() : "");
    }

    private int pair(SXSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        label(row, key);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private void label(Row row, String key) {
        Cell k = row.createCell(0);
        k.setCellValue(key);
        k.setCellStyle(bold);
    }

    private int headerRow(SXSSFSheet sheet, int r, String... labels) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < labels.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels[c]);
            cell.setCellStyle(bold);
        }
        return r + 1;
    }
}
