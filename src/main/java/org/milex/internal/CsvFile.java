package org.milex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.milex.DataFileException;

/**
 * A CSV file read strictly and as a stream: UTF-8 (a BOM at the start is stripped, invalid bytes are an error
 * naming their line), a header line checked before any row is read, then rows with exactly as many fields as
 * the header. Every cell follows {@link Grammar#text(String)}. Every accessor that fails throws
 * {@link DataFileException} naming the file, line, column and value. Not API.
 */
public final class CsvFile {
    private final String name;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final long headerLine;
    private final List<Row> rows = new ArrayList<>();

    private CsvFile(String name, List<String> header, long headerLine) {
        this.name = name;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.putIfAbsent(header.get(i), i);
        }
        this.index = idx;
    }

    /** Reads a file from disk; errors name it by its path as given. */
    public static CsvFile read(Path path) {
        return read(path, csv -> { });
    }

    /**
     * Reads a file from disk, running {@code checkHeader} (e.g. {@link #require(String...)}) before any row
     * is read, so that a file of the wrong kind is refused at once however large it is.
     */
    public static CsvFile read(Path path, Consumer<CsvFile> checkHeader) {
        List<Row> rows = new ArrayList<>();
        CsvFile csv = forEach(path, checkHeader, rows::add);
        csv.rows.addAll(rows);
        return csv;
    }

    /**
     * Reads a file row by row without holding it: {@code checkHeader} runs first, then {@code each} for every
     * row in file order.
     *
     * @return the file, with its header and no rows held
     */
    public static CsvFile forEach(Path path, Consumer<CsvFile> checkHeader, Consumer<Row> each) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path.toString(), new Utf8Reader(in), checkHeader, each);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a resource from the class path; errors name it by {@code name}. */
    public static CsvFile readResource(String resource, String name) {
        return readResource(resource, name, csv -> { });
    }

    /** Reads a resource from the class path, checking its header first; errors name it by {@code name}. */
    public static CsvFile readResource(String resource, String name, Consumer<CsvFile> checkHeader) {
        InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("milex's embedded data file is missing from the class path: " + resource);
        }
        try (in) {
            List<Row> rows = new ArrayList<>();
            CsvFile csv = parse(name, new Utf8Reader(in), checkHeader, rows::add);
            csv.rows.addAll(rows);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text; errors name it {@code name}. */
    public static CsvFile read(String name, Reader reader) {
        List<Row> rows = new ArrayList<>();
        try {
            CsvFile csv = parse(name, reader, c -> { }, rows::add);
            csv.rows.addAll(rows);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static CsvFile parse(String name, Reader reader, Consumer<CsvFile> checkHeader, Consumer<Row> each)
            throws IOException {
        CsvParser p = new CsvParser(name, reader);
        List<String> fields = p.next(null);
        if (fields == null) {
            throw new DataFileException(name, 0, 0, "", "", "the file is empty: no header line");
        }
        CsvFile csv = new CsvFile(name, fields, p.recordLine());
        csv.checkHeader();
        checkHeader.accept(csv);
        while ((fields = p.next(csv.header)) != null) {
            if (fields.size() != csv.header.size()) {
                throw new DataFileException(name, p.recordLine(), 0, "", String.join(",", fields),
                        "expected " + csv.header.size() + " fields as in the header, found " + fields.size()
                                + (fields.size() < csv.header.size() ? " (a truncated line?)" : ""));
            }
            each.accept(csv.new Row(p.recordLine(), fields.toArray(String[]::new)));
        }
        return csv;
    }

    private void checkHeader() {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                throw new DataFileException(name, headerLine, i + 1, "", h, "empty column name in the header");
            }
            Integer first = index.get(h);
            if (first != i) {
                throw new DataFileException(name, headerLine, i + 1, h, h,
                        "column appears twice in the header (first as column " + (first + 1) + ")");
            }
        }
    }

    /** The file's name as used in messages. */
    public String name() {
        return name;
    }

    /** The header's column names in order. */
    public List<String> header() {
        return header;
    }

    /** The data rows, in file order (none when read with {@link #forEach}). */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Whether the header has a column. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * Checks that every required column is present.
     *
     * @throws DataFileException naming the first missing column
     */
    public CsvFile require(String... columns) {
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new DataFileException(name, headerLine, 0, c, "",
                        "missing column; the header has " + headerList());
            }
        }
        return this;
    }

    private String headerList() {
        String all = String.join(",", header);
        return all.length() <= 200 ? all : all.substring(0, 200) + "… (" + header.size() + " columns)";
    }

    /**
     * Checks that every column is one of {@code allowed}.
     *
     * @throws DataFileException naming the first unknown column
     */
    public CsvFile allowOnly(List<String> allowed) {
        java.util.Set<String> known = new java.util.HashSet<>(allowed);
        for (int i = 0; i < header.size(); i++) {
            if (!known.contains(header.get(i))) {
                throw new DataFileException(name, headerLine, i + 1, header.get(i), header.get(i),
                        "unknown column; known columns are " + String.join(",", allowed));
            }
        }
        return this;
    }

    /** One data row. */
    public final class Row {
        private final long line;
        private final String[] fields;

        Row(long line, String[] fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The row's 1-based line in the file (where it starts). */
        public long line() {
            return line;
        }

        /** The text of a column, possibly empty; it follows {@link Grammar#text(String)}. */
        public String text(String column) {
            return fields[column(column)];
        }

        /** The text of a column that must not be empty. */
        public String required(String column) {
            String s = text(column);
            if (s.isEmpty()) {
                throw error(column, s, "empty value where one is required");
            }
            return s;
        }

        /** An empty cell as absent, otherwise a number as {@link Grammar#number} reads it (any sign). */
        public OptionalDouble optionalNumber(String column) {
            return optionalNumber(column, Grammar.Sign.ANY);
        }

        /** An empty cell as absent, otherwise a number as {@link Grammar#number} reads it. */
        public OptionalDouble optionalNumber(String column, Grammar.Sign sign) {
            String s = text(column);
            if (s.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(number(column, s, sign));
        }

        /** A required number (any sign), held exactly as written. */
        public double number(String column) {
            return number(column, required(column), Grammar.Sign.ANY);
        }

        /** A required exact decimal of any sign. */
        public BigDecimal decimal(String column) {
            String s = required(column);
            try {
                return Grammar.decimal(s, Grammar.Sign.ANY);
            } catch (Grammar.Rejected e) {
                throw error(column, s, e.getMessage());
            }
        }

        /** A required whole number of any sign. */
        public int integer(String column) {
            String s = required(column);
            try {
                return Grammar.integer(s, Grammar.Sign.ANY);
            } catch (Grammar.Rejected e) {
                throw error(column, s, e.getMessage());
            }
        }

        /** A required year, four digits within 1900–2100. */
        public java.time.Year year(String column) {
            String s = required(column);
            try {
                return Grammar.year(s);
            } catch (Grammar.Rejected e) {
                throw error(column, s, e.getMessage());
            }
        }

        /** A required ISO date (yyyy-mm-dd) within 1900-01-01 – 2100-12-31. */
        public LocalDate date(String column) {
            String s = required(column);
            try {
                return Grammar.date(s);
            } catch (Grammar.Rejected e) {
                throw error(column, s, e.getMessage());
            }
        }

        /** A required {@code true} or {@code false}. */
        public boolean bool(String column) {
            String s = required(column);
            return switch (s) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(column, s, "not true or false");
            };
        }

        /** An error at this row and column, for checks made by the caller. */
        public DataFileException error(String column, String value, String problem) {
            Integer i = index.get(column);
            return new DataFileException(name, line, i == null ? 0 : i + 1, column, value, problem);
        }

        /** An error about the whole row. */
        public DataFileException error(String problem) {
            return new DataFileException(name, line, 0, "", "", problem);
        }

        private double number(String column, String s, Grammar.Sign sign) {
            try {
                return Grammar.number(s, sign);
            } catch (Grammar.Rejected e) {
                throw error(column, s, e.getMessage());
            }
        }

        private int column(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new DataFileException(name, headerLine, 0, column, "", "missing column; the header has "
                        + headerList());
            }
            return i;
        }
    }
}
