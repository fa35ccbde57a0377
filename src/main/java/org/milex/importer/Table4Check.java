package org.milex.importer;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Subject;

/**
 * Checks NATO's Table 4 against the figures read from Tables 2 and 3. Table 4 holds, per ally, constant-price
 * expenditure in the first and last year (Table 2), the real change between them, and the share of GDP in
 * both years (Table 3). The copies must be equal; the change must equal
 * {@code (last / first - 1) × 100} to within 1e-9 relative.
 */
final class Table4Check {
    private static final double TOLERANCE = 1e-9;

    private Table4Check() {
    }

    static void check(String file, Sheet sheet, List<Observation> observations) {
        Map<String, Observation> byKey = new HashMap<>();
        for (Observation o : observations) {
            byKey.put(o.subject().code() + "/" + o.year(), o);
        }
        Row header = null;
        int labelColumn = -1;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Real change")) {
                    header = row;
                }
            }
            if (header != null) {
                break;
            }
        }
        if (header == null) {
            throw new WorkbookFormatException(file + " TABLE4: no header with 'Real change …' found");
        }
        int first = -1;
        for (Cell c : header) {
            if (first < 0 && (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.STRING
                    && c.getStringCellValue().matches("\\d{4}e?"))) {
                first = c.getColumnIndex();
            }
        }
        if (first < 1) {
            throw new WorkbookFormatException(file + " TABLE4: no first-year column found in the header");
        }
        Year y0 = year(header.getCell(first));
        Year y1 = year(header.getCell(first + 1));
        labelColumn = first - 1;
        int checked = 0;
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(labelColumn) == null || row.getCell(labelColumn).getCellType() != CellType.STRING) {
                continue;
            }
            String label = row.getCell(labelColumn).getStringCellValue().replace("*", "").trim();
            if (label.isEmpty()) {
                continue;
            }
            Subject s = label.equals(AllyGroup.EUROPE_CANADA.name()) ? AllyGroup.EUROPE_CANADA
                    : label.equals(AllyGroup.NATO.name()) ? AllyGroup.NATO : Ally.fromName(label).orElse(null);
            if (s == null) {
                continue;
            }
            Observation o0 = byKey.get(s.code() + "/" + y0);
            Observation o1 = byKey.get(s.code() + "/" + y1);
            double e0 = expect(file, sheet, row, first, o0, Measure.EXPENDITURE_USD_CONSTANT);
            double e1 = expect(file, sheet, row, first + 1, o1, Measure.EXPENDITURE_USD_CONSTANT);
            double change = number(file, sheet, row, first + 2);
            double recomputed = (e1 / e0 - 1) * 100;
            if (Math.abs(change - recomputed) > TOLERANCE * Math.max(1, Math.abs(change))) {
                throw new WorkbookFormatException(file + " " + NatoWorkbook.ref(sheet, row.getCell(first + 2))
                        + ": real change " + change + " differs from (" + e1 + " / " + e0 + " - 1) × 100 = " + recomputed);
            }
            expect(file, sheet, row, first + 3, o0, Measure.SHARE_OF_GDP);
            expect(file, sheet, row, first + 4, o1, Measure.SHARE_OF_GDP);
            checked++;
        }
        if (checked == 0) {
            throw new WorkbookFormatException(file + " TABLE4: no ally rows found");
        }
    }

    private static Year year(Cell c) {
        String s = c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                : c.getStringCellValue().replace("e", "");
        return Year.of(Integer.parseInt(s.trim()));
    }

    private static double expect(String file, Sheet sheet, Row row, int col, Observation o, Measure m) {
        double v = number(file, sheet, row, col);
        OptionalDouble other = o == null ? OptionalDouble.empty() : o.value(m);
        if (other.isEmpty() || other.getAsDouble() != v) {
            throw new WorkbookFormatException(file + " " + NatoWorkbook.ref(sheet, row.getCell(col)) + ": " + v
                    + " differs from " + m.natoTable() + "'s " + m.column() + " "
                    + (other.isEmpty() ? "(none)" : String.valueOf(other.getAsDouble())));
        }
        return v;
    }

    private static double number(String file, Sheet sheet, Row row, int col) {
        Cell c = row.getCell(col);
        if (c == null || (c.getCellType() != CellType.NUMERIC
                && !(c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC))) {
            throw new WorkbookFormatException(file + " " + NatoWorkbook.ref(sheet, c) + ": expected a number");
        }
        return c.getNumericCellValue();
    }
}
