package org.milex.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.milex.internal.CsvFile;

/**
 * A spending guideline the allies agreed: a threshold on a measure, the date and body that agreed it, and
 * a deadline where there is one. The guidelines and their sources are in {@code data/guidelines.csv}.
 *
 * <pre>{@code
 * Guideline two = Guideline.twoPercentOfGdp();
 * two.threshold();    // 2.00%
 * two.measure();      // Optional[SHARE_OF_GDP]
 * Guideline.hagueCore().deadline();   // Optional[2035]
 * }</pre>
 *
 * @param id stable identifier, e.g. {@code GDP_2PCT}
 * @param name what the guideline is called
 * @param measure the published measure it is checked against; empty where NATO publishes none (the Hague
 *     1.5% for defence-related spending)
 * @param threshold the share to reach: at or above it meets the guideline
 * @param agreed the date it was agreed
 * @param body who agreed it
 * @param deadline the year by which it is to be met, where one was set
 * @param source where the guideline's text and date come from
 * @param definition what expenditure the guideline is defined on: NATO's defence expenditure (2%, 20%) or
 *     core defence expenditure (The Hague's 3.5%); empty where NATO publishes no measure for it
 */
public record Guideline(String id, String name, Optional<Measure> measure, Share threshold, LocalDate agreed,
                        String body, Optional<Year> deadline, String source, Optional<Edition.Definition> definition) {

    private static final String RESOURCE = "org/milex/data/embedded/guidelines.csv";
    private static volatile Map<String, Guideline> registry;

    /** Validates that no part is missing. */
    public Guideline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(agreed, "agreed");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * Whether an edition's figures are of the expenditure this guideline is defined on: core defence
     * expenditure for The Hague's 3.5%, NATO's defence expenditure for 2% and 20%.
     */
    public boolean isDefinedOn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return definition.isEmpty() || definition.get() == edition.definition();
    }

    /**
     * What to say on every row that compares an edition's figures with this guideline when they measure
     * different expenditure, e.g. {@code "NATO-2024-06 measures defence expenditure (NATO definition), not
     * core defence expenditure (The Hague, 2025): HAGUE_CORE_3_5PCT compared with a different figure"}; empty
     * when the definitions agree.
     */
    public Optional<String> definitionNote(Edition edition) {
        if (isDefinedOn(edition)) {
            return Optional.empty();
        }
        return Optional.of(edition + " measures " + edition.definition().label() + ", not "
                + definition.get().label() + ": " + id + " compared with a different figure");
    }

    /** 2% of GDP on defence (defence ministers 2006, reaffirmed at Wales 2014). */
    public static Guideline twoPercentOfGdp() {
        return of("GDP_2PCT");
    }

    /** 20% of defence expenditure on major equipment including related R&amp;D (Wales 2014). */
    public static Guideline equipmentTwentyPercent() {
        return of("EQUIPMENT_20PCT");
    }

    /** The Hague 2025: at least 3.5% of GDP on core defence requirements by 2035. */
    public static Guideline hagueCore() {
        return of("HAGUE_CORE_3_5PCT");
    }

    /** The Hague 2025: up to 1.5% of GDP on defence- and security-related spending by 2035. */
    public static Guideline hagueRelated() {
        return of("HAGUE_RELATED_1_5PCT");
    }

    /** The Hague 2025: 5% of GDP in all by 2035 (3.5% core plus 1.5% related). */
    public static Guideline hagueTotal() {
        return of("HAGUE_TOTAL_5PCT");
    }

    /** Every guideline, in the order of {@code data/guidelines.csv}. */
    public static List<Guideline> all() {
        return List.copyOf(registry().values());
    }

    /**
     * The guideline with an identifier.
     *
     * @throws IllegalArgumentException naming the identifier when there is none
     */
    public static Guideline of(String id) {
        Objects.requireNonNull(id, "id");
        Guideline g = registry().get(id);
        if (g == null) {
            throw new IllegalArgumentException("unknown guideline '" + id + "'; milex knows "
                    + String.join(", ", registry().keySet()));
        }
        return g;
    }

    private static Map<String, Guideline> registry() {
        Map<String, Guideline> r = registry;
        if (r == null) {
            synchronized (Guideline.class) {
                r = registry;
                if (r == null) {
                    Optional<Map<String, Guideline>> packed = fromPack();
                    r = packed.isPresent() ? packed.get() : fromCsv();
                    registry = r;
                }
            }
        }
        return r;
    }

    /** The guidelines of {@code guidelines.csv}, read as CSV. */
    static Map<String, Guideline> fromCsv() {
        return load(CsvFile.readResource(RESOURCE, "guidelines.csv"));
    }

    /** The guidelines from the build's packed form, or empty without one (see {@link ModelPack}). */
    static Optional<Map<String, Guideline>> fromPack() {
        Optional<DataInputStream> pack = ModelPack.open("guidelines.pack");
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = pack.get()) {
            Map<String, Guideline> m = new LinkedHashMap<>();
            for (Guideline g : ModelPack.readGuidelines(in)) {
                m.put(g.id(), g);
            }
            return Optional.of(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed guidelines: " + e.getMessage(), e);
        }
    }

    private static Map<String, Guideline> load(CsvFile csv) {
        csv.require("id", "name", "measure", "threshold_pct", "agreed", "body", "deadline", "source", "definition");
        Map<String, Guideline> m = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String measure = row.text("measure");
            Optional<Measure> mm = measure.isEmpty() ? Optional.empty() : Optional.of(Measure.fromColumn(measure)
                    .orElseThrow(() -> row.error("measure", measure, "not a measure column")));
            Guideline g = new Guideline(row.required("id"), row.required("name"), mm,
                    Share.ofPercent(row.decimal("threshold_pct")), row.date("agreed"), row.required("body"),
                    row.text("deadline").isEmpty() ? Optional.empty() : Optional.of(Year.of(row.integer("deadline"))),
                    row.required("source"), definition(row));
            m.put(g.id(), g);
        }
        return m;
    }

    private static Optional<Edition.Definition> definition(CsvFile.Row row) {
        String d = row.text("definition");
        if (d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Edition.Definition.valueOf(d));
        } catch (IllegalArgumentException e) {
            throw row.error("definition", d, "not one of " + java.util.Arrays.toString(Edition.Definition.values()));
        }
    }

    /** {@code "2% of GDP on defence (≥ 2.00%)"}. */
    @Override
    public String toString() {
        return name + " (≥ " + threshold + ")";
    }
}
