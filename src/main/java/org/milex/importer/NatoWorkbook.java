package org.milex.importer;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Subject;

/**
 * Reads NATO's <i>Defence Expenditure of NATO Countries</i> TABLES workbook of any year into observations,
 * exactly as published, finding its tables instead of expecting them at fixed places.
 *
 * <pre>{@code
 * NatoWorkbook.Layout l = NatoWorkbook.describe(Path.of("def-exp-2026-en.xlsx"));
 * l.constantPrices();    // constant 2021 prices
 * l.definition();        // CORE_DEFENCE_EXPENDITURE
 * l.estimateYears();     // [2025, 2026]
 * NatoWorkbook.Result r = NatoWorkbook.read(Path.of("240617-def-exp-2024-TABLES-en.xlsx"), Edition.parse("NATO-2024-06"));
 * }</pre>
 *
 * <p>How it finds what it reads:
 * <ul>
 *   <li><b>Tables by their titles.</b> A sheet whose first cell reads {@code Table N : title} (2024, sheets
 *       {@code TABLE1} … {@code TABLE8b}) or {@code Table N: title} (2025 on, sheets {@code Table 1} …) is
 *       Table N; the sheet's name, where it names a table, must name the same one. Sheets neither named nor
 *       titled as tables are listed in {@link Result#ignored()}.</li>
 *   <li><b>The definition from the titles of Tables 1–3</b>: "Core defence expenditure" is
 *       {@link Edition.Definition#CORE_DEFENCE_EXPENDITURE}, "Defence expenditure" is
 *       {@link Edition.Definition#DEFENCE_EXPENDITURE}; the three must agree.</li>
 *   <li><b>Blocks by their subtitles</b> ("Current prices", "Constant 2021 prices and exchange rates",
 *       "Share of real GDP (%)" …), compared without their year; a block runs until a blank row, a note or the
 *       next subtitle. Table 7 has one block without a subtitle.</li>
 *   <li><b>Years from the header row</b>: a row of at least three consecutive years, one per column, an
 *       {@code e} marking an estimate ({@code 2025e}); it applies until the next header row.</li>
 *   <li><b>The price base from every caption that states one</b> ("Based on 2015 prices", "Constant 2021
 *       prices and exchange rates", "based on 2021 prices"); they must all agree.</li>
 *   <li><b>Allies and groups by name</b>: NATO's footnote stars are counted, Table 1's bracketed currency
 *       ({@code Sweden (Kronor)}) must be the ally's currency in {@code data/allies.csv}; both are kept in
 *       {@link Layout#labels()}. {@code Slovak Republic} is Slovakia; {@code NATO Europe and Canada} and
 *       {@code NATO Total} are the groups.</li>
 *   <li><b>Values as the workbook holds them</b>, at full precision. {@code ..} (not available) is no
 *       figure, {@code -} (nil) is 0; both are listed by cell in {@link Layout#notAvailable()} and
 *       {@link Layout#nil()}. An empty cell is a figure not published.</li>
 *   <li>Rows with values but no label ({@code #REF!} rows under Table 1 in 2024) are listed in
 *       {@link Result#ignored()}, never dropped silently. Table 4, which repeats Tables 2 and 3, is checked
 *       against them.</li>
 * </ul>
 * Anything else (a title, subtitle or caption it does not know, text where a number belongs, a formula
 * without a stored value, an unknown country, a price base other than the edition's) is a
 * {@link WorkbookFormatException} naming file, sheet, cell and value: milex never guesses at a layout. The
 * workbook is streamed ({@link SheetCells}), never loaded whole, and refused past 200,000 cells.
 */
public final class NatoWorkbook {

    private NatoWorkbook() {
    }

    /**
     * A row label as the workbook prints it, and what milex makes of it.
     *
     * @param place the cell, as {@code "TABLE1!C38"}
     * @param text the label, e.g. {@code "Sweden   (Kronor)"} or {@code "Poland*"}
     * @param subject the ally or group
     * @param currency the currency name in brackets, where there is one ({@code "Kronor"})
     * @param footnoteMarks how many footnote stars the label carries
     */
    public record RowLabel(String place, String text, Subject subject, Optional<String> currency, int footnoteMarks) {
        /** Checks that nothing is missing. */
        public RowLabel {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * What a workbook says about itself.
     *
     * @param constantPrices the base of its constant prices, from its captions
     * @param definition what its expenditure figures measure, from the titles of Tables 1–3
     * @param firstYear the first year of its header rows
     * @param lastYear the last year
     * @param estimateYears the years its headers mark with {@code e}
     * @param labels every row label read, in order
     * @param notAvailable the cells printed {@code ..}, as {@code "Table 3!M14"}
     * @param nil the cells printed {@code -}, read as 0
     * @param notes the notes under the tables, each once
     * @param fiscalYearNotes the notes' statements on fiscal years ("2025 represents the fiscal year 2025/2026
     *     for Canada and the United Kingdom")
     */
    public record Layout(PriceBasis constantPrices, Edition.Definition definition, Year firstYear, Year lastYear,
                         Set<Year> estimateYears, List<RowLabel> labels, List<String> notAvailable, List<String> nil,
                         List<String> notes, List<String> fiscalYearNotes) {
        /** Copies the collections. */
        public Layout {
            Objects.requireNonNull(constantPrices, "constantPrices");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(firstYear, "firstYear");
            Objects.requireNonNull(lastYear, "lastYear");
            estimateYears = Set.copyOf(new TreeSet<>(estimateYears));
            labels = List.copyOf(labels);
            notAvailable = List.copyOf(notAvailable);
            nil = List.copyOf(nil);
            notes = List.copyOf(notes);
            fiscalYearNotes = List.copyOf(fiscalYearNotes);
        }

        /** The currency names the labels carry, by ally or group code ({@code SWE → Kronor}). */
        public Map<String, String> currencies() {
            Map<String, String> m = new LinkedHashMap<>();
            labels.forEach(l -> l.currency().ifPresent(c -> m.putIfAbsent(l.subject().code(), c)));
            return m;
        }

        /** The codes of the allies whose labels carry a footnote star, in order. */
        public List<String> starred() {
            return labels.stream().filter(l -> l.footnoteMarks() > 0).map(l -> l.subject().code()).distinct().toList();
        }
    }

    /**
     * What a workbook holds: its observations, the cells that are not figures, and its layout.
     *
     * @param observations one per ally or group and year, allies in the workbook's order, then groups
     * @param ignored cells holding something outside any country's row, as {@code "TABLE1!D42:I42 #REF!"}
     * @param layout what the workbook says about itself
     */
    public record Result(List<Observation> observations, List<String> ignored, Layout layout) {
        /** Copies both lists. */
        public Result {
            observations = List.copyOf(observations);
            ignored = List.copyOf(ignored);
            Objects.requireNonNull(layout, "layout");
        }
    }

    /**
     * Reads a workbook's layout: price base, definition, years and estimates, labels, notes.
     *
     * @throws WorkbookFormatException naming file, sheet, cell and value where the layout is not one milex reads
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Layout describe(Path workbook) {
        Objects.requireNonNull(workbook, "workbook");
        return parse(workbook).layout();
    }

    /**
     * Reads a TABLES workbook as figures of {@code edition}.
     *
     * @throws WorkbookFormatException naming file, sheet, cell and value where the layout or a value is not
     *     what milex reads, or where the workbook disagrees with the edition (price base, definition, years)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Result read(Path workbook, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return read(workbook, layout -> edition);
    }

    /** Reads a workbook once, as figures of the edition {@code edition} makes of its layout. */
    static Result read(Path workbook, java.util.function.Function<Layout, Edition> editionOf) {
        Objects.requireNonNull(workbook, "workbook");
        Parsed p = parse(workbook);
        Layout layout = p.layout();
        Edition edition = editionOf.apply(layout);
        if (!layout.constantPrices().equals(edition.constantPrices())) {
            throw new WorkbookFormatException(p.file, p.priceSheet, p.priceCell.ref(), p.priceCell.text(),
                    "the workbook is in " + layout.constantPrices() + " but edition " + edition + " is in "
                            + edition.constantPrices());
        }
        if (layout.definition() != edition.definition()) {
            throw new WorkbookFormatException(p.file, p.definitionSheet, p.definitionCell.ref(), p.definitionCell.text(),
                    "the workbook measures " + layout.definition() + " but edition " + edition + " is "
                            + edition.definition());
        }
        List<Observation> out = new ArrayList<>();
        List<Subject> order = new ArrayList<>(p.figures.keySet());
        order.sort((a, b) -> Boolean.compare(a instanceof AllyGroup, b instanceof AllyGroup));
        for (Subject s : order) {
            for (Fig f : p.figures.get(s).values()) {
                if (!edition.covers(f.year)) {
                    throw new WorkbookFormatException(p.file, f.sheet, f.cell, "", "year " + f.year
                            + " lies outside edition " + edition + " (" + edition.firstYear() + "-" + edition.lastYear() + ")");
                }
                Observation.Builder b = Observation.builder(s, f.year, edition).estimate(f.estimate);
                f.values.forEach(b::set);
                try {
                    out.add(b.build());
                } catch (IllegalArgumentException ex) {
                    throw new WorkbookFormatException(p.file, f.sheet, f.cell, "", ex.getMessage(), ex);
                }
            }
        }
        if (p.table4 != null) {
            Table4Check.check(p.file, p.table4, out);
        }
        return new Result(out, p.ignored, layout);
    }

    private static Parsed parse(Path workbook) {
        String file = workbook.getFileName().toString();
        List<SheetCells.Sheet> sheets = SheetCells.read(workbook);
        Parsed p = new Parsed(file);
        Map<String, String> seen = new LinkedHashMap<>();
        for (SheetCells.Sheet sheet : sheets) {
            Optional<String> number = TableLayout.tableNumber(file, sheet);
            if (number.isEmpty()) {
                p.ignored.add("sheet '" + sheet.name() + "' (not a table)");
                continue;
            }
            String n = number.get();
            if (seen.put(n, sheet.name()) != null) {
                throw new WorkbookFormatException(file, sheet.name(), "A1", "", "a second Table " + n
                        + " after sheet '" + seen.get(n) + "'");
            }
            if (n.equals("4")) {
                p.table4 = sheet;
            } else {
                TableLayout.read(file, sheet, n, p);
            }
        }
        for (String n : TableLayout.TABLES.keySet()) {
            if (!seen.containsKey(n)) {
                List<String> names = sheets.stream().map(SheetCells.Sheet::name).toList();
                throw new WorkbookFormatException(file, "", "", "", "no Table " + n + " (a sheet whose first cell "
                        + "reads 'Table " + n + ": …'); the workbook has sheets " + String.join(", ", names));
            }
        }
        return p;
    }

    /** One ally's or group's figures for one year, with the first cell read (for messages). */
    private static final class Fig {
        final Year year;
        final boolean estimate;
        final String sheet;
        final String cell;
        final Map<Measure, Double> values = new EnumMap<>(Measure.class);

        Fig(Year year, boolean estimate, String sheet, String cell) {
            this.year = year;
            this.estimate = estimate;
            this.sheet = sheet;
            this.cell = cell;
        }
    }

    /** Collects what {@link TableLayout} finds. */
    private static final class Parsed implements TableLayout.Figures {
        final String file;
        final Map<Subject, TreeMap<Integer, Fig>> figures = new LinkedHashMap<>();
        final List<String> ignored = new ArrayList<>();
        final List<RowLabel> labels = new ArrayList<>();
        final List<String> notAvailable = new ArrayList<>();
        final List<String> nil = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> fiscal = new ArrayList<>();
        final Set<Year> estimates = new TreeSet<>();
        final TreeSet<Year> years = new TreeSet<>();
        SheetCells.Sheet table4;
        Integer priceBase;
        String priceSheet;
        SheetCells.Cell priceCell;
        Edition.Definition definition;
        String definitionSheet;
        SheetCells.Cell definitionCell;

        Parsed(String file) {
            this.file = file;
        }

        @Override
        public void figure(Subject s, Year y, boolean estimate, Measure m, double value, String sheet, String cell) {
            Fig f = figures.computeIfAbsent(s, k -> new TreeMap<>())
                    .computeIfAbsent(y.getValue(), k -> new Fig(y, estimate, sheet, cell));
            if (f.estimate != estimate) {
                throw new WorkbookFormatException(file, sheet, cell, "", y + (estimate ? " is" : " is not")
                        + " marked as an estimate here but" + (f.estimate ? " is" : " is not") + " at " + f.sheet + "!" + f.cell);
            }
            if (f.values.putIfAbsent(m, value) != null) {
                throw new WorkbookFormatException(file, sheet, cell, "", "a second " + m.column() + " for "
                        + s.code() + " " + y);
            }
            years.add(y);
            if (estimate) {
                estimates.add(y);
            }
        }

        @Override
        public void priceBase(int year, String sheet, SheetCells.Cell cell) {
            if (priceBase == null) {
                priceBase = year;
                priceSheet = sheet;
                priceCell = cell;
            } else if (priceBase != year) {
                throw new WorkbookFormatException(file, sheet, cell.ref(), cell.text(), "a price base of " + year
                        + ", but " + priceSheet + "!" + priceCell.ref() + " says " + priceBase);
            }
        }

        @Override
        public void definition(Edition.Definition d, String sheet, SheetCells.Cell cell) {
            if (definition == null) {
                definition = d;
                definitionSheet = sheet;
                definitionCell = cell;
            } else if (definition != d) {
                throw new WorkbookFormatException(file, sheet, cell.ref(), cell.text(), "a title measuring " + d
                        + ", but " + definitionSheet + "!" + definitionCell.ref() + " measures " + definition);
            }
        }

        @Override
        public void label(String sheet, SheetCells.Cell cell, Subject s, Optional<String> currency, int marks) {
            labels.add(new RowLabel(sheet + "!" + cell.ref(), cell.text(), s, currency, marks));
        }

        @Override
        public void missing(String sheet, SheetCells.Cell cell, boolean isNil) {
            (isNil ? nil : notAvailable).add(sheet + "!" + cell.ref());
        }

        @Override
        public void note(String text, boolean fiscalYears) {
            if (!notes.contains(text)) {
                notes.add(text);
            }
            if (fiscalYears) {
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("(?i)\\d{4} represents the fiscal year \\d{4}/\\d{4} for [^.]*").matcher(text);
                while (m.find()) {
                    if (!fiscal.contains(m.group())) {
                        fiscal.add(m.group());
                    }
                }
            }
        }

        @Override
        public void ignored(String what) {
            ignored.add(what);
        }

        Layout layout() {
            if (priceBase == null) {
                throw new WorkbookFormatException(file, "", "", "", "no caption states the price base ('Constant 2021 "
                        + "prices and exchange rates', 'Based on 2021 prices')");
            }
            if (years.isEmpty()) {
                throw new WorkbookFormatException(file, "", "", "", "no figures found in any table");
            }
            return new Layout(PriceBasis.constant(priceBase), definition, years.first(), years.last(), estimates,
                    labels, notAvailable, nil, notes, fiscal);
        }
    }
}
