package org.milex.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.milex.internal.CsvFile;
import org.milex.model.Edition;

/**
 * Reads a claims file: one row per part of a reading, the claim's own columns on its first row only. The
 * schema is in the package documentation. Strict: every rule breaks with a
 * {@link org.milex.DataFileException} naming file, line, column and value.
 */
final class ClaimsCsv {
    static final List<String> COLUMNS = List.of("claim", "statement", "outlet", "said", "urls", "untraceable",
            "reading", "primary_because", "part", "measure", "subject", "when", "edition", "basis", "assumptions",
            "comparison", "tolerance", "value", "unit", "note");
    private static final List<String> CLAIM_COLUMNS = List.of("statement", "outlet", "said", "urls", "untraceable");
    private static final List<String> READING_COLUMNS = COLUMNS.subList(6, COLUMNS.size());
    private static final String VALUE = "[0-9]+(\\.[0-9]+)?";

    private ClaimsCsv() {
    }

    /** A claim's rows as read, before its readings are assembled. */
    private static final class Draft {
        final CsvFile.Row first;
        final String id;
        final Map<String, Optional<String>> primary = new LinkedHashMap<>();
        final Map<String, List<Part>> parts = new LinkedHashMap<>();
        final Map<String, CsvFile.Row> readingRow = new LinkedHashMap<>();

        Draft(CsvFile.Row first, String id) {
            this.first = first;
            this.id = id;
        }
    }

    static List<Claim> read(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new)).allowOnly(COLUMNS);
        List<Draft> drafts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Draft current = null;
        for (CsvFile.Row row : csv.rows()) {
            String id = row.required("claim");
            if (current == null || !current.id.equals(id)) {
                if (!ids.add(id)) {
                    throw row.error("claim", id, "the claim's rows are not together: it appears earlier in the file");
                }
                parse(row, "claim", id, () -> {
                    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                        throw new IllegalArgumentException("a claim's id is lower-case words joined by '-'");
                    }
                    return id;
                });
                row.required("statement");
                row.required("outlet");
                current = new Draft(row, id);
                drafts.add(current);
            } else {
                for (String col : CLAIM_COLUMNS) {
                    if (!row.text(col).isEmpty()) {
                        throw row.error(col, row.text(col), "a claim's own columns are filled on its first row only");
                    }
                }
            }
            if (!current.first.text("untraceable").isEmpty()) {
                if (row != current.first) {
                    throw row.error("claim", id, "an untraceable claim has one row and no readings");
                }
                for (String col : READING_COLUMNS) {
                    if (!row.text(col).isEmpty()) {
                        throw row.error(col, row.text(col), "an untraceable claim has no readings");
                    }
                }
                continue;
            }
            addPart(current, row);
        }
        List<Claim> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(claim(d));
        }
        return List.copyOf(out);
    }

    private static void addPart(Draft d, CsvFile.Row row) {
        String reading = row.required("reading");
        String because = row.text("primary_because");
        if (!d.parts.containsKey(reading)) {
            d.parts.put(reading, new ArrayList<>());
            d.readingRow.put(reading, row);
            d.primary.put(reading, because.isEmpty() ? Optional.empty() : Optional.of(because));
        } else if (!because.isEmpty()) {
            throw row.error("primary_because", because, "the reason stands on the reading's first row only");
        }
        String m = row.required("measure");
        Computation.Measure measure = parse(row, "measure", m, () -> Computation.Measure.parse(m));
        String w = row.text("when");
        Optional<Span> period = w.isEmpty() ? Optional.empty() : Optional.of(parse(row, "when", w, () -> Span.parse(w)));
        String e = row.text("edition");
        Optional<Edition> named = Optional.empty();
        if (measure.usesEdition()) {
            if (e.isEmpty()) {
                throw row.error("edition", e, measure.token() + " needs an edition, or 'nearest' for the edition "
                        + "nearest the statement's date");
            }
            if (!e.equals("nearest")) {
                named = Optional.of(parse(row, "edition", e, () -> Edition.parse(e)));
            }
        } else if (!e.isEmpty()) {
            throw row.error("edition", e, measure.token() + " takes no edition");
        }
        Optional<Edition> edition = named;
        String b = row.text("basis");
        Optional<Computation.Basis> basis = switch (b) {
            case "" -> Optional.empty();
            case "current" -> Optional.of(Computation.Basis.CURRENT);
            case "constant" -> Optional.of(Computation.Basis.CONSTANT);
            default -> throw row.error("basis", b, "not a price basis (expected current or constant)");
        };
        List<Assumption> assumptions = new ArrayList<>();
        String as = row.text("assumptions");
        if (!as.isEmpty()) {
            for (String a : as.split(";", -1)) {
                assumptions.add(parse(row, "assumptions", a, () -> Assumption.parse(a)));
            }
        }
        String subject = row.required("subject");
        Computation q = parse(row, "subject", subject, () -> new Computation(measure, subject, period, edition, basis,
                assumptions));
        String v = row.required("value");
        if (!v.matches(VALUE)) {
            throw row.error("value", v, "not a plain decimal number (digits, an optional decimal point)");
        }
        String op = row.required("comparison");
        String tol = row.text("tolerance");
        Comparison comparison = parse(row, "comparison", op, () -> Comparison.parse(op, tol));
        String u = row.required("unit");
        Unit unit = parse(row, "unit", u, () -> Unit.parse(u));
        String label = row.required("part");
        Part part = parse(row, "part", label, () -> new Part(label, q, comparison, new BigDecimal(v), unit,
                row.text("note")));
        List<Part> parts = d.parts.get(reading);
        parts.add(part);
        parse(row, "part", label, () -> new Reading(reading, Optional.empty(), parts));
    }

    private static Claim claim(Draft d) {
        CsvFile.Row row = d.first;
        List<Reading> readings = new ArrayList<>();
        for (Map.Entry<String, List<Part>> e : d.parts.entrySet()) {
            CsvFile.Row r = d.readingRow.get(e.getKey());
            readings.add(parse(r, "reading", e.getKey(), () -> new Reading(e.getKey(), d.primary.get(e.getKey()),
                    e.getValue())));
        }
        String said = row.text("said");
        Optional<LocalDate> date = said.isEmpty() ? Optional.empty() : Optional.of(parse(row, "said", said, () -> {
            if (!said.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new IllegalArgumentException("not a date (yyyy-mm-dd)");
            }
            return LocalDate.parse(said);
        }));
        String urls = row.text("urls");
        String untraceable = row.text("untraceable");
        for (String u : urls.isEmpty() ? List.<String>of() : List.of(urls.split("\\|", -1))) {
            if (!u.matches("https?://\\S+")) {
                throw row.error("urls", u, "not an http or https URL");
            }
        }
        return parse(row, "claim", d.id, () -> new Claim(d.id, row.required("statement"), row.required("outlet"), date,
                urls.isEmpty() ? List.of() : List.of(urls.split("\\|", -1)),
                untraceable.isEmpty() ? Optional.empty() : Optional.of(untraceable), readings));
    }

    private static <T> T parse(CsvFile.Row row, String column, String value, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
            throw row.error(column, value, ex.getMessage());
        }
    }
}
