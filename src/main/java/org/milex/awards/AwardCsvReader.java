package org.milex.awards;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.milex.DataFileException;
import org.milex.internal.ByteFields;
import org.milex.internal.BytesDictionary;
import org.milex.internal.CsvBytes;

/**
 * Streams a CSV file of awards into an {@link AwardTable.Builder} from its bytes ({@link CsvBytes}, the
 * tokenizer the USAspending reader uses): one record at a time, never the file; a buyer, supplier or category
 * already seen costs no {@code String}. Strict: the first bad cell rejects the file.
 */
final class AwardCsvReader {

    private static final int ID = 0;
    private static final int DATE = 1;
    private static final int BUYER = 2;
    private static final int SUPPLIER = 3;
    private static final int VALUE = 4;
    private static final int CURRENCY = 5;
    private static final int CATEGORY = 6;

    private final String file;
    private final AwardCsvFormat format;
    private final CsvBytes csv;
    private final BytesDictionary buyers = new BytesDictionary(true);
    private final BytesDictionary suppliers = new BytesDictionary(true);
    private final BytesDictionary categories = new BytesDictionary(true);
    private final boolean isoDates;
    private final DateTimeFormatter dates;
    private final AwardRows rows = new AwardRows(true);
    /** Currency codes as written in the file, and the index of each in {@link #rows}' currencies. */
    private final BytesDictionary currencyCodes = new BytesDictionary(false);
    private int[] indexOfCurrencyCode = new int[8];
    private final List<Currency> currencyOfIndex = new ArrayList<>();
    private int[] lines = new int[1024];
    private List<String> header = List.of();
    /** For each file column, the field it holds, or -1. */
    private int[] fieldOfColumn = new int[0];
    /** For each field, its file column (0-based), or -1 if the format does not read it. */
    private final int[] columnOfField = new int[7];

    private AwardCsvReader(String file, AwardCsvFormat format, CsvBytes csv) {
        this.file = file;
        this.format = format;
        this.csv = csv;
        this.isoDates = format.datePattern().equals(AwardCsvFormat.ISO_DATE);
        this.dates = AwardCsvFormat.formatter(format.datePattern());
    }

    static AwardTable read(Path path, AwardCsvFormat format) {
        String name = path.toString();
        try (CsvBytes csv = CsvBytes.open(path, name, format.separator())) {
            return new AwardCsvReader(name, format, csv).read();
        }
    }

    private AwardTable read() {
        if (!csv.next()) {
            throw new DataFileException(file, 0, 0, "", "", "the file is empty: no header line");
        }
        readHeader();
        int n = header.size();
        try {
            while (csv.next()) {
                long line = csv.line();
                if (csv.fields() != n) {
                    throw new DataFileException(file, line, 0, "", "", csv.fields() == 1 && csv.isEmpty(0)
                            ? "empty line"
                            : "expected " + n + " fields as in the header, found " + csv.fields()
                                    + (csv.fields() < n ? " (a truncated line?)" : ""));
                }
                addRow(line);
            }
        } catch (DataFileException e) {
            throwFirstDuplicate(); // a repeated id on an earlier line is the first problem
            throw e;
        }
        throwFirstDuplicate();
        return AwardTable.of(rows.columns(buyers.values(), suppliers.values(), categories.values()));
    }

    /** Throws for the first row whose id an earlier row has, if there is one. */
    private void throwFirstDuplicate() {
        long d = rows.firstDuplicate();
        if (d >= 0) {
            int row = (int) (d >>> 32);
            int first = (int) d;
            String id = rows.id(row);
            throw error(ID, lines[row], id, "duplicate award id, first on line " + lines[first]);
        }
    }

    private void readHeader() {
        long line = csv.line();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < csv.fields(); i++) {
            names.add(csv.string(i));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String h = names.get(i);
            if (h.isBlank()) {
                throw new DataFileException(file, line, i + 1, "", h, "empty column name in the header");
            }
            if (seen.putIfAbsent(h, i) != null) {
                throw new DataFileException(file, line, i + 1, h, h, "column appears twice in the header");
            }
        }
        header = List.copyOf(names);
        fieldOfColumn = new int[names.size()];
        Arrays.fill(fieldOfColumn, -1);
        Arrays.fill(columnOfField, -1);
        map(line, ID, format.idColumn());
        map(line, DATE, format.dateColumn());
        map(line, BUYER, format.buyerColumn());
        map(line, SUPPLIER, format.supplierColumn());
        map(line, VALUE, format.valueColumn());
        long headerLine = line;
        format.currencyColumn().ifPresent(c -> map(headerLine, CURRENCY, c));
        format.categoryColumn().ifPresent(c -> map(headerLine, CATEGORY, c));
        format.currency().ifPresent(c -> {
            currencyOfIndex.add(c);
            rows.currencyIndex(c);
        });
    }

    private void map(long line, int field, String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new DataFileException(file, line, 0, column, "",
                    "missing column; the header has " + String.join(",", header));
        }
        fieldOfColumn[i] = field;
        columnOfField[field] = i;
    }

    private void addRow(long line) {
        byte[] b = csv.buffer();
        int idField = columnOfField[ID];
        String id = null; // made only for an id that is not plain ASCII
        if (!csv.isAscii(idField) || !ByteFields.isPlainAsciiName(b, csv.start(idField), csv.end(idField))) {
            id = name(idField, ID, line, csv.string(idField));
        }
        int dateField = columnOfField[DATE];
        int day;
        if (isoDates) {
            requireValue(DATE, line);
            try {
                day = ByteFields.epochDay(b, csv.start(dateField), csv.end(dateField));
            } catch (IllegalArgumentException e) {
                throw error(DATE, line, csv.string(dateField), e.getMessage());
            }
        } else {
            day = date(name(dateField, DATE, line, csv.string(dateField)), line);
        }
        int buyer = code(BUYER, buyers, line);
        int supplier = code(SUPPLIER, suppliers, line);
        int currency = format.currency().isPresent() ? 0 : currency(line);
        Currency cur = currencyOfIndex.get(currency);
        int vf = columnOfField[VALUE];
        requireValue(VALUE, line);
        long minor;
        try {
            minor = MinorUnits.parse(b, csv.start(vf), csv.end(vf), cur, cur.getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw error(VALUE, line, csv.string(vf), e.getMessage());
        }
        int category = -1;
        if (columnOfField[CATEGORY] >= 0 && !csv.isEmpty(columnOfField[CATEGORY])) {
            category = code(CATEGORY, categories, line);
        }
        int row = rows.size();
        if (id == null) {
            rows.addAscii(b, csv.start(idField), csv.end(idField), day, buyer, supplier, minor, currency, category);
        } else {
            rows.add(id, day, buyer, supplier, minor, currency, category);
        }
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
        }
        lines[row] = (int) Math.min(line, Integer.MAX_VALUE);
    }

    private void requireValue(int field, long line) {
        if (csv.isEmpty(columnOfField[field])) {
            throw error(field, line, "", "empty value where one is required");
        }
    }

    /** The code of a name in a dictionary of those seen; a new one is checked against the grammar. */
    private int code(int field, BytesDictionary names, long line) {
        int f = columnOfField[field];
        int k = names.find(csv, f);
        if (k < 0) {
            k = names.add(name(f, field, line, csv.string(f)));
        }
        return k;
    }

    /** {@code s}, if it is a name by the grammar: not empty, no surrounding whitespace, no control character. */
    private String name(int column, int field, long line, String s) {
        String problem = ByteFields.nameProblem(s);
        if (problem != null) {
            throw error(field, line, s, problem);
        }
        return s;
    }

    private int date(String s, long line) {
        try {
            LocalDate d = isoDates ? isoDate(s) : LocalDate.parse(s, dates);
            return Math.toIntExact(d.toEpochDay());
        } catch (DateTimeException | ArithmeticException e) {
            throw error(DATE, line, s, "not a date (" + (isoDates ? "yyyy-mm-dd" : format.datePattern()) + ")");
        }
    }

    /** {@code uuuu-MM-dd} without a formatter, which is several times slower. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new DateTimeException(s);
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The index of the currency in the currency column: a code seen before costs one lookup of its bytes. */
    private int currency(long line) {
        int cf = columnOfField[CURRENCY];
        int k = currencyCodes.find(csv, cf);
        if (k >= 0) {
            return indexOfCurrencyCode[k];
        }
        String code = name(cf, CURRENCY, line, csv.string(cf));
        int index = currency(code, line);
        k = currencyCodes.add(code);
        if (k == indexOfCurrencyCode.length) {
            indexOfCurrencyCode = Arrays.copyOf(indexOfCurrencyCode, k * 2);
        }
        indexOfCurrencyCode[k] = index;
        return index;
    }

    private int currency(String code, long line) {
        Currency c;
        try {
            c = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw error(CURRENCY, line, code, "not an ISO 4217 currency code");
        }
        int index;
        try {
            index = rows.currencyIndex(c);
        } catch (IllegalArgumentException e) {
            throw error(CURRENCY, line, code, e.getMessage());
        }
        if (index == currencyOfIndex.size()) {
            currencyOfIndex.add(c);
        }
        return index;
    }

    private DataFileException error(int field, long line, String value, String problem) {
        int column = columnOfField[field];
        return new DataFileException(file, line, column + 1, header.get(column), CsvBytes.shown(value),
                value.length() > 60 ? problem + String.format(java.util.Locale.ROOT, " (a value of %,d characters)",
                        value.length()) : problem);
    }
}
