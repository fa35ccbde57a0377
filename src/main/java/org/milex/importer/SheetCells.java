package org.milex.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's sheets as rows of cells, read with POI's streaming (SAX) API: the workbook object model is
 * never built. NATO's tables hold a few thousand cells; a workbook with more than {@link #MAX_CELLS}
 * non-blank cells, or a cell longer than Excel's 32,767 characters, is refused where the limit is passed.
 * POI's own zip checks (entry sizes, compression ratio) refuse zip bombs before a sheet is parsed.
 */
final class SheetCells {
    /** The most non-blank cells milex reads from one workbook (NATO's 2024 tables hold about 7,500). */
    static final int MAX_CELLS = 200_000;
    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** What a cell holds. */
    enum Kind { TEXT, NUMBER, ERROR, BOOLEAN, NO_VALUE }

    /** A non-blank cell: its kind, its text as stored ({@code "2.5"}, {@code "#REF!"}) and its address. */
    record Cell(int row, int col, Kind kind, String text) {
        String ref() {
            return new CellReference(row - 1, col).formatAsString(false);
        }

        double number() {
            return Double.parseDouble(text);
        }
    }

    /** A row with at least one non-blank cell, 1-based number as Excel shows it. */
    record Row(int number, List<Cell> cells) {
        Cell first() {
            return cells.get(0);
        }
    }

    /** A sheet: its name and its non-blank rows in order. */
    record Sheet(String name, List<Row> rows) {
    }

    private SheetCells() {
    }

    /**
     * Reads every sheet of a workbook.
     *
     * @throws WorkbookFormatException naming the file when it is not an .xlsx workbook, is encrypted or
     *     truncated, and naming sheet and cell when a limit is passed
     * @throws UncheckedIOException if the file cannot be read
     */
    static List<Sheet> read(Path path) {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw WorkbookFormatException.ofFile(path.toString(), "no such file", null);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            throw WorkbookFormatException.ofFile(file, "an encrypted (password-protected) workbook or an old .xls "
                    + "file; milex reads unprotected .xlsx workbooks: save it from Excel as .xlsx without a password", null);
        }
        if (magic != FileMagic.OOXML) {
            throw WorkbookFormatException.ofFile(file, "not an Excel workbook (its content looks like " + magic + ")", null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException e) {
            throw WorkbookFormatException.ofFile(file, "not a readable .xlsx workbook, perhaps truncated ("
                    + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw WorkbookFormatException.ofFile(file, "not a readable .xlsx workbook, perhaps truncated ("
                    + e.getMessage() + ")", e);
        }
        try {
            return read(file, pkg);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
            throw WorkbookFormatException.ofFile(file, "not a readable .xlsx workbook, perhaps truncated ("
                    + e.getMessage() + ")", e);
        } finally {
            pkg.revert();
        }
    }

    private static List<Sheet> read(String file, OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
        List<Sheet> sheets = new ArrayList<>();
        int[] count = {0};
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                List<Row> rows = new ArrayList<>();
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Handler(file, name, strings, rows, count));
                try {
                    parser.parse(new InputSource(in));
                } catch (SAXException e) {
                    if (e.getException() instanceof WorkbookFormatException w) {
                        throw w;
                    }
                    throw new WorkbookFormatException(file, name, "", "", "not well-formed sheet XML, perhaps "
                            + "truncated (" + e.getMessage() + ")", e);
                }
                sheets.add(new Sheet(name, List.copyOf(rows)));
            }
        }
        return sheets;
    }

    /** Streams one sheet's XML, keeping non-blank cells. */
    private static final class Handler extends DefaultHandler {
        private final String file;
        private final String sheet;
        private final SharedStrings strings;
        private final Map<Integer, String> texts = new HashMap<>();
        private final List<Row> rows;
        private final int[] count;
        private final StringBuilder text = new StringBuilder();
        private List<Cell> cells = new ArrayList<>();
        private int row;
        private int col;
        private String type;
        private boolean collecting;
        private boolean inline;
        private boolean hasValue;
        private boolean formula;

        Handler(String file, String sheet, SharedStrings strings, List<Row> rows, int[] count) {
            this.file = file;
            this.sheet = sheet;
            this.strings = strings;
            this.rows = rows;
            this.count = count;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r != null ? Integer.parseInt(r) : row + 1;
                    cells = new ArrayList<>();
                    col = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    col = ref != null ? new CellReference(ref).getCol() : col + 1;
                    type = a.getValue("t") == null ? "n" : a.getValue("t");
                    text.setLength(0);
                    hasValue = false;
                    formula = false;
                }
                case "f" -> formula = true;
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

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
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
                case "c" -> cell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        rows.add(new Row(row, List.copyOf(cells)));
                    }
                }
                default -> {
                }
            }
        }

        private void cell() throws SAXException {
            Kind kind;
            String v = text.toString();
            if (!hasValue) {
                if (!formula) {
                    return;                          // a blank (perhaps styled) cell
                }
                kind = Kind.NO_VALUE;
                v = "";
            } else {
                switch (type) {
                    case "s" -> {
                        kind = Kind.TEXT;
                        int i = Integer.parseInt(v.strip());
                        v = texts.computeIfAbsent(i, k -> strings.getItemAt(k).getString());
                    }
                    case "inlineStr", "str" -> kind = Kind.TEXT;
                    case "e" -> kind = Kind.ERROR;
                    case "b" -> kind = Kind.BOOLEAN;
                    default -> kind = Kind.NUMBER;
                }
                if (kind == Kind.TEXT && v.isBlank()) {
                    return;
                }
            }
            Cell c = new Cell(row, col, kind, v);
            if (++count[0] > MAX_CELLS) {
                throw new SAXException(new WorkbookFormatException(file, sheet, c.ref(), "", "more than "
                        + MAX_CELLS + " cells: milex reads NATO's tables, which hold a few thousand"));
            }
            if (v.length() > MAX_CELL_CHARS) {
                throw new SAXException(new WorkbookFormatException(file, sheet, c.ref(), v, "a cell longer than "
                        + "Excel's " + MAX_CELL_CHARS + " characters"));
            }
            if (kind == Kind.NUMBER) {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new SAXException(new WorkbookFormatException(file, sheet, c.ref(), v, "a numeric cell "
                            + "holding no number"));
                }
            }
            cells.add(c);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (collecting) {
                if (text.length() + length > MAX_CELL_CHARS + 1) {
                    throw new SAXException(new WorkbookFormatException(file, sheet,
                            new CellReference(row - 1, Math.max(col, 0)).formatAsString(false), text.substring(0, 60),
                            "a cell longer than Excel's " + MAX_CELL_CHARS + " characters"));
                }
                text.append(ch, start, length);
            }
        }
    }
}
