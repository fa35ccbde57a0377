package org.milex.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Subject;

/**
 * Reads NATO's <i>Defence Expenditure of NATO Countries</i> TABLES workbook (sheets {@code TABLE1} to
 * {@code TABLE8b}) into observations, exactly as published.
 *
 * <p>What it does with NATO's conventions:
 * <ul>
 *   <li>Years headed {@code 2023e} are marked as estimates; the header row of each sheet is found by its
 *       years, wherever it is.</li>
 *   <li>Country labels are matched to allies after dropping NATO's footnote asterisks and Table 1's currency
 *       names ({@code "Czechia*   (Koruny)"}); {@code "Slovak Republic"} is Slovakia. Table 1's currency must
 *       be the ally's national currency in {@code data/allies.csv}, so a change of currency is caught, not
 *       mislabelled. {@code NATO Europe and Canada} and {@code NATO Total} become the groups
 *       {@code EUROPE_CANADA} and {@code NATO}.</li>
 *   <li>Values are taken as the workbook holds them, full precision, round numbers NATO typed in included.
 *       An empty cell is a figure not published.</li>
 *   <li>Cells outside any country's row ({@code #REF!} rows below Table 1 and Table 8a) are not figures: they
 *       are listed in {@link Result#ignored()}, never dropped silently.</li>
 *   <li>Table 4 repeats Table 2 and Table 3 for the first and last year and adds the real change between them;
 *       it is checked against them (and the change recomputed) rather than stored twice.</li>
 * </ul>
 * Anything else (a sheet missing, a block heading not found, a country milex does not know, text where a
 * number belongs, a constant-price base other than the edition's) is a {@link WorkbookFormatException}
 * naming the file, sheet, cell and value: milex does not guess at a layout it does not know.
 */
public final class NatoWorkbook {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(e?)");
    private static final Pattern CONSTANT = Pattern.compile("Constant (\\d{4}) prices.*");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("(.*?)\\s*\\(([^)]*)\\)\\s*");
    private static final Map<String, List<String>> CURRENCY_NAMES = Map.ofEntries(
            Map.entry("Leks", List.of("ALL")), Map.entry("Euros", List.of("EUR")), Map.entry("Leva", List.of("BGN")),
            Map.entry("Canadian dollars", List.of("CAD")), Map.entry("Koruny", List.of("CZK")),
            Map.entry("Kroner", List.of("DKK", "NOK")), Map.entry("Forint", List.of("HUF")),
            Map.entry("Denars", List.of("MKD")), Map.entry("Zlotys", List.of("PLN")), Map.entry("New Lei", List.of("RON")),
            Map.entry("Kronor", List.of("SEK")), Map.entry("Liras", List.of("TRY")), Map.entry("Pounds", List.of("GBP")),
            Map.entry("US dollars", List.of("USD")), Map.entry("Kronur", List.of("ISK")));

    /** A block of a sheet: its heading and the measure its rows hold. */
    private record Block(String heading, Measure measure) {
    }

    /** The sheets read and their blocks; a sheet with one unnamed block has a null-free empty heading. */
    private static final Map<String, List<Block>> SHEETS = sheets();

    private static Map<String, List<Block>> sheets() {
        Map<String, List<Block>> m = new LinkedHashMap<>();
        m.put("TABLE1", List.of(new Block("Current prices", Measure.EXPENDITURE_NATIONAL_CURRENT),
                new Block("Constant prices", Measure.EXPENDITURE_NATIONAL_CONSTANT)));
        m.put("TABLE2", List.of(new Block("Current prices and exchange rates", Measure.EXPENDITURE_USD_CURRENT),
                new Block("Constant prices and exchange rates", Measure.EXPENDITURE_USD_CONSTANT)));
        m.put("TABLE3", List.of(new Block("Share of real GDP (%)", Measure.SHARE_OF_GDP),
                new Block("Annual real change (%)", Measure.REAL_CHANGE)));
        m.put("TABLE5", List.of(new Block("Current prices and exchange rates", Measure.GDP_USD_CURRENT),
                new Block("Constant prices and exchange rates", Measure.REAL_GDP_USD_CONSTANT)));
        m.put("TABLE6", List.of(new Block("GDP per capita (thousand US dollars)", Measure.GDP_PER_CAPITA),
                new Block("Defence expenditure per capita (US dollars)", Measure.EXPENDITURE_PER_CAPITA)));
        m.put("TABLE7", List.of(new Block("", Measure.PERSONNEL)));
        m.put("TABLE8a", List.of(new Block("Equipment (a)", Measure.EQUIPMENT_SHARE),
                new Block("Personnel (b)", Measure.PERSONNEL_EXPENDITURE_SHARE)));
        m.put("TABLE8b", List.of(new Block("Infrastructure (c)", Measure.INFRASTRUCTURE_SHARE),
                new Block("Other (d)", Measure.OTHER_SHARE)));
        return m;
    }

    private NatoWorkbook() {
    }

    /**
     * What a workbook holds: its observations, and the cells that are not figures.
     *
     * @param observations one per ally or group and year, allies in the workbook's order, then groups
     * @param ignored cells holding something outside any country's row, as {@code "TABLE1!D42:I42 #REF!"}
     */
    public record Result(List<Observation> observations, List<String> ignored) {
        /** Copies both lists. */
        public Result {
            observations = List.copyOf(observations);
            ignored = List.copyOf(ignored);
        }
    }

    /**
     * Reads a TABLES workbook as figures of {@code edition}.
     *
     * @throws WorkbookFormatException naming file, sheet, cell and value where the layout or a value is not
     *     what milex reads
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Result read(Path workbook, Edition edition) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(edition, "edition");
        if (!Files.isRegularFile(workbook)) {
            throw new WorkbookFormatException(workbook + ": no such file");
        }
        try {
            org.apache.poi.poifs.filesystem.FileMagic magic = org.apache.poi.poifs.filesystem.FileMagic.valueOf(workbook.toFile());
            if (magic != org.apache.poi.poifs.filesystem.FileMagic.OOXML && magic != org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
                throw new WorkbookFormatException(workbook + ": not an Excel workbook (its content looks like " + magic + ")");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + workbook + ": " + e.getMessage(), e);
        }
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            return new Reader(workbook.getFileName().toString(), wb, edition).read();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + workbook + ": " + e.getMessage(), e);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new WorkbookFormatException(workbook + ": not an Excel workbook: " + e.getMessage(), e);
        }
    }

    private static final class Reader {
        private final String file;
        private final Workbook wb;
        private final Edition edition;
        private final Map<Subject, TreeMap<Integer, Observation.Builder>> builders = new LinkedHashMap<>();
        private final List<String> ignored = new ArrayList<>();

        Reader(String file, Workbook wb, Edition edition) {
            this.file = file;
            this.wb = wb;
            this.edition = edition;
        }

        Result read() {
            for (Map.Entry<String, List<Block>> e : SHEETS.entrySet()) {
                readSheet(sheet(e.getKey()), e.getValue());
            }
            List<Observation> out = new ArrayList<>();
            List<Subject> order = new ArrayList<>(builders.keySet());
            order.sort((a, b) -> Boolean.compare(a instanceof AllyGroup, b instanceof AllyGroup));
            for (Subject s : order) {
                for (Observation.Builder b : builders.get(s).values()) {
                    try {
                        out.add(b.build());
                    } catch (IllegalArgumentException ex) {
                        throw new WorkbookFormatException(file + ": " + ex.getMessage(), ex);
                    }
                }
            }
            Sheet t4 = wb.getSheet("TABLE4");
            if (t4 != null) {
                Table4Check.check(file, t4, out);
            }
            return new Result(out, ignored);
        }

        private Sheet sheet(String name) {
            Sheet s = wb.getSheet(name);
            if (s == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(sh -> names.add(sh.getSheetName()));
                throw new WorkbookFormatException(file + ": no sheet " + name + "; the workbook has " + String.join(", ", names));
            }
            return s;
        }

        private void readSheet(Sheet sheet, List<Block> blocks) {
            Header header = Header.find(file, sheet);
            Block block = blocks.get(0).heading().isEmpty() ? blocks.get(0) : null;
            List<Block> found = new ArrayList<>();
            if (block != null) {
                found.add(block);
            }
            for (int r = header.row + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Label label = label(sheet, row, header.firstColumn);
                if (label != null) {
                    Optional<Block> heading = heading(sheet, label, blocks);
                    if (heading.isPresent()) {
                        block = heading.get();
                        found.add(block);
                        continue;
                    }
                    if (isNote(label.text)) {
                        block = null;
                        continue;
                    }
                    if (block == null) {
                        throw new WorkbookFormatException(file + " " + ref(sheet, label.cell)
                                + ": a row before any known block heading: '" + label.text + "'; expected one of "
                                + blocks.stream().map(Block::heading).toList());
                    }
                    readRow(sheet, row, label, block, header);
                } else {
                    noteUnlabelled(sheet, row, header);
                }
            }
            for (Block b : blocks) {
                if (!found.contains(b)) {
                    throw new WorkbookFormatException(file + " " + sheet.getSheetName() + ": block '" + b.heading()
                            + "' not found; milex reads " + b.measure().column() + " from it");
                }
            }
        }

        private Optional<Block> heading(Sheet sheet, Label label, List<Block> blocks) {
            String text = label.text.trim();
            Matcher m = CONSTANT.matcher(text);
            if (m.matches()) {
                PriceBasis basis = PriceBasis.constant(Integer.parseInt(m.group(1)));
                if (!basis.equals(edition.constantPrices())) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, label.cell) + ": '" + text
                            + "' but edition " + edition + " is in " + edition.constantPrices());
                }
                String generic = text.replace(" " + m.group(1) + " ", " ").trim();
                return blocks.stream().filter(b -> b.heading().equals(generic)).findFirst();
            }
            return blocks.stream().filter(b -> !b.heading().isEmpty() && b.heading().equals(text)).findFirst();
        }

        private static boolean isNote(String text) {
            String t = text.trim();
            return t.startsWith("Note") || t.startsWith("*") || t.startsWith("(") || t.matches("-\\d+-");
        }

        private void readRow(Sheet sheet, Row row, Label label, Block block, Header header) {
            Subject subject = subject(sheet, label, block.measure());
            for (Map.Entry<Integer, YearColumn> e : header.years.entrySet()) {
                Cell cell = row.getCell(e.getKey());
                Optional<Double> v = number(sheet, cell);
                if (v.isEmpty()) {
                    continue;
                }
                YearColumn yc = e.getValue();
                if (!edition.covers(yc.year)) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": year " + yc.year
                            + " lies outside edition " + edition + " (" + edition.firstYear() + "-" + edition.lastYear() + ")");
                }
                Observation.Builder b = builders.computeIfAbsent(subject, s -> new TreeMap<>())
                        .computeIfAbsent(yc.year.getValue(), y -> Observation.builder(subject, yc.year, edition)
                                .estimate(yc.estimate));
                if (b.has(block.measure())) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": a second "
                            + block.measure().column() + " for " + subject.code() + " " + yc.year);
                }
                try {
                    b.set(block.measure(), v.get());
                } catch (IllegalArgumentException ex) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": " + ex.getMessage(), ex);
                }
            }
        }

        private Subject subject(Sheet sheet, Label label, Measure measure) {
            String text = label.text;
            String currencyName = null;
            Matcher m = CURRENCY_SUFFIX.matcher(text);
            if (measure == Measure.EXPENDITURE_NATIONAL_CURRENT || measure == Measure.EXPENDITURE_NATIONAL_CONSTANT) {
                if (!m.matches()) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, label.cell) + ": expected a country and its "
                            + "currency, as 'Albania   (Leks)', found '" + text + "'");
                }
                text = m.group(1);
                currencyName = m.group(2).trim();
            }
            String name = text.replace("*", "").trim();
            for (AllyGroup g : List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA)) {
                if (g.name().equalsIgnoreCase(name)) {
                    return g;
                }
            }
            Ally ally = Ally.fromName(name).orElseThrow(() -> new WorkbookFormatException(file + " "
                    + ref(sheet, label.cell) + ": unknown ally '" + label.text + "'"));
            if (currencyName != null) {
                List<String> codes = CURRENCY_NAMES.get(currencyName);
                Currency c = ally.currency();
                if (codes == null || !codes.contains(c.getCurrencyCode())) {
                    throw new WorkbookFormatException(file + " " + ref(sheet, label.cell) + ": " + ally.name()
                            + " reported in '" + currencyName + "', but milex knows its national currency as "
                            + c.getCurrencyCode() + " (data/allies.csv)");
                }
            }
            return ally;
        }

        private Optional<Double> number(Sheet sheet, Cell cell) {
            if (cell == null) {
                return Optional.empty();
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (type) {
                case BLANK:
                    return Optional.empty();
                case NUMERIC:
                    return Optional.of(cell.getNumericCellValue());
                case STRING:
                    String s = cell.getStringCellValue();
                    if (s.isBlank()) {
                        return Optional.empty();
                    }
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": expected a number, found text '" + s + "'");
                case ERROR:
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": expected a number, found an Excel error "
                            + org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString());
                default:
                    throw new WorkbookFormatException(file + " " + ref(sheet, cell) + ": expected a number, found " + type);
            }
        }

        private void noteUnlabelled(Sheet sheet, Row row, Header header) {
            Cell first = null;
            Cell last = null;
            StringBuilder values = new StringBuilder();
            for (Cell c : row) {
                if (c.getCellType() == CellType.BLANK) {
                    continue;
                }
                if (first == null) {
                    first = c;
                }
                last = c;
                CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                String text = switch (t) {
                    case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
                    case NUMERIC -> org.milex.data.ObservationCsv.format(c.getNumericCellValue());
                    case STRING -> c.getStringCellValue();
                    default -> t.toString();
                };
                if (values.indexOf(text) < 0) {
                    values.append(values.length() == 0 ? "" : " ").append(text);
                }
            }
            if (first != null) {
                ignored.add(sheet.getSheetName() + "!" + first.getAddress().formatAsString() + ":"
                        + last.getAddress().formatAsString() + " " + values + " (no country label)");
            }
        }

        private Label label(Sheet sheet, Row row, int firstYearColumn) {
            for (int c = 0; c < firstYearColumn; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    return new Label(cell.getStringCellValue(), cell);
                }
            }
            return null;
        }
    }

    private record Label(String text, Cell cell) {
    }

    private record YearColumn(Year year, boolean estimate) {
    }

    private static final class Header {
        final int row;
        final int firstColumn;
        final TreeMap<Integer, YearColumn> years;

        private Header(int row, TreeMap<Integer, YearColumn> years) {
            this.row = row;
            this.years = years;
            this.firstColumn = years.firstKey();
        }

        static Header find(String file, Sheet sheet) {
            for (Row row : sheet) {
                TreeMap<Integer, YearColumn> years = new TreeMap<>();
                for (Cell c : row) {
                    String text = switch (c.getCellType()) {
                        case NUMERIC -> c.getNumericCellValue() == Math.rint(c.getNumericCellValue())
                                ? String.valueOf((long) c.getNumericCellValue()) : "";
                        case STRING -> c.getStringCellValue().trim();
                        default -> "";
                    };
                    Matcher m = YEAR.matcher(text);
                    if (m.matches()) {
                        years.put(c.getColumnIndex(), new YearColumn(Year.of(Integer.parseInt(m.group(1))), !m.group(2).isEmpty()));
                    }
                }
                if (years.size() >= 3) {
                    int prev = -1;
                    int prevYear = -1;
                    for (Map.Entry<Integer, YearColumn> e : years.entrySet()) {
                        int y = e.getValue().year.getValue();
                        if (prev >= 0 && (e.getKey() != prev + 1 || y != prevYear + 1)) {
                            throw new WorkbookFormatException(file + " " + ref(sheet, row.getCell(e.getKey()))
                                    + ": the year header is not one year per column in order (after " + prevYear + " comes " + y + ")");
                        }
                        prev = e.getKey();
                        prevYear = y;
                    }
                    return new Header(row.getRowNum(), years);
                }
            }
            throw new WorkbookFormatException(file + " " + sheet.getSheetName() + ": no header row of years (2014, 2015, … 2024e) found");
        }
    }

    static String ref(Sheet sheet, Cell cell) {
        return sheet.getSheetName() + "!" + (cell == null ? "?" : cell.getAddress().formatAsString());
    }
}
