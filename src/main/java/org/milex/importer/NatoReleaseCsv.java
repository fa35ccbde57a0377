package org.milex.importer;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.milex.DataFileException;
import org.milex.internal.CsvFile;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Subject;

/**
 * Reads NATO figures transcribed in long form, one row per ally or group and year, with a per-figure
 * provenance file: the form of milex's sources for the editions NATO's own workbook is not available for.
 *
 * <p>Release file columns: {@code release,country,iso3,year,is_estimate,share_gdp_pct,
 * expenditure_usd_current_mn,expenditure_usd_2015_mn,real_gdp_usd_2015_bn,equipment_share_pct,
 * personnel_thousands}. The release label starts with the edition's identifier ({@code "NATO-2025-08 (2014-2025)"}).
 * {@code iso3} is empty for the rows {@code NATO Europe and Canada} and {@code NATO Total}. Real GDP is in
 * billions and is converted to millions exactly (× 1000). The constant-2015 columns are only accepted for
 * editions whose constant prices are 2015's.
 *
 * <p>Provenance file columns: {@code release,country,year,field,value,source}, one row per non-empty figure;
 * every figure must have one, with the same value.
 */
public final class NatoReleaseCsv {
    private static final Map<String, Measure> FIELDS = Map.of(
            "share_gdp_pct", Measure.SHARE_OF_GDP,
            "expenditure_usd_current_mn", Measure.EXPENDITURE_USD_CURRENT,
            "expenditure_usd_2015_mn", Measure.EXPENDITURE_USD_CONSTANT,
            "real_gdp_usd_2015_bn", Measure.REAL_GDP_USD_CONSTANT,
            "equipment_share_pct", Measure.EQUIPMENT_SHARE,
            "personnel_thousands", Measure.PERSONNEL);
    private static final List<String> FIELD_ORDER = List.of("share_gdp_pct", "expenditure_usd_current_mn",
            "expenditure_usd_2015_mn", "real_gdp_usd_2015_bn", "equipment_share_pct", "personnel_thousands");

    private NatoReleaseCsv() {
    }

    /**
     * Reads one release file, taking each figure's source from {@code provenance}.
     *
     * @throws DataFileException naming file, line, column and value of the first problem
     */
    public static List<Observation> read(Path release, Path provenance, List<Edition> editions) {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(provenance, "provenance");
        Map<String, String[]> sources = sources(CsvFile.read(provenance));
        CsvFile csv = CsvFile.read(release);
        csv.require("release", "country", "iso3", "year", "is_estimate");
        csv.require(FIELD_ORDER.toArray(String[]::new));
        Map<String, Observation.Builder> builders = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String label = row.required("release");
            String id = label.split(" ")[0];
            Edition edition = editions.stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow(() -> row.error("release", label, "no edition " + id + " in editions.csv"));
            Subject subject = subject(row);
            Year year = Year.of(row.integer("year"));
            if (!edition.covers(year)) {
                throw row.error("year", row.text("year"), "outside " + edition + "'s years");
            }
            String key = id + "/" + subject.code() + "/" + year;
            if (builders.containsKey(key)) {
                throw row.error("country", row.text("country"), "duplicate: " + subject.code() + " " + year + " appears twice");
            }
            Observation.Builder b = Observation.builder(subject, year, edition).estimate(row.bool("is_estimate"));
            for (String field : FIELD_ORDER) {
                OptionalDouble v = row.optionalNumber(field);
                if (v.isEmpty()) {
                    continue;
                }
                Measure m = FIELDS.get(field);
                if (field.contains("2015") && !edition.constantPrices().toString().contains("2015")) {
                    throw row.error(field, row.text(field), edition + " is in " + edition.constantPrices()
                            + ", not constant 2015 prices");
                }
                double value = field.endsWith("_bn")
                        ? new java.math.BigDecimal(row.text(field)).movePointRight(3).doubleValue() : v.getAsDouble();
                String[] src = sources.remove(label + "/" + row.text("country") + "/" + year + "/" + field);
                if (src == null) {
                    throw row.error(field, row.text(field), "no source for this figure in " + provenance.getFileName());
                }
                if (Double.parseDouble(src[0]) != v.getAsDouble()) {
                    throw row.error(field, row.text(field), "the provenance file gives " + src[0] + " for it");
                }
                try {
                    b.set(m, value).source(m, src[1]).build();
                } catch (IllegalArgumentException e) {
                    throw row.error(field, row.text(field), e.getMessage());
                }
            }
            builders.put(key, b);
        }
        List<Observation> out = new ArrayList<>();
        builders.values().forEach(b -> out.add(b.build()));
        return out;
    }

    /**
     * Checks that every row of the provenance file was used by one of the release files read with it.
     *
     * @throws DataFileException naming the first figure of the provenance file that no release file has
     */
    public static void checkProvenanceCovered(Path provenance, List<Observation> observations) {
        Map<String, String[]> sources = sources(CsvFile.read(provenance));
        Map<String, Boolean> seen = new HashMap<>();
        for (Observation o : observations) {
            for (Measure m : o.figureSources().keySet()) {
                seen.put(o.edition().id() + "/" + o.subject().code() + "/" + o.year() + "/" + m.column(), true);
            }
        }
        CsvFile csv = CsvFile.read(provenance);
        for (CsvFile.Row row : csv.rows()) {
            String label = row.required("release");
            Subject s = subjectByName(row, "country");
            Measure m = FIELDS.get(row.required("field"));
            String key = label.split(" ")[0] + "/" + s.code() + "/" + row.integer("year") + "/" + m.column();
            if (!seen.containsKey(key)) {
                throw row.error("field", row.text("field"), "a source for a figure no release file has");
            }
        }
    }

    private static Map<String, String[]> sources(CsvFile csv) {
        csv.require("release", "country", "year", "field", "value", "source");
        Map<String, String[]> m = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String field = row.required("field");
            if (!FIELDS.containsKey(field)) {
                throw row.error("field", field, "unknown field; known are " + FIELD_ORDER);
            }
            String key = row.required("release") + "/" + row.required("country") + "/" + row.integer("year") + "/" + field;
            if (m.put(key, new String[] {row.required("value"), row.required("source")}) != null) {
                throw row.error("field", field, "a second source for the same figure");
            }
        }
        return m;
    }

    private static Subject subject(CsvFile.Row row) {
        String iso3 = row.text("iso3");
        if (iso3.isEmpty()) {
            return subjectByName(row, "country");
        }
        Ally ally;
        try {
            ally = Ally.of(iso3);
        } catch (IllegalArgumentException e) {
            throw row.error("iso3", iso3, "unknown ally code");
        }
        if (!Ally.fromName(row.required("country")).map(ally::equals).orElse(false)) {
            throw row.error("country", row.text("country"), "does not name " + ally);
        }
        return ally;
    }

    private static Subject subjectByName(CsvFile.Row row, String column) {
        String name = row.required(column);
        for (AllyGroup g : List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA)) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return Ally.fromName(name).orElseThrow(() -> row.error(column, name, "unknown ally or group"));
    }
}
