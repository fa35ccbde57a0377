package org.milex.awards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * Streams a CSV file of awards into an {@link AwardTable.Builder} with Jackson's CSV parser, token by token:
 * one row's cells at a time, never the file. Strict: the first bad cell rejects the file.
 */
final class AwardCsvReader {
    private static final CsvFactory FACTORY = new CsvFactory();

    private static final int ID = 0;
    private static final int DATE = 1;
    private static final int BUYER = 2;
    private static final int SUPPLIER = 3;
    private static final int VALUE = 4;
    private static final int CURRENCY = 5;
    private static final int CATEGORY = 6;

    private final String file;
    private final AwardCsvFormat format;
    private final CsvParser parser;
    private final boolean isoDates;
    private final DateTimeFormatter dates;
    private final AwardTable.Builder builder = AwardTable.builder();
    private final Map<String, Integer> currencyIndex = new HashMap<>();
    private final List<Currency> currencyOfIndex = new ArrayList<>();
    private int[] lines = new int[1024];
    private List<String> header = List.of();
    /** For each file column, the field it holds, or -1. */
    private int[] fieldOfColumn = new int[0];
    /** For each field, its file column (0-based), or -1 if the format does not read it. */
    private final int[] columnOfField = new int[7];

    private AwardCsvReader(String file, AwardCsvFormat format, CsvParser parser) {
        this.file = file;
        this.format = format;
        this.parser = parser;
        this.isoDates = format.datePattern().equals(AwardCsvFormat.ISO_DATE);
        this.dates = AwardCsvFormat.formatter(format.datePattern());
    }

    static AwardTable read(Path path, AwardCsvFormat format) {
        String name = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CsvParser parser = FACTORY.createParser(reader)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(format.separator()));
            return new AwardCsvReader(name, format, parser).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private AwardTable read() throws IOException {
        String[] cells = new String[7];
        if (next() != JsonToken.START_ARRAY || next() != JsonToken.START_ARRAY) {
            throw new DataFileException(file, 0, 0, "", "", "the file is empty: no header line");
        }
        readHeader();
        while (next() == JsonToken.START_ARRAY) {
            long line = 0;
            int columns = 0;
            boolean firstEmpty = false;
            JsonToken t;
            while ((t = next()) == JsonToken.VALUE_STRING) {
                if (columns < fieldOfColumn.length && fieldOfColumn[columns] >= 0) {
                    cells[fieldOfColumn[columns]] = parser.getText();
                }
                if (columns == 0) {
                    firstEmpty = parser.getTextLength() == 0;
                    line = parser.currentTokenLocation().getLineNr(); // where the record starts
                }
                columns++;
            }
            if (t != JsonToken.END_ARRAY) {
                throw new DataFileException(file, line, columns + 1, "", "", "unexpected CSV token " + t);
            }
            if (columns != header.size()) {
                throw new DataFileException(file, line, 0, "", "", columns == 1 && firstEmpty
                        ? "empty line"
                        : "expected " + header.size() + " fields as in the header, found " + columns
                                + (columns < header.size() ? " (a truncated line?)" : ""));
            }
            addRow(cells, line);
        }
        return builder.build();
    }

    private JsonToken next() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new DataFileException(file, line, col, "", "", "malformed CSV: " + e.getOriginalMessage());
        }
    }

    private void readHeader() throws IOException {
        long line = 1;
        List<String> names = new ArrayList<>();
        while (next() == JsonToken.VALUE_STRING) {
            String h = parser.getText();
            if (names.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            names.add(names.isEmpty() && h.startsWith("\uFEFF") ? h.substring(1) : h); // a byte-order mark
        }
        for (int i = 0; i < names.size(); i++) {
            String h = names.get(i);
            if (h.isBlank()) {
                throw new DataFileException(file, line, i + 1, "", h, "empty column name in the header");
            }
            if (names.indexOf(h) != i) {
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
            builder.currencyIndex(c);
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

    private void addRow(String[] cells, long line) {
        String id = required(cells, ID, line);
        int day = date(required(cells, DATE, line), line);
        String buyer = required(cells, BUYER, line);
        String supplier = required(cells, SUPPLIER, line);
        int currency = format.currency().isPresent() ? 0 : currency(required(cells, CURRENCY, line), line);
        Currency cur = currencyOfIndex.get(currency);
        String valueText = required(cells, VALUE, line);
        long minor;
        try {
            minor = MinorUnits.parse(valueText, cur, cur.getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw error(VALUE, line, valueText, e.getMessage());
        }
        String category = null;
        if (columnOfField[CATEGORY] >= 0 && !cells[CATEGORY].isEmpty()) {
            category = cells[CATEGORY];
            if (category.isBlank()) {
                throw error(CATEGORY, line, category, "blank category (an empty cell means none)");
            }
        }
        int row = builder.size();
        int existing = builder.add(id, day, buyer, supplier, minor, currency, category);
        if (existing >= 0) {
            throw error(ID, line, id, "duplicate award id, first on line " + lines[existing]);
        }
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
        }
        lines[row] = (int) Math.min(line, Integer.MAX_VALUE);
    }

    private String required(String[] cells, int field, long line) {
        String s = cells[field];
        if (s.isBlank()) {
            throw error(field, line, s, "empty value where one is required");
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

    private int currency(String code, long line) {
        Integer k = currencyIndex.get(code);
        if (k != null) {
            return k;
        }
        Currency c;
        try {
            c = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw error(CURRENCY, line, code, "not an ISO 4217 currency code");
        }
        int index;
        try {
            index = builder.currencyIndex(c);
        } catch (IllegalArgumentException e) {
            throw error(CURRENCY, line, code, e.getMessage());
        }
        currencyIndex.put(code, index);
        currencyOfIndex.add(c);
        return index;
    }

    private DataFileException error(int field, long line, String value, String problem) {
        int column = columnOfField[field];
        return new DataFileException(file, line, column + 1, header.get(column), value, problem);
    }
}
