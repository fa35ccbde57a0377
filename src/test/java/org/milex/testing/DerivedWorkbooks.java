package org.milex.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.milex.model.Ally;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Workbooks in NATO's newer layout (2025, 2026), derived from the real 2024 one by
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
 *       ({@code H11}) printed {@code -}; Table 3's notes given NATO's sentence on fiscal years;</li>
 *   <li>Table 3's group rows (NATO Europe and Canada, NATO Total) printed {@code ..} in each year whose members
 *       differ from those of the year it was moved from (an ally joined in between: 2017, 2018, 2020, 2021,
 *       2023, 2024, 2025): a group's share moved on two years no longer matches its new year's members, and
 *       milex rightly refuses a group row that disagrees with its members' figures.</li>
 * </ol>
 * Every other cell keeps NATO's 2024 value, so expected figures are the 2024 edition's, two years on.
 */
public final class DerivedWorkbooks {
    /** The note on fiscal years {@link #newer} puts under Table 3, in the words the issue quotes from NATO. */
    public static final String FISCAL = "2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom";

    private DerivedWorkbooks() {
    }

    /** The 2026 layout (core defence expenditure) as {@code dir/name}. */
    public static Path core2026(Path dir, String name) throws Exception {
        return derive(dir, name, wb -> newer(wb, true));
    }

    /** A copy of the 2024 workbook changed by {@code change}, written as {@code dir/name}. */
    public static Path derive(Path dir, String name, Consumer<Workbook> change) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(Workbook2024.path()); Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** The transformations of the class Javadoc; {@code core} for 2026's titles. */
    public static void newer(Workbook wb, boolean core) {
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
        groupSharesWhereMembershipMoved(wb.getSheet("Table 3"));
    }

    /** Transformation 7: a group's share printed {@code ..} where an ally joined between a year and two years on. */
    private static void groupSharesWhereMembershipMoved(Sheet t3) {
        Row header = null;
        for (Row r : t3) {
            if (header == null && isHeader(r)) {
                header = r;
            } else if (header != null && isGroupRow(r)) {
                for (Cell h : header) {
                    String text = h.getCellType() == CellType.NUMERIC ? String.valueOf((int) h.getNumericCellValue())
                            : h.getCellType() == CellType.STRING ? h.getStringCellValue() : "";
                    if (!text.matches("20\\d\\de?")) {
                        continue;
                    }
                    int year = Integer.parseInt(text.substring(0, 4));
                    boolean joined = Ally.all().stream().map(a -> a.accession().getYear())
                            .anyMatch(a -> a > year - 2 && a <= year);
                    Cell c = r.getCell(h.getColumnIndex());
                    if (joined && c != null && c.getCellType() == CellType.NUMERIC) {
                        c.setCellValue("..");
                    }
                }
            }
        }
    }

    private static boolean isGroupRow(Row r) {
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().matches("NATO (Europe and Canada|Total).*")) {
                return true;
            }
        }
        return false;
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

}
