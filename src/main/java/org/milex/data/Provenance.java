package org.milex.data;

import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.milex.internal.AtomicFiles;
import org.milex.internal.CsvFile;
import org.milex.internal.Grammar;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Subject;

/**
 * Where single figures of partial editions come from: {@code nato/provenance.csv}, one row per figure with
 * columns {@code edition,code,year,measure,value,source}. Each row's value must equal the figure in the
 * edition's data file, and each figure of a partial edition must have a row.
 */
public final class Provenance {
    /** The columns of a provenance file. */
    public static final List<String> COLUMNS = List.of("edition", "code", "year", "measure", "value", "source");

    private record Entry(String value, String source, String file, long line) {
    }

    private final Map<String, Entry> entries;
    private final Set<String> used = new HashSet<>();
    private final boolean required;
    private final String name;

    private Provenance(String name, Map<String, Entry> entries, boolean required) {
        this.name = name;
        this.entries = entries;
        this.required = required;
    }

    static Provenance none() {
        return new Provenance("", Map.of(), false);
    }

    static Provenance read(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new)).allowOnly(COLUMNS);
        Map<String, Entry> m = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String measure = row.required("measure");
            if (Measure.fromColumn(measure).isEmpty()) {
                throw row.error("measure", measure, "not a measure column");
            }
            String key = key(row.required("edition"), row.required("code"), row.year("year").getValue(), measure);
            row.number("value");
            if (m.put(key, new Entry(row.required("value"), row.required("source"), csv.name(), row.line())) != null) {
                throw row.error("code", row.text("code"), "a second source for the same figure");
            }
        }
        return new Provenance(csv.name(), m, true);
    }

    private static String key(String edition, String code, int year, String measure) {
        return edition + "/" + code + "/" + year + "/" + measure;
    }

    boolean required() {
        return required;
    }

    Optional<String> use(Edition e, Subject s, Year y, Measure m, String valueText) {
        String k = key(e.id(), s.code(), y.getValue(), m.column());
        Entry entry = entries.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        if (Grammar.number(entry.value, Grammar.Sign.ANY) != Grammar.number(valueText, Grammar.Sign.ANY)) {
            throw new IllegalArgumentException("differs from " + entry.file + ":" + entry.line + ", which gives "
                    + entry.value + " for it");
        }
        used.add(k);
        return Optional.of(entry.source);
    }

    void checkAllUsed() {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!used.contains(e.getKey())) {
                throw new org.milex.DataFileException(e.getValue().file, e.getValue().line, 0, "", e.getKey(),
                        "a source for a figure that no data file has");
            }
        }
    }

    /** One figure's source, for writing a provenance file. */
    public record Row(Edition edition, Subject subject, Year year, Measure measure, double value, String source) {
    }

    /** Writes a provenance file, whole or not at all; its directory must exist. */
    public static void write(List<Row> rows, Path file) {
        AtomicFiles.writeText(file, w -> {
            w.write(String.join(",", COLUMNS) + "\n");
            for (Row r : rows) {
                w.write(String.join(",", r.edition().id(), r.subject().code(), r.year().toString(),
                        r.measure().column(), ObservationCsv.format(r.value()), quote(r.source())) + "\n");
            }
        });
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public String toString() {
        return "Provenance " + name + ": " + entries.size() + " figures";
    }
}
