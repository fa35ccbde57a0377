package org.milex.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.milex.DataFileException;
import org.milex.internal.AtomicFiles;
import org.milex.internal.CsvFile;
import org.milex.internal.Grammar;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Subject;

/**
 * Reads and writes observations in milex's data-file form: one row per ally or group and year, columns
 * {@code edition,code,name,year,estimate} and then one column per measure, values at full precision, empty
 * where not published.
 *
 * <pre>{@code
 * List<Observation> obs = ObservationCsv.read(Path.of("NATO-2024-06.csv"));
 * ObservationCsv.write(obs, Path.of("copy.csv"));   // reads back equal
 * }</pre>
 */
public final class ObservationCsv {
    /** The identifying columns every data file starts with. */
    public static final List<String> KEY_COLUMNS = List.of("edition", "code", "name", "year", "estimate");

    private ObservationCsv() {
    }

    /** Every column of the written form, in order: the key columns, then every measure's column. */
    public static List<String> columns() {
        List<String> cols = new ArrayList<>(KEY_COLUMNS);
        for (Measure m : Measure.values()) {
            cols.add(m.column());
        }
        return List.copyOf(cols);
    }

    /**
     * Reads a data file whose editions are among milex's embedded ones.
     *
     * @throws DataFileException naming file, line, column and value of the first problem
     */
    public static List<Observation> read(Path file) {
        return read(file, Edition.all(), Provenance.none());
    }

    static List<Observation> read(Path file, List<Edition> editions, Provenance provenance) {
        Reading r = new Reading(editions, provenance);
        CsvFile csv = CsvFile.forEach(file, r::header, r::row);
        return r.finish(csv);
    }

    static List<Observation> read(CsvFile csv, List<Edition> editions, Provenance provenance) {
        Reading r = new Reading(editions, provenance);
        r.header(csv);
        csv.rows().forEach(r::row);
        return r.finish(csv);
    }

    /** One file being read: its header checked first, then row by row. */
    private static final class Reading {
        private final List<Edition> editions;
        private final Provenance provenance;
        private final List<Measure> measures = new ArrayList<>();
        private final List<Observation> out = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<Observation, Long> lines = new IdentityHashMap<>();

        Reading(List<Edition> editions, Provenance provenance) {
            this.editions = editions;
            this.provenance = provenance;
        }

        void header(CsvFile csv) {
            csv.require(KEY_COLUMNS.toArray(String[]::new)).allowOnly(columns());
            for (String h : csv.header()) {
                Measure.fromColumn(h).ifPresent(measures::add);
            }
        }

        List<Observation> finish(CsvFile csv) {
            if (out.isEmpty()) {
                throw new DataFileException(csv.name(), 0, 0, "", "", "the file has a header but no rows");
            }
            Consistency.check(csv.name(), out, lines::get);
            return out;
        }

        void row(CsvFile.Row row) {
            String editionId = row.required("edition");
            Edition edition = editions.stream().filter(e -> e.id().equals(editionId)).findFirst()
                    .orElseThrow(() -> row.error("edition", editionId, "unknown edition; known are "
                            + String.join(", ", editions.stream().map(Edition::id).toList())));
            Subject subject = subject(row);
            Year year = row.year("year");
            int yearValue = year.getValue();
            if (!edition.covers(year)) {
                throw row.error("year", row.text("year"), "outside " + edition + "'s years "
                        + edition.firstYear() + "-" + edition.lastYear());
            }
            if (!seen.add(editionId + "/" + subject.code() + "/" + yearValue)) {
                throw row.error("code", subject.code(), "duplicate: " + subject.code() + " " + year
                        + " appears twice in edition " + editionId);
            }
            Observation.Builder b = Observation.builder(subject, year, edition).estimate(row.bool("estimate"));
            for (Measure m : measures) {
                OptionalDouble v = row.optionalNumber(m.column(), m.unit() == Measure.Unit.PERCENT_CHANGE
                        ? Grammar.Sign.ANY : Grammar.Sign.NON_NEGATIVE);
                if (v.isEmpty()) {
                    continue;
                }
                try {
                    b.set(m, v.getAsDouble());
                    Optional<String> source = provenance.use(edition, subject, year, m, row.text(m.column()));
                    if (source.isPresent()) {
                        b.source(m, source.get());
                    } else if (!edition.isComplete() && provenance.required()) {
                        throw row.error(m.column(), row.text(m.column()),
                                "no source recorded for this figure of partial edition " + edition + " in nato/provenance.csv");
                    }
                    b.build();
                } catch (IllegalArgumentException e) {
                    throw row.error(m.column(), row.text(m.column()), message(e));
                }
            }
            Observation built = b.build();
            out.add(built);
            lines.put(built, row.line());
        }
    }

    private static String message(IllegalArgumentException e) {
        String msg = e.getMessage();
        int colon = msg.indexOf(": ");
        return colon >= 0 ? msg.substring(colon + 2) : msg;
    }

    private static Subject subject(CsvFile.Row row) {
        String code = row.required("code");
        String name = row.required("name");
        Subject s;
        try {
            s = Subject.of(code);
        } catch (IllegalArgumentException e) {
            throw row.error("code", code, "unknown ally or group code");
        }
        boolean nameMatches = s.name().equals(name)
                || (s instanceof Ally a && Ally.fromName(name).map(a::equals).orElse(false));
        if (!nameMatches) {
            throw row.error("name", name, "does not name " + s.code() + " (" + s.name() + ")");
        }
        return s;
    }

    /**
     * Writes observations to a file in the data-file form, every measure column present. The file is written
     * whole or not at all (a temporary file beside it, then moved into place); its directory must exist.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(Collection<Observation> observations, Path file) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(observations, "observations");
        AtomicFiles.writeText(file, w -> write(observations, w));
    }

    /** Writes observations in the data-file form, every measure column present, rows in the given order. */
    public static void write(Collection<Observation> observations, Writer out) throws IOException {
        Objects.requireNonNull(observations, "observations");
        out.write(String.join(",", columns()));
        out.write('\n');
        for (Observation o : observations) {
            StringBuilder sb = new StringBuilder();
            sb.append(o.edition().id()).append(',').append(o.subject().code()).append(',')
                    .append(quote(o.subject().name())).append(',').append(o.year()).append(',')
                    .append(o.isEstimate());
            for (Measure m : Measure.values()) {
                sb.append(',');
                OptionalDouble v = o.value(m);
                if (v.isPresent()) {
                    sb.append(format(v.getAsDouble()));
                }
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }

    /**
     * A value as written to data files: the shortest decimal that reads back as the same {@code double},
     * never in exponent form.
     */
    public static String format(double value) {
        // BigDecimal.valueOf(value).toPlainString(), without making the BigDecimal: Double.toString's digits
        // written out in plain notation. Parsing them into a BigDecimal and printing it again took about half of
        // writing an edition's 5,000 values on export's first run. ObservationCsvTest checks both agree.
        if (value == 0 || !Double.isFinite(value)) {
            return BigDecimal.valueOf(value).toPlainString();     // "0.0" for -0.0; NaN and infinities refused
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;                                              // already plain: "0.001" to "9999999.0"
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        String digits = s.charAt(start) + s.substring(start + 2, e);     // "d.dddE±n": the digits without the point
        int scale = e - start - 2 - Integer.parseInt(s.substring(e + 1));
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(scale) + 3).append(s, 0, start);
        if (scale <= 0) {
            return out.append(digits).append("0".repeat(-scale)).toString();
        }
        int point = digits.length() - scale;
        if (point > 0) {
            return out.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
        }
        return out.append("0.").append("0".repeat(-point)).append(digits).toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
