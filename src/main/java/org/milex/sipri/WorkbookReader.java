package org.milex.sipri;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.milex.internal.Grammar;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads SIPRI's workbook with POI's event API: each sheet's XML is streamed and handed over a row at a time.
 * Every rule is in {@link SipriDatabase#read(Path)}'s Javadoc.
 */
final class WorkbookReader {
    static final String FRONT_PAGE = "Front page";
    static final String FOOTNOTES = "Footnotes";
    /** SIPRI's five regions, the headings of its country sheets. */
    static final List<String> REGIONS = List.of("Africa", "Americas", "Asia & Oceania", "Europe", "Middle East");

    private static final Pattern CITATION = Pattern.compile("SIPRI Military Expenditure Database (\\d{4})");
    private static final Pattern CONSTANT_TITLE =
            Pattern.compile("constant \\((\\d{4})\\) US\\$", Pattern.CASE_INSENSITIVE);
    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private final String file;
    private final OPCPackage pkg;
    private StylesTable styles;
    private final Map<Integer, SipriStatus> colours = new HashMap<>();

    private WorkbookReader(String file, OPCPackage pkg) {
        this.file = file;
        this.pkg = pkg;
    }

    private static String shortly(String message) {
        String m = String.valueOf(message).replaceAll("\\s+", " ");
        return m.length() <= 120 ? m : m.substring(0, 120) + "…";
    }

    static SipriDatabase read(Path path) {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException("cannot read " + path, new NoSuchFileException(path.toString()));
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new SipriFormatException(file, "", "", "", "not an Excel .xlsx workbook (" + e.getMessage() + ")", e);
        }
        try {
            return new WorkbookReader(file, pkg).read();
        } catch (java.util.zip.ZipException e) {
            throw new SipriFormatException(file, "", "", "", "a damaged .xlsx workbook (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            // the package opened, so this is a part that cannot be parsed (POI wraps XML errors as IOException)
            throw new SipriFormatException(file, "", "", "", "a damaged .xlsx workbook (" + shortly(e.getMessage()) + ")", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException | org.apache.poi.util.RecordFormatException e) {
            throw new SipriFormatException(file, "", "", "", "not a readable .xlsx workbook: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // POI's reaction to a damaged package (a missing part, a broken relationship): the workbook is
            // refused as unreadable, with POI's explanation kept as the cause
            throw new SipriFormatException(file, "", "", "", "a damaged .xlsx workbook (" + shortly(e.getMessage()) + ")", e);
        } finally {
            pkg.revert();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A cell as the sheet XML holds it: its type ({@code s}, {@code n}, {@code str}, …), style and text. */
    record RawCell(int col, String ref, String type, int style, String text) {
        boolean isBlank() {
            return text == null || text.isBlank();
        }

        boolean isText() {
            return type.equals("s") || type.equals("inlineStr") || type.equals("str");
        }

        boolean isNumber() {
            return type.equals("n");
        }

        /** The text, or a whole number written without {@code .0}. */
        String display() {
            if (text == null) {
                return "";
            }
            if (isNumber()) {
                try {
                    double d = Double.parseDouble(text);
                    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                        return Long.toString((long) d);
                    }
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        }
    }

    /** Receives a sheet's rows in order. */
    interface RowSink {
        void row(int rowNumber, List<RawCell> cells);
    }

    private SipriDatabase read() throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        styles = reader.getStylesTable();
        if (styles == null) {
            throw new SipriFormatException(file, "", "", "", "the workbook has no readable styles part (SIPRI marks "
                    + "estimates by cell colour, so milex needs it)");
        }
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
        Map<SipriMeasure, DataSheet> sheets = new EnumMap<>(SipriMeasure.class);
        List<String> names = new ArrayList<>();
        StringBuilder front = null;
        FootnoteSheet footnotes = null;
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                names.add(name);
                if (name.equals(FRONT_PAGE)) {
                    StringBuilder text = new StringBuilder();
                    parse(in, name, strings, (r, cells) -> cells.stream().filter(c -> !c.isBlank())
                            .forEach(c -> text.append(c.text).append('\n')));
                    drawingText(it.getSheetPart(), text);
                    front = text;
                } else if (name.equals(FOOTNOTES)) {
                    footnotes = new FootnoteSheet(name);
                    parse(in, name, strings, footnotes);
                } else {
                    for (SipriMeasure m : SipriMeasure.values()) {
                        Matcher mm = m.sheetPattern().matcher(name);
                        if (mm.matches()) {
                            if (sheets.containsKey(m)) {
                                throw new SipriFormatException(file, name, "", "", "a second sheet for "
                                        + m.unit() + " after '" + sheets.get(m).sheet + "'");
                            }
                            DataSheet ds = new DataSheet(name, m);
                            parse(in, name, strings, ds);
                            ds.finish(m == SipriMeasure.CONSTANT_USD ? Integer.parseInt(mm.group(1)) : 0);
                            sheets.put(m, ds);
                        }
                    }
                }
            }
        }
        if (front == null) {
            throw missingSheet(FRONT_PAGE, names);
        }
        if (footnotes == null) {
            throw missingSheet(FOOTNOTES, names);
        }
        for (SipriMeasure m : SipriMeasure.values()) {
            if (!sheets.containsKey(m)) {
                throw missingSheet(m == SipriMeasure.CONSTANT_USD ? "Constant (YYYY) US$"
                        : m.sheetPattern().pattern().replace("\\", ""), names);
            }
        }
        return assemble(sheets, footnotes, release(front.toString(), sheets));
    }

    private SipriFormatException missingSheet(String name, List<String> names) {
        return new SipriFormatException(file, "", "", "", "no sheet '" + name + "'; the workbook has '"
                + String.join("', '", names) + "'");
    }

    private SipriRelease release(String front, Map<SipriMeasure, DataSheet> sheets) {
        Matcher m = CITATION.matcher(front);
        if (!m.find()) {
            throw new SipriFormatException(file, FRONT_PAGE, "", "", "no citation 'SIPRI Military Expenditure "
                    + "Database YYYY' on the front page, so the release is unknown");
        }
        int first = sheets.values().stream().mapToInt(s -> s.firstYear).min().orElseThrow();
        int last = sheets.values().stream().mapToInt(s -> s.firstYear + s.yearCount - 1).max().orElseThrow();
        Optional<LocalDate> created;
        try {
            created = pkg.getPackageProperties().getCreatedProperty()
                    .map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        } catch (InvalidFormatException e) {
            throw new SipriFormatException(file, "", "", "", "unreadable document properties: " + e.getMessage(), e);
        }
        return new SipriRelease(Year.of(Integer.parseInt(m.group(1))), Year.of(first), Year.of(last), created);
    }

    /** Appends the text of the sheet's drawings (SIPRI's front page is a text box). */
    private void drawingText(PackagePart sheetPart, StringBuilder out)
            throws InvalidFormatException, IOException, SAXException, ParserConfigurationException {
        for (PackageRelationship rel : sheetPart.getRelationshipsByType(XSSFRelation.DRAWINGS.getRelation())) {
            PackagePart drawing = sheetPart.getRelatedPart(rel);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                private boolean inText;

                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    inText = DRAWINGML.equals(uri) && local.equals("t");
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    inText = false;
                    if (DRAWINGML.equals(uri) && local.equals("p")) {
                        out.append('\n');
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        out.append(ch, start, length);
                    }
                }
            });
            try (InputStream in = drawing.getInputStream()) {
                parser.parse(new InputSource(in));
            }
        }
    }

    private void parse(InputStream in, String sheet, SharedStrings strings, RowSink sink)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new SheetHandler(strings, sink));
        try {
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof SipriFormatException s) {
                throw s;
            }
            throw new SipriFormatException(file, sheet, "", "", "not well-formed sheet XML: " + e.getMessage(), e);
        }
    }

    /** Streams one sheet's XML and hands each row to a sink. */
    private static final class SheetHandler extends DefaultHandler {
        private final SharedStrings strings;
        /** Shared strings already looked up: POI builds a rich-text object for each look-up. */
        private final Map<Integer, String> texts = new HashMap<>();
        private final RowSink sink;
        private final StringBuilder text = new StringBuilder();
        private List<RawCell> cells = new ArrayList<>();
        private int row;
        private int col;
        private String ref;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inline;
        private boolean hasValue;

        SheetHandler(SharedStrings strings, RowSink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r != null ? Integer.parseInt(r) : row + 1;
                    cells = new ArrayList<>();
                    col = -1;
                }
                case "c" -> {
                    ref = a.getValue("r");
                    col = ref != null ? column(ref) : col + 1;
                    if (ref == null) {
                        ref = new CellReference(row - 1, col).formatAsString();
                    }
                    type = a.getValue("t") == null ? "n" : a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    collecting = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inline = true;
                    text.setLength(0);
                }
                case "t" -> collecting = inline;
                default -> {
                }
            }
        }

        /** The 0-based column of a reference such as {@code "BZ146"}. */
        private static int column(String ref) {
            int c = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                i++;
            }
            return c - 1;
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> {
                    collecting = false;
                    hasValue = true;
                }
                case "t" -> collecting = false;
                case "is" -> {
                    inline = false;
                    hasValue = true;
                }
                case "c" -> {
                    String v = hasValue ? text.toString() : null;
                    if (v != null && type.equals("s")) {
                        v = texts.computeIfAbsent(Integer.parseInt(v.strip()), i -> strings.getItemAt(i).getString());
                    }
                    cells.add(new RawCell(col, ref, type, style, v));
                }
                case "row" -> sink.row(row, cells);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A country row of one sheet, with the cells errors are reported at. */
    private record CountryRow(String name, String region, Optional<String> subregion, String notes,
                              Optional<String> currency, Optional<String> financialYear, String nameRef,
                              String notesRef, String currencyRef) {
    }

    /** One country sheet: its header, then region, subregion and country rows. */
    private final class DataSheet implements RowSink {
        final String sheet;
        final SipriMeasure measure;
        final List<RawCell> preamble = new ArrayList<>();
        boolean headerFound;
        int firstYear;
        int yearCount;
        int firstYearCol;
        int notesCol = -1;
        int currencyCol = -1;
        int fyCol = -1;
        final Map<Integer, String> labels = new HashMap<>();
        String region;
        String subregion;
        String openHeading;
        String openRef;
        int openCount;
        final List<CountryRow> rows = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        double[] values = new double[0];
        byte[] status = new byte[0];
        int baseYear;

        DataSheet(String sheet, SipriMeasure measure) {
            this.sheet = sheet;
            this.measure = measure;
        }

        SipriFormatException error(RawCell cell, String problem) {
            return new SipriFormatException(file, sheet, cell.ref, cell.display(), problem);
        }

        SipriFormatException error(String ref, String value, String problem) {
            return new SipriFormatException(file, sheet, ref, value, problem);
        }

        @Override
        public void row(int r, List<RawCell> cells) {
            if (!headerFound) {
                RawCell a = cells.isEmpty() ? null : cells.get(0);
                if (a != null && a.col == 0 && a.isText() && a.text.strip().equalsIgnoreCase("Country")) {
                    header(r, cells);
                } else if (a != null && a.col == 0 && !a.isBlank()) {
                    preamble.add(a);
                }
                return;
            }
            data(r, cells);
        }

        private void header(int r, List<RawCell> cells) {
            headerFound = true;
            int last = -1;
            for (RawCell c : cells) {
                if (c.col == 0) {
                    continue;
                }
                Integer y = year(c);
                if (y != null) {
                    if (last < 0) {
                        firstYear = y;
                        firstYearCol = c.col;
                    } else if (y != last + 1 || c.col != firstYearCol + (y - firstYear)) {
                        throw error(c, "years must run on one by one, column by column: expected " + (last + 1)
                                + " in column " + CellReference.convertNumToColString(firstYearCol + (last + 1 - firstYear)));
                    }
                    last = y;
                    continue;
                }
                if (last >= 0) {
                    if (!c.isBlank()) {
                        throw error(c, "a heading after the year columns; expected only years after 'Notes'");
                    }
                    continue;
                }
                String h = c.isBlank() ? "" : c.text.strip();
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("notes")) {
                    notesCol = twice(notesCol, c);
                } else if (lower.equals("currency")) {
                    currencyCol = twice(currencyCol, c);
                } else if (lower.startsWith("fiscal year") || lower.startsWith("financial year")) {
                    fyCol = twice(fyCol, c);
                } else if (lower.isEmpty() || lower.equals("reporting year")) {
                    labels.put(c.col, h);
                } else {
                    throw error(c, "an unknown column heading; milex reads 'Country', 'Notes', 'Currency', "
                            + "'Fiscal Year', 'Reporting year' (empty) and years");
                }
            }
            String row = "A" + r;
            if (last < 0) {
                throw error(row, "Country", "no years in the header row");
            }
            yearCount = last - firstYear + 1;
            if (notesCol < 0) {
                throw error(row, "Country", "no 'Notes' column in the header row");
            }
            if (measure.isLocalCurrency() && currencyCol < 0) {
                throw error(row, "Country", "no 'Currency' column in the header row of a local-currency sheet");
            }
            if (measure == SipriMeasure.LOCAL_CURRENCY_FINANCIAL_YEARS && fyCol < 0) {
                throw error(row, "Country", "no 'Fiscal Year' column in the header row of the financial-year sheet");
            }
        }

        private int twice(int existing, RawCell c) {
            if (existing >= 0) {
                throw error(c, "a second column with this heading");
            }
            return c.col;
        }

        private Integer year(RawCell c) {
            if (c.isBlank()) {
                return null;
            }
            String t = c.text.strip();
            double d;
            if (c.isNumber()) {
                try {
                    d = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (t.matches("\\d{4}")) {
                d = Integer.parseInt(t);
            } else {
                return null;
            }
            return d == Math.rint(d) && d >= 1900 && d <= 2200 ? (int) d : null;
        }

        private void data(int r, List<RawCell> cells) {
            List<RawCell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
            if (filled.isEmpty()) {
                return;
            }
            RawCell a = filled.get(0);
            if (a.col != 0) {
                throw error(a, "a value in a row with no name in column A");
            }
            if (!a.isText()) {
                throw error(a, "expected a country, region or subregion name in column A");
            }
            String name = a.text.strip();
            if (filled.size() == 1) {
                heading(a, name);
                return;
            }
            if (REGIONS.contains(name)) {
                throw error(a, "a region heading with figures beside it; regional totals are not in the country sheets");
            }
            if (region == null) {
                throw error(a, "a country before any region heading");
            }
            String previous = seen.putIfAbsent(SipriDatabase.normalise(name), a.ref);
            if (previous != null) {
                throw error(a, "a country listed twice, at " + previous + " and " + a.ref);
            }
            RawCell[] byCol = new RawCell[firstYearCol + yearCount];
            for (RawCell c : filled) {
                if (c.col >= byCol.length) {
                    throw error(c, "a value right of the last year column ("
                            + CellReference.convertNumToColString(byCol.length - 1) + ", " + (firstYear + yearCount - 1) + ")");
                }
                byCol[c.col] = c;
            }
            String notes = "";
            Optional<String> currency = Optional.empty();
            Optional<String> fy = Optional.empty();
            String notesRef = CellReference.convertNumToColString(notesCol) + r;
            String currencyRef = currencyCol < 0 ? "" : CellReference.convertNumToColString(currencyCol) + r;
            for (int col = 1; col < firstYearCol; col++) {
                RawCell c = byCol[col];
                if (c == null) {
                    continue;
                }
                if (col == notesCol) {
                    notes = c.display().strip();
                    if (!Country.isNotes(notes)) {
                        throw error(c, "notes must be SIPRI's special-note symbols " + Country.SYMBOLS
                                + " followed by a footnote number");
                    }
                } else if (col == currencyCol) {
                    currency = Optional.of(c.display().strip());
                } else if (col == fyCol) {
                    fy = Optional.of(c.display().strip());
                } else {
                    throw error(c, "expected an empty cell in a column headed '" + labels.getOrDefault(col, "")
                            + "'; milex does not read it");
                }
            }
            if (measure.isLocalCurrency() && currency.isEmpty()) {
                throw error(currencyRef, "", "no currency for " + name);
            }
            int k = rows.size() * yearCount;
            if (k + yearCount > values.length) {
                int n = Math.max(256 * yearCount, values.length * 2);
                values = Arrays.copyOf(values, n);
                status = Arrays.copyOf(status, n);
            }
            for (int i = 0; i < yearCount; i++) {
                int col = firstYearCol + i;
                RawCell c = byCol[col];
                if (c == null) {
                    throw error(CellReference.convertNumToColString(col) + r, "", "no figure for " + name + " "
                            + (firstYear + i) + "; SIPRI writes '...' for a missing figure");
                }
                cell(c, k + i);
            }
            rows.add(new CountryRow(name, region, Optional.ofNullable(subregion), notes, currency, fy, a.ref,
                    notesRef, currencyRef));
            openCount++;
        }

        private void cell(RawCell c, int k) {
            if (c.isText()) {
                String t = c.text.strip();
                SipriStatus s = t.equals("...") ? SipriStatus.UNAVAILABLE
                        : t.equals("xxx") ? SipriStatus.NOT_INDEPENDENT : null;
                if (s == null) {
                    throw error(c, "expected a number, '...' (unavailable) or 'xxx' (not independent), found text");
                }
                values[k] = Double.NaN;
                status[k] = s.code();
                return;
            }
            if (!c.isNumber()) {
                throw error(c, "expected a number, '...' or 'xxx', found a cell of type '" + c.type + "'"
                        + (c.type.equals("e") ? " (an Excel error)" : ""));
            }
            double v;
            try {
                v = Grammar.storedNumber(c.text.strip());
            } catch (Grammar.Rejected e) {
                throw error(c, e.getMessage());
            }
            if (!Double.isFinite(v) || v < 0) {
                throw error(c, "expected a figure of zero or more");
            }
            values[k] = v;
            status[k] = colour(this, c).code();
        }

        private void heading(RawCell a, String name) {
            if (REGIONS.contains(name)) {
                closeHeading(true);
                region = name;
                subregion = null;
            } else {
                if (region == null) {
                    throw error(a, "a subregion heading before any region heading; SIPRI's regions are "
                            + String.join(", ", REGIONS));
                }
                if (!isBold(a)) {
                    throw error(a, "a name with no figures in a plain font; expected a subregion heading (bold) "
                            + "or a country with a figure for every year");
                }
                closeHeading(false);
                subregion = name;
            }
            openHeading = name;
            openRef = a.ref;
            openCount = 0;
        }

        /** A subregion must have countries; a region must have countries or subregions. */
        private void closeHeading(boolean nextIsRegion) {
            boolean openIsRegion = openHeading != null && openHeading.equals(region) && subregion == null;
            if (openHeading != null && openCount == 0 && (nextIsRegion || !openIsRegion)) {
                throw error(openRef, openHeading, "a heading with no countries under it");
            }
        }

        void finish(int nameYear) {
            if (!headerFound) {
                throw error("", "", "no header row: expected 'Country' in column A, then 'Notes' and the years");
            }
            closeHeading(true);
            if (rows.isEmpty()) {
                throw error("", "", "no countries below the header row");
            }
            values = Arrays.copyOf(values, rows.size() * yearCount);
            status = Arrays.copyOf(status, rows.size() * yearCount);
            if (measure == SipriMeasure.CONSTANT_USD) {
                RawCell title = null;
                Matcher m = null;
                for (RawCell c : preamble) {
                    Matcher x = CONSTANT_TITLE.matcher(c.text);
                    if (x.find()) {
                        title = c;
                        m = x;
                        break;
                    }
                }
                if (title == null) {
                    throw error("A1", preamble.isEmpty() ? "" : preamble.get(0).text,
                            "the title names no base year, as 'constant (2023) US$'");
                }
                int titleYear = Integer.parseInt(m.group(1));
                if (titleYear != nameYear) {
                    throw error(title, "the title's base year " + titleYear + " differs from the sheet name's " + nameYear);
                }
                baseYear = titleYear;
            }
        }
    }

    /** Whether a cell's font is bold (SIPRI's region and subregion headings are). */
    private boolean isBold(RawCell c) {
        return c.style < styles.getNumCellStyles() && styles.getStyleAt(c.style).getFont().getBold();
    }

    /** The status a number's font colour gives: black, blue (estimate) or red (highly uncertain). */
    private SipriStatus colour(DataSheet sheet, RawCell c) {
        SipriStatus known = colours.get(c.style);
        if (known != null) {
            return known;
        }
        if (c.style >= styles.getNumCellStyles()) {
            throw sheet.error(c, "style " + c.style + " is not in the workbook's styles");
        }
        XSSFCellStyle style = styles.getStyleAt(c.style);
        XSSFColor colour = style.getFont().getXSSFColor();
        SipriStatus s;
        byte[] rgb = colour == null || colour.isAuto() || (colour.isIndexed() && colour.getIndexed() == 64)
                ? null : colour.getRGB();
        String hex = rgb == null ? "000000" : String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
        switch (hex) {
            case "000000" -> s = SipriStatus.PUBLISHED;
            case "0000FF" -> s = SipriStatus.ESTIMATE;
            case "FF0000" -> s = SipriStatus.UNCERTAIN;
            default -> throw sheet.error(c, "a figure in font colour #" + hex + "; milex reads black (published), "
                    + "blue #0000FF (SIPRI estimate) and red #FF0000 (highly uncertain)");
        }
        colours.put(c.style, s);
        return s;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The Footnotes sheet: headings, special-note symbols with their text, footnote numbers with theirs. */
    private final class FootnoteSheet implements RowSink {
        final String sheet;
        final Map<String, String> notes = new LinkedHashMap<>();
        final Map<String, String> refs = new HashMap<>();

        FootnoteSheet(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void row(int r, List<RawCell> cells) {
            List<RawCell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
            if (filled.isEmpty()) {
                return;
            }
            RawCell a = filled.get(0);
            if (filled.size() == 1 && a.col == 0 && a.isText()) {
                return; // a heading
            }
            String mark = a.display().strip();
            boolean symbol = a.isText() && mark.codePointCount(0, mark.length()) == 1 && Country.SYMBOLS.contains(mark);
            if (a.col != 0 || !(symbol || mark.matches("\\d+"))) {
                throw new SipriFormatException(file, sheet, a.ref, a.display(), "expected a special-note symbol ("
                        + Country.SYMBOLS + ") or a footnote number in column A, then its text");
            }
            if (filled.size() != 2 || !filled.get(1).isText()) {
                RawCell b = filled.size() > 2 ? filled.get(2) : filled.get(filled.size() - 1);
                throw new SipriFormatException(file, sheet, b.ref, b.display(), "expected one text after note '" + mark + "'");
            }
            String previous = refs.putIfAbsent(mark, a.ref);
            if (previous != null) {
                throw new SipriFormatException(file, sheet, a.ref, mark, "a note listed twice, at " + previous + " and " + a.ref);
            }
            notes.put(mark, filled.get(1).text.strip());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Checks that every sheet lists the same countries as the financial-year sheet, in the same regions with
     * the same notes, and puts every sheet's rows in that sheet's order.
     */
    private SipriDatabase assemble(Map<SipriMeasure, DataSheet> sheets, FootnoteSheet footnotes, SipriRelease release) {
        DataSheet base = sheets.get(SipriMeasure.LOCAL_CURRENCY_FINANCIAL_YEARS);
        Map<String, Integer> index = new HashMap<>();
        List<Country> countries = new ArrayList<>();
        for (CountryRow row : base.rows) {
            index.put(row.name, countries.size());
            try {
                countries.add(new Country(row.name, row.region, row.subregion, row.notes, row.currency.orElseThrow(),
                        row.financialYear.filter(s -> !s.isEmpty())));
            } catch (IllegalArgumentException e) {
                throw new SipriFormatException(file, base.sheet, row.nameRef, row.name, e.getMessage(), e);
            }
            for (String mark : countries.get(countries.size() - 1).noteMarks()) {
                if (!footnotes.notes.containsKey(mark)) {
                    throw new SipriFormatException(file, base.sheet, row.notesRef, row.notes, "note '" + mark
                            + "' of " + row.name + " is not in the '" + FOOTNOTES + "' sheet");
                }
            }
        }
        Map<SipriMeasure, SipriDatabase.Table> tables = new EnumMap<>(SipriMeasure.class);
        for (DataSheet s : sheets.values()) {
            int n = s.yearCount;
            double[] values = new double[countries.size() * n];
            byte[] status = new byte[countries.size() * n];
            boolean[] found = new boolean[countries.size()];
            for (int j = 0; j < s.rows.size(); j++) {
                CountryRow row = s.rows.get(j);
                Integer i = index.get(row.name);
                if (i == null) {
                    throw new SipriFormatException(file, s.sheet, row.nameRef, row.name, "a country the sheet '"
                            + base.sheet + "' does not list; every sheet must list the same countries");
                }
                CountryRow b = base.rows.get(i);
                if (!b.region.equals(row.region) || !b.subregion.equals(row.subregion)) {
                    throw new SipriFormatException(file, s.sheet, row.nameRef, row.name, "listed under "
                            + place(row) + ", but under " + place(b) + " in sheet '" + base.sheet + "' (" + b.nameRef + ")");
                }
                if (!b.notes.equals(row.notes)) {
                    throw new SipriFormatException(file, s.sheet, row.notesRef, row.notes, "notes of " + row.name
                            + " differ from '" + b.notes + "' in sheet '" + base.sheet + "' (" + b.notesRef + ")");
                }
                if (row.currency.isPresent() && !row.currency.equals(b.currency)) {
                    throw new SipriFormatException(file, s.sheet, row.currencyRef, row.currency.get(), "currency of "
                            + row.name + " differs from '" + b.currency.orElse("") + "' in sheet '" + base.sheet
                            + "' (" + b.currencyRef + ")");
                }
                found[i] = true;
                System.arraycopy(s.values, j * n, values, i * n, n);
                System.arraycopy(s.status, j * n, status, i * n, n);
            }
            for (int i = 0; i < found.length; i++) {
                if (!found[i]) {
                    CountryRow b = base.rows.get(i);
                    throw new SipriFormatException(file, s.sheet, "", b.name, "a country of sheet '" + base.sheet
                            + "' (" + b.nameRef + ") this sheet does not list; every sheet must list the same countries");
                }
            }
            tables.put(s.measure, new SipriDatabase.Table(s.firstYear, n, values, status));
        }
        return new SipriDatabase(file, release, Year.of(sheets.get(SipriMeasure.CONSTANT_USD).baseYear), countries,
                tables, footnotes.notes);
    }

    private static String place(CountryRow r) {
        return r.region + r.subregion.map(s -> " / " + s).orElse("");
    }
}
