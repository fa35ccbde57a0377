package org.milex.importer;

import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Subject;

/**
 * Finds NATO's tables in a workbook's sheets instead of expecting them at fixed places: a table by its title
 * ({@code Table 3 : …} in 2024, {@code Table 3: …} from 2025), its blocks by their subtitles, its years and
 * estimate marks by the header row, the price base from the captions that state it, the definition from the
 * titles of Tables 1–3, and each row's ally or group by its name. Every rule is listed in
 * {@link NatoWorkbook}'s class Javadoc. What is found is handed to a {@link Figures} collector.
 */
final class TableLayout {
    static final Pattern TITLE = Pattern.compile("Table\\s*(\\d+[ab]?)\\s*:\\s*(\\S.*)", Pattern.DOTALL);
    private static final Pattern SHEET = Pattern.compile("(?i)table\\s*(\\d+[ab]?)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(e?)");
    private static final Pattern PRICES = Pattern.compile("(?i).*\\b(\\d{4}) prices.*");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("(.*?)\\s*\\(([^)]*)\\)\\s*");
    private static final Pattern FISCAL = Pattern.compile("(?i)\\d{4} represents the fiscal year \\d{4}/\\d{4} for [^.]*");
    private static final Map<String, List<String>> CURRENCY_NAMES = Map.ofEntries(
            Map.entry("Leks", List.of("ALL")), Map.entry("Euros", List.of("EUR")), Map.entry("Leva", List.of("BGN")),
            Map.entry("Canadian dollars", List.of("CAD")), Map.entry("Koruny", List.of("CZK")),
            Map.entry("Kroner", List.of("DKK", "NOK")), Map.entry("Forint", List.of("HUF")),
            Map.entry("Denars", List.of("MKD")), Map.entry("Zlotys", List.of("PLN")), Map.entry("New Lei", List.of("RON")),
            Map.entry("Kronor", List.of("SEK")), Map.entry("Liras", List.of("TRY")), Map.entry("Pounds", List.of("GBP")),
            Map.entry("US dollars", List.of("USD")), Map.entry("Kronur", List.of("ISK")));

    /** A block of a table: its subtitle with any year removed, and the measure its rows hold. */
    record Block(String heading, Measure measure) {
    }

    /** The tables read, by number, and their blocks; Table 7 has one block without a subtitle. */
    static final Map<String, List<Block>> TABLES = Map.of(
            "1", List.of(new Block("Current prices", Measure.EXPENDITURE_NATIONAL_CURRENT),
                    new Block("Constant prices", Measure.EXPENDITURE_NATIONAL_CONSTANT)),
            "2", List.of(new Block("Current prices and exchange rates", Measure.EXPENDITURE_USD_CURRENT),
                    new Block("Constant prices and exchange rates", Measure.EXPENDITURE_USD_CONSTANT)),
            "3", List.of(new Block("Share of real GDP (%)", Measure.SHARE_OF_GDP),
                    new Block("Annual real change (%)", Measure.REAL_CHANGE)),
            "5", List.of(new Block("Current prices and exchange rates", Measure.GDP_USD_CURRENT),
                    new Block("Constant prices and exchange rates", Measure.REAL_GDP_USD_CONSTANT)),
            "6", List.of(new Block("GDP per capita (thousand US dollars)", Measure.GDP_PER_CAPITA),
                    new Block("Defence expenditure per capita (US dollars)", Measure.EXPENDITURE_PER_CAPITA)),
            "7", List.of(new Block("", Measure.PERSONNEL)),
            "8a", List.of(new Block("Equipment (a)", Measure.EQUIPMENT_SHARE),
                    new Block("Personnel (b)", Measure.PERSONNEL_EXPENDITURE_SHARE)),
            "8b", List.of(new Block("Infrastructure (c)", Measure.INFRASTRUCTURE_SHARE),
                    new Block("Other (d)", Measure.OTHER_SHARE)));

    /** Receives what the sheets hold. */
    interface Figures {
        void figure(Subject s, Year y, boolean estimate, Measure m, double value, String sheet, String cell);

        void priceBase(int year, String sheet, SheetCells.Cell cell);

        void definition(Edition.Definition d, String sheet, SheetCells.Cell cell);

        void label(String sheet, SheetCells.Cell cell, Subject s, Optional<String> currency, int marks);

        void missing(String sheet, SheetCells.Cell cell, boolean nil);

        void note(String text, boolean fiscalYears);

        void ignored(String what);
    }

    private record YearColumn(Year year, boolean estimate) {
    }

    private final String file;
    private final SheetCells.Sheet sheet;
    private final Figures out;

    private TableLayout(String file, SheetCells.Sheet sheet, Figures out) {
        this.file = file;
        this.sheet = sheet;
        this.out = out;
    }

    /** The table number of a sheet's title, if its first cell is one ({@code "3"}, {@code "8a"}). */
    static Optional<String> tableNumber(String file, SheetCells.Sheet sheet) {
        Matcher byName = SHEET.matcher(sheet.name().strip());
        if (sheet.rows().isEmpty()) {
            if (byName.matches()) {
                throw new WorkbookFormatException(file, sheet.name(), "", "", "an empty sheet named as a table");
            }
            return Optional.empty();
        }
        SheetCells.Cell first = sheet.rows().get(0).first();
        Matcher m = first.kind() == SheetCells.Kind.TEXT ? TITLE.matcher(first.text().strip()) : null;
        if (m == null || !m.matches()) {
            if (byName.matches()) {
                throw new WorkbookFormatException(file, sheet.name(), first.ref(), first.text(),
                        "expected the table's title, as 'Table 3: Defence expenditure as a share of GDP …'");
            }
            return Optional.empty();
        }
        if (byName.matches() && !byName.group(1).equalsIgnoreCase(m.group(1))) {
            throw new WorkbookFormatException(file, sheet.name(), first.ref(), first.text(),
                    "the title names another table than the sheet");
        }
        return Optional.of(m.group(1));
    }

    /** Reads one table's sheet (not Table 4, which {@link Table4Check} checks). */
    static void read(String file, SheetCells.Sheet sheet, String number, Figures out) {
        List<Block> blocks = TABLES.get(number);
        if (blocks == null) {
            SheetCells.Cell t = sheet.rows().get(0).first();
            throw new WorkbookFormatException(file, sheet.name(), t.ref(), t.text(), "a table milex does not know; "
                    + "it reads Tables 1 to 8b of NATO's defence expenditure tables");
        }
        new TableLayout(file, sheet, out).read(number, blocks);
    }

    private void read(String number, List<Block> blocks) {
        List<SheetCells.Row> rows = sheet.rows();
        SheetCells.Cell title = rows.get(0).first();
        if (number.equals("1") || number.equals("2") || number.equals("3")) {
            String t = title.text().toLowerCase(Locale.ROOT);
            if (t.contains("core defence expenditure")) {
                out.definition(Edition.Definition.CORE_DEFENCE_EXPENDITURE, sheet.name(), title);
            } else if (t.contains("defence expenditure")) {
                out.definition(Edition.Definition.DEFENCE_EXPENDITURE, sheet.name(), title);
            } else {
                throw error(title, "a title that says neither 'Defence expenditure' nor 'Core defence expenditure'");
            }
        }
        Block implicit = blocks.get(0).heading().isEmpty() ? blocks.get(0) : null;
        Block block = implicit;
        List<Block> found = new ArrayList<>();
        if (implicit != null) {
            found.add(implicit);
        }
        TreeMap<Integer, YearColumn> header = null;
        int previous = rows.get(0).number();
        int inBlock = 0;
        for (SheetCells.Row row : rows.subList(1, rows.size())) {
            if (row.number() > previous + 1 && implicit == null && inBlock > 0) {
                block = null;                          // a blank row after a block's rows ends it
            }
            previous = row.number();
            TreeMap<Integer, YearColumn> years = header(row);
            if (years != null) {
                header = years;
                continue;
            }
            SheetCells.Cell first = row.first();
            boolean labelled = first.kind() == SheetCells.Kind.TEXT && (header == null || first.col() < header.firstKey());
            if (!labelled) {
                unlabelled(row);
                continue;
            }
            String text = first.text().strip();
            if (isNote(text)) {
                out.note(text, FISCAL.matcher(text).find());
                block = implicit;
                continue;
            }
            if (row.cells().size() == 1) {
                Optional<Block> b = heading(first, text, blocks);
                if (b.isPresent()) {
                    block = b.get();
                    found.add(block);
                    inBlock = 0;
                    continue;
                }
                if (caption(first, text)) {
                    continue;
                }
                if (knownSubject(text).isEmpty()) {
                    throw error(first, "neither a subtitle of Table " + number + " "
                            + blocks.stream().map(Block::heading).filter(h -> !h.isEmpty()).toList()
                            + ", a unit or price caption, a note, nor an ally's or group's name");
                }
            }
            if (header == null) {
                throw error(first, "a row before the header row of years (an empty first cell, then 2014, 2015, …)");
            }
            if (block == null) {
                throw error(first, "a row outside any block: neither a known subtitle of Table " + number + " "
                        + blocks.stream().map(Block::heading).toList() + ", a unit or price caption, a note, nor "
                        + "a row under a subtitle");
            }
            country(row, first, block, header);
            inBlock++;
        }
        for (Block b : blocks) {
            if (!found.contains(b)) {
                throw new WorkbookFormatException(file, sheet.name(), "", b.heading(), "a block not found; milex "
                        + "reads " + b.measure().column() + " from it");
            }
        }
    }

    private TreeMap<Integer, YearColumn> header(SheetCells.Row row) {
        TreeMap<Integer, YearColumn> years = new TreeMap<>();
        for (SheetCells.Cell c : row.cells()) {
            String t = switch (c.kind()) {
                case NUMBER -> c.number() == Math.rint(c.number()) && Math.abs(c.number()) < 1e5
                        ? String.valueOf((long) c.number()) : "";
                case TEXT -> c.text().strip();
                default -> "";
            };
            Matcher m = YEAR.matcher(t);
            if (!m.matches()) {
                return null;
            }
            int y = Integer.parseInt(m.group(1));
            if (y < 1900 || y > 2100) {
                return null;
            }
            years.put(c.col(), new YearColumn(Year.of(y), !m.group(2).isEmpty()));
        }
        if (years.size() < 3) {
            return null;
        }
        int prevCol = -1;
        int prevYear = -1;
        for (Map.Entry<Integer, YearColumn> e : years.entrySet()) {
            int y = e.getValue().year().getValue();
            if (prevCol >= 0 && (e.getKey() != prevCol + 1 || y != prevYear + 1)) {
                SheetCells.Cell c = row.cells().stream().filter(x -> x.col() == e.getKey()).findFirst().orElseThrow();
                throw error(c, "the year header is not one year per column in order (after " + prevYear + " comes "
                        + y + ")");
            }
            prevCol = e.getKey();
            prevYear = y;
        }
        return years;
    }

    private Optional<Block> heading(SheetCells.Cell cell, String text, List<Block> blocks) {
        Matcher m = PRICES.matcher(text);
        String generic = text;
        if (m.matches()) {
            generic = text.replaceFirst("\\s*\\b" + m.group(1) + "\\b\\s*", " ").strip();
        }
        for (Block b : blocks) {
            if (!b.heading().isEmpty() && b.heading().equalsIgnoreCase(generic)) {
                if (m.matches()) {
                    out.priceBase(Integer.parseInt(m.group(1)), sheet.name(), cell);
                }
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** A unit or price-base caption ({@code "Million US dollars"}, {@code "Based on 2015 prices"}). */
    private boolean caption(SheetCells.Cell cell, String text) {
        Matcher m = PRICES.matcher(text);
        if (m.matches()) {
            out.priceBase(Integer.parseInt(m.group(1)), sheet.name(), cell);
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("million ") || t.equals("thousands") || t.startsWith("percentage of ")
                || t.startsWith("thousand ");
    }

    private static boolean isNote(String text) {
        return text.startsWith("Note") || text.startsWith("*") || text.startsWith("(") || text.matches("-\\d+-")
                || text.startsWith("Source");
    }

    private void country(SheetCells.Row row, SheetCells.Cell label, Block block, TreeMap<Integer, YearColumn> header) {
        Subject subject = subject(label, block.measure());
        for (SheetCells.Cell c : row.cells().subList(1, row.cells().size())) {
            YearColumn yc = header.get(c.col());
            if (yc == null) {
                throw error(c, "a value outside the year columns of the header row");
            }
            double v;
            switch (c.kind()) {
                case NUMBER -> v = c.number();
                case TEXT -> {
                    String t = c.text().strip();
                    if (t.equals("..")) {
                        out.missing(sheet.name(), c, false);
                        continue;
                    }
                    if (!t.equals("-")) {
                        throw error(c, "expected a number, '..' (not available) or '-' (nil), found text");
                    }
                    out.missing(sheet.name(), c, true);
                    v = 0.0;
                }
                case NO_VALUE -> throw error(c, "a formula with no stored value (the workbook was saved without "
                        + "calculating it); milex reads the values a workbook holds, never 0 for a missing one");
                case ERROR -> throw error(c, "expected a number, found an Excel error");
                default -> throw error(c, "expected a number, found " + c.kind());
            }
            out.figure(subject, yc.year(), yc.estimate(), block.measure(), v, sheet.name(), c.ref());
        }
    }

    private static Optional<Subject> knownSubject(String label) {
        Matcher m = CURRENCY_SUFFIX.matcher(label);
        String name = (m.matches() ? m.group(1) : label).replace("*", "").strip();
        for (AllyGroup g : List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA)) {
            if (g.name().equalsIgnoreCase(name)) {
                return Optional.of(g);
            }
        }
        return Ally.fromName(name).map(a -> a);
    }

    private Subject subject(SheetCells.Cell label, Measure measure) {
        String text = label.text();
        Optional<String> currency = Optional.empty();
        Matcher m = CURRENCY_SUFFIX.matcher(text);
        if (m.matches()) {
            text = m.group(1);
            currency = Optional.of(m.group(2).strip());
        } else if (measure == Measure.EXPENDITURE_NATIONAL_CURRENT || measure == Measure.EXPENDITURE_NATIONAL_CONSTANT) {
            throw error(label, "expected a country and its currency, as 'Albania   (Leks)'");
        }
        int marks = (int) text.chars().filter(ch -> ch == '*').count();
        String name = text.replace("*", "").strip();
        Subject subject = null;
        for (AllyGroup g : List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA)) {
            if (g.name().equalsIgnoreCase(name)) {
                subject = g;
            }
        }
        if (subject == null) {
            subject = Ally.fromName(name).orElseThrow(() -> error(label, "unknown ally"));
        }
        if (currency.isPresent()) {
            if (!(subject instanceof Ally ally)) {
                throw error(label, "a currency for a group of allies");
            }
            List<String> codes = CURRENCY_NAMES.get(currency.get());
            Currency c = ally.currency();
            if (codes == null || !codes.contains(c.getCurrencyCode())) {
                throw error(label, ally.name() + " reported in '" + currency.get() + "', but milex knows its "
                        + "national currency as " + c.getCurrencyCode() + " (data/allies.csv)");
            }
        }
        out.label(sheet.name(), label, subject, currency, marks);
        return subject;
    }

    private void unlabelled(SheetCells.Row row) {
        StringBuilder values = new StringBuilder();
        for (SheetCells.Cell c : row.cells()) {
            String text = c.kind() == SheetCells.Kind.NUMBER ? org.milex.data.ObservationCsv.format(c.number()) : c.text();
            if (values.indexOf(text) < 0) {
                values.append(values.length() == 0 ? "" : " ").append(text);
            }
        }
        SheetCells.Cell first = row.first();
        SheetCells.Cell last = row.cells().get(row.cells().size() - 1);
        out.ignored(sheet.name() + "!" + first.ref() + ":" + last.ref() + " " + values + " (no country label)");
    }

    private WorkbookFormatException error(SheetCells.Cell c, String problem) {
        return new WorkbookFormatException(file, sheet.name(), c.ref(), c.text(), problem);
    }

    /** Cells by column, for checks that look up a row's cells by position. */
    static Map<Integer, SheetCells.Cell> byColumn(SheetCells.Row row) {
        Map<Integer, SheetCells.Cell> m = new HashMap<>();
        row.cells().forEach(c -> m.put(c.col(), c));
        return m;
    }

    static Map<String, List<Block>> tables() {
        return new LinkedHashMap<>(TABLES);
    }
}
