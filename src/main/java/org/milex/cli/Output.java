package org.milex.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.milex.data.ObservationCsv;
import org.milex.model.Edition;
import org.milex.model.Money;
import org.milex.model.Share;
import org.milex.model.Subject;
import org.milex.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Prints rows of any record type as an aligned text table, CSV or JSON, with the same stable snake_case
 * column names in all three, so every command shares one way of printing.
 *
 * <p>Cells may hold strings, booleans, numbers, {@link Year}s, dates, {@link Share}s, {@link Money},
 * editions, allies and groups, enums, and {@code Optional}s of those (empty prints as an empty cell, or
 * {@code null} in JSON). CSV and JSON give numbers at full precision, a share as its exact percent and money
 * as its exact millions; {@code double}s are written as {@link ObservationCsv#format(double)} writes them. The
 * table is for reading: shares print as {@code 2.02%}, money as {@code Money#toString()}.
 *
 * @param <R> the row type
 */
final class Output<R> {

    /** A column: its stable name and how to read a row's cell. */
    record Column<R>(String name, Function<? super R, ?> cell) {
        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cell, "cell");
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a column name is snake_case, not '" + name + "'");
            }
        }
    }

    private final List<Column<R>> columns;

    private Output(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
        if (this.columns.stream().map(Column::name).distinct().count() != this.columns.size()) {
            throw new IllegalArgumentException("two columns have the same name: "
                    + this.columns.stream().map(Column::name).toList());
        }
    }

    /** An output of no columns yet; add them with {@link #with(String, Function)}. */
    static <R> Output<R> of(Class<R> rowType) {
        Objects.requireNonNull(rowType, "rowType");
        return new Output<>(List.of());
    }

    /** This output with one more column at the right. */
    Output<R> with(String name, Function<? super R, ?> cell) {
        List<Column<R>> more = new ArrayList<>(columns);
        more.add(new Column<>(name, cell));
        return new Output<>(more);
    }

    /** The column names, in order. */
    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Prints an answer: as a table exactly as JShell prints the query's result ({@link Answer#toString()}),
     * as CSV or JSON with the columns {@link Tables#of(Class, List)} makes, in its order and with its names.
     */
    static <R extends Record> void print(Format format, Answer<R> answer, PrintWriter out) {
        if (format == Format.TABLE) {
            out.print(answer + "\n");
            out.flush();
            return;
        }
        table(answer).print(format, indices(answer.rows().size()), out);
    }

    /** The columns of an answer's Tablesaw table, as an output over row indices. */
    static <R extends Record> Output<Integer> table(Answer<R> answer) {
        List<String> names = Tables.columnNames(answer.type());
        List<List<Optional<Object>>> cells = Tables.exactCells(answer.type(), answer.rows());
        Output<Integer> o = Output.of(Integer.class);
        for (int c = 0; c < names.size(); c++) {
            int column = c;
            o = o.with(names.get(c), i -> cells.get(i).get(column).orElse(null));
        }
        return o;
    }

    /** The columns of a Tablesaw table, with its column names, as an output over row indices. */
    static Output<Integer> columns(Table t) {
        Output<Integer> o = Output.of(Integer.class);
        for (tech.tablesaw.columns.Column<?> c : t.columns()) {
            o = o.with(c.name(), i -> cell(c, i));
        }
        return o;
    }

    /** An answer's rows as JSON objects keyed by the column names of its CSV, for a larger JSON document. */
    static <R extends Record> ArrayNode json(Answer<R> answer) {
        Output<Integer> o = table(answer);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < answer.rows().size(); i++) {
            ObjectNode row = array.addObject();
            for (Column<Integer> c : o.columns) {
                Object v = machine(c.cell().apply(i));
                if (v == null) {
                    row.putNull(c.name());
                } else if (v instanceof Boolean b) {
                    row.put(c.name(), b);
                } else if (v instanceof BigDecimal d) {
                    row.put(c.name(), d);
                } else if (v instanceof Integer n) {
                    row.put(c.name(), n);
                } else if (v instanceof Long n) {
                    row.put(c.name(), n);
                } else {
                    row.put(c.name(), v.toString());
                }
            }
        }
        return array;
    }

    /** Writes a JSON document as every command does: two-space indents, plain decimals, a final line break. */
    static void print(JsonNode node, PrintWriter out) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(pretty).writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        out.print("\n");
        out.flush();
    }

    /** Row indices 0..n-1. */
    static List<Integer> indices(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** A Tablesaw cell for programs: null where missing, doubles exact as {@link ObservationCsv#format(double)}. */
    private static Object cell(tech.tablesaw.columns.Column<?> c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof DoubleColumn d) {
            return new BigDecimal(ObservationCsv.format(d.getDouble(row)));
        }
        return c.get(row);
    }

    /** Prints the rows in a format. */
    void print(Format format, List<? extends R> rows, PrintWriter out) {
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalStateException("an output needs at least one column");
        }
        switch (format) {
            case TABLE -> table(rows, out);
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        out.flush();
    }

    private void table(List<? extends R> rows, PrintWriter out) {
        int n = columns.size();
        List<String[]> cells = new ArrayList<>();
        boolean[] right = new boolean[n];
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = columns.get(c).name().length();
        }
        for (R row : rows) {
            String[] line = new String[n];
            for (int c = 0; c < n; c++) {
                Object v = unwrap(columns.get(c).cell().apply(row));
                line[c] = text(v);
                right[c] |= v instanceof Number || v instanceof Share || v instanceof Money || v instanceof Year;
                width[c] = Math.max(width[c], line[c].length());
            }
            cells.add(line);
        }
        String[] header = columnNames().toArray(String[]::new);
        out.print(line(header, width, right) + "\n");
        for (String[] line : cells) {
            out.print(line(line, width, right) + "\n");
        }
    }

    private static String line(String[] cells, int[] width, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String pad = " ".repeat(width[c] - cells[c].length());
            sb.append(right[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
        }
        return sb.toString();
    }

    private void csv(List<? extends R> rows, PrintWriter out) {
        out.print(String.join(",", columnNames()) + "\n");
        for (R row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Object v = machine(columns.get(c).cell().apply(row));
                sb.append(v == null ? "" : quote(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
            }
            out.print(sb.append('\n'));
        }
    }

    private void json(List<? extends R> rows, PrintWriter out) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)) {
            g.setPrettyPrinter(pretty);
            g.writeStartArray();
            for (R row : rows) {
                g.writeStartObject();
                for (Column<R> c : columns) {
                    g.writeFieldName(c.name());
                    Object v = machine(c.cell().apply(row));
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (v instanceof BigDecimal d) {
                        g.writeNumber(d);
                    } else if (v instanceof Integer i) {
                        g.writeNumber(i);
                    } else if (v instanceof Long l) {
                        g.writeNumber(l);
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        out.print("\n");
    }

    /** Empty optionals become null; present ones their content. */
    private static Object unwrap(Object v) {
        if (v instanceof Optional<?> o) {
            return o.orElse(null);
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? o.getAsDouble() : null;
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? o.getAsInt() : null;
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? o.getAsLong() : null;
        }
        return v;
    }

    /** A cell for programs: null, Boolean, Integer, Long, BigDecimal (exact) or String. */
    static Object machine(Object cell) {
        Object v = unwrap(cell);
        if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof BigDecimal
                || v instanceof String) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(ObservationCsv.format(((Number) v).doubleValue()));
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Share s) {
            return s.percent();
        }
        if (v instanceof Money m) {
            return m.millions();
        }
        if (v instanceof Year y) {
            return y.getValue();
        }
        if (v instanceof Edition e) {
            return e.id();
        }
        if (v instanceof Subject s) {
            return s.code();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    /** A cell for people: shares and money as they print, the rest as for programs. */
    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Share || v instanceof Money) {
            return v.toString();
        }
        Object m = machine(v);
        return m instanceof BigDecimal d ? d.toPlainString() : String.valueOf(m);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
