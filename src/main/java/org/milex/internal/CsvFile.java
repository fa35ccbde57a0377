package org.milex.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.milex.DataFileException;

/**
 * A CSV file read strictly: a header line, then rows with exactly as many fields as the header. Every
 * accessor that fails throws {@link DataFileException} naming the file, line, column and value. Not API.
 */
public final class CsvFile {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final List<Row> rows;

    private CsvFile(String name, List<String> header, List<long[]> lines, List<String[]> fields) {
        this.name = name;
        this.header = List.copyOf(header);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i), i);
        }
        this.index = idx;
        List<Row> rs = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            rs.add(new Row(name, lines.get(i)[0], fields.get(i)));
        }
        this.rows = List.copyOf(rs);
    }

    /** Reads a file from disk; errors name it by its path as given. */
    public static CsvFile read(Path path) {
        Objects.requireNonNull(path, "path");
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a resource from the class path; errors name it by {@code name}. */
    public static CsvFile readResource(String resource, String name) {
        InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("milex's embedded data file is missing from the class path: " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text; errors name it {@code name}. */
    public static CsvFile read(String name, Reader reader) {
        List<String> header = null;
        List<long[]> lines = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
            while (true) {
                boolean more;
                try {
                    more = it.hasNextValue();
                } catch (JsonProcessingException e) {
                    throw syntax(name, e);
                }
                if (!more) {
                    break;
                }
                String[] fields;
                try {
                    fields = it.nextValue();
                } catch (JsonProcessingException e) {
                    throw syntax(name, e);
                }
                // the line of the record's last token: the record's line (its last line if quoted over several)
                long line = it.getParser().currentTokenLocation().getLineNr();
                if (fields.length == 1 && fields[0].isEmpty()) {
                    throw new DataFileException(name, line, 0, "", "", "empty line");
                }
                if (header == null) {
                    header = Arrays.asList(fields);
                    checkHeader(name, line, header);
                    continue;
                }
                if (fields.length != header.size()) {
                    throw new DataFileException(name, line, 0, "", String.join(",", fields),
                            "expected " + header.size() + " fields as in the header, found " + fields.length
                                    + (fields.length < header.size() ? " (a truncated line?)" : ""));
                }
                lines.add(new long[] {line});
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (header == null) {
            throw new DataFileException(name, 0, 0, "", "", "the file is empty: no header line");
        }
        return new CsvFile(name, header, lines, rows);
    }

    private static DataFileException syntax(String name, JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new DataFileException(name, line, col, "", "", "malformed CSV: " + e.getOriginalMessage());
    }

    private static void checkHeader(String name, long line, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isBlank()) {
                throw new DataFileException(name, line, i + 1, "", h, "empty column name in the header");
            }
            if (header.indexOf(h) != i) {
                throw new DataFileException(name, line, i + 1, h, h, "column appears twice in the header");
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

    /** The data rows, in file order. */
    public List<Row> rows() {
        return rows;
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
                throw new DataFileException(name, 1, 0, c, "",
                        "missing column; the header has " + String.join(",", header));
            }
        }
        return this;
    }

    /**
     * Checks that every column is one of {@code allowed}.
     *
     * @throws DataFileException naming the first unknown column
     */
    public CsvFile allowOnly(List<String> allowed) {
        for (int i = 0; i < header.size(); i++) {
            if (!allowed.contains(header.get(i))) {
                throw new DataFileException(name, 1, i + 1, header.get(i), header.get(i),
                        "unknown column; known columns are " + String.join(",", allowed));
            }
        }
        return this;
    }

    /** One data row. */
    public final class Row {
        private final String file;
        private final long line;
        private final String[] fields;

        Row(String file, long line, String[] fields) {
            this.file = file;
            this.line = line;
            this.fields = fields;
        }

        /** The row's 1-based line in the file. */
        public long line() {
            return line;
        }

        /** The raw text of a column, possibly empty. */
        public String text(String column) {
            return fields[column(column)];
        }

        /** The text of a column that must not be empty. */
        public String required(String column) {
            String s = text(column);
            if (s.isBlank()) {
                throw error(column, s, "empty value where one is required");
            }
            return s;
        }

        /** An empty cell as absent, otherwise a finite number. */
        public OptionalDouble optionalNumber(String column) {
            String s = text(column);
            if (s.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(parseNumber(column, s));
        }

        /** A required finite number. */
        public double number(String column) {
            return parseNumber(column, required(column));
        }

        /** A required exact decimal. */
        public BigDecimal decimal(String column) {
            String s = required(column);
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw error(column, s, "not a number");
            }
        }

        /** A required whole number. */
        public int integer(String column) {
            String s = required(column);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(column, s, "not a whole number");
            }
        }

        /** A required ISO date (yyyy-mm-dd). */
        public LocalDate date(String column) {
            String s = required(column);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error(column, s, "not a date (yyyy-mm-dd)");
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
            return new DataFileException(file, line, i == null ? 0 : i + 1, column, value, problem);
        }

        /** An error about the whole row. */
        public DataFileException error(String problem) {
            return new DataFileException(file, line, 0, "", "", problem);
        }

        private double parseNumber(String column, String s) {
            double d;
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(column, s, "not a number");
            }
            if (!Double.isFinite(d) || !s.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                throw error(column, s, "not a plain decimal number");
            }
            return d;
        }

        private int column(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new DataFileException(file, 1, 0, column, "", "missing column; the header has "
                        + String.join(",", header));
            }
            return i;
        }
    }
}
