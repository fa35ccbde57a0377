package org.milex.procurement;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.milex.internal.CsvFile;
import org.milex.model.Ally;

/**
 * An immutable collection of {@link AidFigure}s: published totals of aid to Ukraine by donor, measure and
 * type, each from its own source and date.
 *
 * <p>The figures overlap (the same donor at several dates, in commitments and in allocations, in several
 * types), so summing a whole collection means nothing: select one release, measure and type first.
 *
 * <pre>{@code
 * AidFigures r28 = AidFigures.embedded()
 *         .reportedBy("Kiel Institute, Release 28")
 *         .withMeasure(AidFigure.Measure.ALLOCATION)
 *         .withType(AidFigure.Type.MILITARY);
 * r28.valuesByAlly().get(Ally.of("DEU"));      // EUR 20010 mn (current prices)
 * r28.stream().map(AidFigure::value).collect(ConvertedTotal.summing(Currencies.EUR));
 * }</pre>
 */
public final class AidFigures implements Iterable<AidFigure> {
    private static final String RESOURCE = "org/milex/data/embedded/aid.csv";
    private static volatile AidFigures embedded;

    private final List<AidFigure> all;

    private AidFigures(List<AidFigure> all) {
        this.all = List.copyOf(all);
    }

    /**
     * The figures in milex's embedded {@code data/aid.csv}, read once.
     *
     * @throws org.milex.DataFileException if the embedded file is malformed (a build error)
     */
    public static AidFigures embedded() {
        AidFigures a = embedded;
        if (a == null) {
            synchronized (AidFigures.class) {
                a = embedded;
                if (a == null) {
                    a = new AidFigures(AidCsv.read(CsvFile.readResource(RESOURCE, "aid.csv")));
                    embedded = a;
                }
            }
        }
        return a;
    }

    /**
     * Reads figures from a CSV file with the columns of {@code data/aid.csv} (see the package
     * documentation). Strict: one bad value rejects the file.
     *
     * @throws org.milex.DataFileException naming file, line, column and value of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AidFigures read(Path path) {
        return new AidFigures(AidCsv.read(CsvFile.read(path)));
    }

    /**
     * A collection of the given figures, in their order.
     *
     * @throws IllegalArgumentException naming the id when two figures share one
     */
    public static AidFigures of(Collection<AidFigure> figures) {
        Set<String> ids = new HashSet<>();
        for (AidFigure f : figures) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("duplicate aid figure id '" + f.id() + "'");
            }
        }
        return new AidFigures(List.copyOf(figures));
    }

    /** The figures, in file order. */
    public List<AidFigure> all() {
        return all;
    }

    /** The figures as a stream, in file order. */
    public Stream<AidFigure> stream() {
        return all.stream();
    }

    @Override
    public Iterator<AidFigure> iterator() {
        return all.iterator();
    }

    /** How many figures. */
    public int size() {
        return all.size();
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The figure with an id, if there is one. */
    public Optional<AidFigure> get(String id) {
        Objects.requireNonNull(id, "id");
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The figures that match. */
    public AidFigures filter(Predicate<? super AidFigure> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return new AidFigures(all.stream().filter(predicate).collect(Collectors.toList()));
    }

    /** The figures whose donor is {@code ally}. */
    public AidFigures ofDonor(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        return filter(f -> f.donor().ally().filter(ally::equals).isPresent());
    }

    /** The figures of one measure. */
    public AidFigures withMeasure(AidFigure.Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return filter(f -> f.measure() == measure);
    }

    /** The figures of one type of aid. */
    public AidFigures withType(AidFigure.Type type) {
        Objects.requireNonNull(type, "type");
        return filter(f -> f.type() == type);
    }

    /** The figures stated by exactly {@code reportedBy}, e.g. {@code "Kiel Institute, Release 28"}. */
    public AidFigures reportedBy(String reportedBy) {
        Objects.requireNonNull(reportedBy, "reportedBy");
        return filter(f -> f.reportedBy().equals(reportedBy));
    }

    /**
     * Each ally donor's value, allies in order of their codes; donors that are not allies are left out.
     * Meant for a selection with one figure per ally (one release, measure and type).
     *
     * @throws IllegalStateException naming both figures when an ally has two
     */
    public Map<Ally, Amount> valuesByAlly() {
        Map<Ally, AidFigure> m = new TreeMap<>(Comparator.comparing(Ally::code));
        for (AidFigure f : all) {
            if (f.donor().ally().isPresent()) {
                AidFigure before = m.putIfAbsent(f.donor().ally().get(), f);
                if (before != null) {
                    throw new IllegalStateException("two figures for " + f.donor() + ": " + before.id() + " and "
                            + f.id() + "; select one release, measure and type first");
                }
            }
        }
        Map<Ally, Amount> values = new TreeMap<>(Comparator.comparing(Ally::code));
        m.forEach((ally, f) -> values.put(ally, f.value()));
        return Collections.unmodifiableMap(values);
    }

    /** One figure per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(all.size() + (all.size() == 1 ? " aid figure" : " aid figures"));
        for (AidFigure f : all) {
            sb.append('\n').append(f);
        }
        return sb.toString();
    }
}
