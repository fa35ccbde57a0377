package org.milex.importer;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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

    static void check(String file, SheetCells.Sheet sheet, List<Observation> observations) {
        Map<String, Observation> byKey = new HashMap<>();
        for (Observation o : observations) {
            byKey.put(o.subject().code() + "/" + o.year(), o);
        }
        SheetCells.Row header = null;
        for (SheetCells.Row row : sheet.rows()) {
            if (row.cells().stream().anyMatch(c -> c.kind() == SheetCells.Kind.TEXT && c.text().startsWith("Real change"))) {
                header = row;
                break;
            }
        }
        if (header == null) {
            throw new WorkbookFormatException(file, sheet.name(), "", "", "no header with 'Real change …' found");
        }
        int first = -1;
        for (SheetCells.Cell c : header.cells()) {
            if (first < 0 && (c.kind() == SheetCells.Kind.NUMBER
                    || c.kind() == SheetCells.Kind.TEXT && c.text().strip().matches("\\d{4}e?"))) {
                first = c.col();
            }
        }
        Map<Integer, SheetCells.Cell> head = TableLayout.byColumn(header);
        if (first < 1 || !head.containsKey(first + 1)) {
            throw new WorkbookFormatException(file, sheet.name(), header.first().ref(), "",
                    "no first-year and last-year columns found in the header");
        }
        Year y0 = year(file, sheet, head.get(first));
        Year y1 = year(file, sheet, head.get(first + 1));
        int labelColumn = first - 1;
        int checked = 0;
        for (SheetCells.Row row : sheet.rows()) {
            if (row.number() <= header.number()) {
                continue;
            }
            Map<Integer, SheetCells.Cell> cells = TableLayout.byColumn(row);
            SheetCells.Cell labelCell = cells.get(labelColumn);
            if (labelCell == null || labelCell.kind() != SheetCells.Kind.TEXT) {
                continue;
            }
            String label = labelCell.text().replace("*", "").strip();
            Subject s = label.equals(AllyGroup.EUROPE_CANADA.name()) ? AllyGroup.EUROPE_CANADA
                    : label.equals(AllyGroup.NATO.name()) ? AllyGroup.NATO : Ally.fromName(label).orElse(null);
            if (s == null) {
                continue;
            }
            Observation o0 = byKey.get(s.code() + "/" + y0);
            Observation o1 = byKey.get(s.code() + "/" + y1);
            double e0 = expect(file, sheet, row, cells, first, o0, Measure.EXPENDITURE_USD_CONSTANT);
            double e1 = expect(file, sheet, row, cells, first + 1, o1, Measure.EXPENDITURE_USD_CONSTANT);
            double change = number(file, sheet, row, cells, first + 2);
            double recomputed = (e1 / e0 - 1) * 100;
            if (Math.abs(change - recomputed) > TOLERANCE * Math.max(1, Math.abs(change))) {
                throw new WorkbookFormatException(file, sheet.name(), cells.get(first + 2).ref(), "",
                        "real change " + change + " differs from (" + e1 + " / " + e0 + " - 1) × 100 = " + recomputed);
            }
            expect(file, sheet, row, cells, first + 3, o0, Measure.SHARE_OF_GDP);
            expect(file, sheet, row, cells, first + 4, o1, Measure.SHARE_OF_GDP);
            checked++;
        }
        if (checked == 0) {
            throw new WorkbookFormatException(file, sheet.name(), "", "", "no ally rows found");
        }
    }

    private static Year year(String file, SheetCells.Sheet sheet, SheetCells.Cell c) {
        String s = c.kind() == SheetCells.Kind.NUMBER ? String.valueOf((long) c.number()) : c.text().strip();
        if (!s.matches("\\d{4}e?")) {
            throw new WorkbookFormatException(file, sheet.name(), c.ref(), c.text(), "expected a year");
        }
        return Year.of(Integer.parseInt(s.substring(0, 4)));
    }

    private static double expect(String file, SheetCells.Sheet sheet, SheetCells.Row row,
                                 Map<Integer, SheetCells.Cell> cells, int col, Observation o, Measure m) {
        double v = number(file, sheet, row, cells, col);
        OptionalDouble other = o == null ? OptionalDouble.empty() : o.value(m);
        if (other.isEmpty() || other.getAsDouble() != v) {
            throw new WorkbookFormatException(file, sheet.name(), cells.get(col).ref(), "", v + " differs from "
                    + m.natoTable() + "'s " + m.column() + " " + (other.isEmpty() ? "(none)" : String.valueOf(other.getAsDouble())));
        }
        return v;
    }

    private static double number(String file, SheetCells.Sheet sheet, SheetCells.Row row,
                                 Map<Integer, SheetCells.Cell> cells, int col) {
        SheetCells.Cell c = cells.get(col);
        if (c == null || c.kind() != SheetCells.Kind.NUMBER) {
            String ref = c != null ? c.ref() : new org.apache.poi.ss.util.CellReference(row.number() - 1, col).formatAsString(false);
            throw new WorkbookFormatException(file, sheet.name(), ref, c == null ? "" : c.text(),
                    c != null && c.kind() == SheetCells.Kind.NO_VALUE ? "a formula with no stored value" : "expected a number");
        }
        return c.number();
    }
}
