package org.milex.data;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Observation;
import org.milex.model.Subject;

/**
 * An immutable set of {@link Observation}s from one or more editions, indexed by edition, ally or group, and
 * year. Each (edition, subject, year) appears at most once.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * data.editions();          // [NATO-2023-07, NATO-2024-02, NATO-2024-06, NATO-2025-04, NATO-2025-08, NATO-2026-07]
 * data.defaultEdition();    // NATO-2024-06
 * data.find(AllyGroup.EUROPE_CANADA, Year.of(2024)).flatMap(Observation::shareOfGdp);  // Optional[2.02%]
 * data.find(Ally.of("POL"), Year.of(2024), Edition.parse("NATO-2025-08"));  // revised: 3.79%
 * }</pre>
 */
public final class Dataset {
    private static volatile Dataset embedded;

    private final List<Observation> observations;
    private final Map<Key, Observation> index;
    private final List<Edition> editions;

    private record Key(String edition, String subject, int year) {
    }

    private Dataset(List<Observation> observations) {
        this.observations = List.copyOf(observations);
        Map<Key, Observation> idx = new HashMap<>();
        Set<Edition> eds = new LinkedHashSet<>();
        for (Observation o : this.observations) {
            Key k = key(o.edition(), o.subject(), o.year());
            if (idx.putIfAbsent(k, o) != null) {
                throw new IllegalArgumentException("two observations for " + o.subject().code() + " " + o.year()
                        + " in edition " + o.edition());
            }
            eds.add(o.edition());
        }
        this.index = idx;
        this.editions = eds.stream().sorted(Edition.BY_PUBLICATION).toList();
    }

    private static Key key(Edition e, Subject s, Year y) {
        return new Key(e.id(), s.code(), y.getValue());
    }

    /**
     * Every edition milex ships, read from the jar; works offline with no set-up. Read once and cached.
     */
    public static Dataset embedded() {
        Dataset d = embedded;
        if (d == null) {
            synchronized (Dataset.class) {
                d = embedded;
                if (d == null) {
                    d = EmbeddedData.load();
                    embedded = d;
                }
            }
        }
        return d;
    }

    /**
     * The editions milex ships plus those imported into the user's data directory
     * ({@link UserData#defaultDirectory()}: {@code $MILEX_DATA_DIR}, else {@code ~/.milex}) with
     * {@code milex import}. An imported edition replaces an embedded one of the same identifier (the full
     * workbook of an edition milex holds in part). Read on every call, so an import is seen at once; the same
     * as {@link #embedded()} where nothing was imported.
     *
     * @throws org.milex.DataFileException if a file of the data directory is malformed
     */
    public static Dataset installed() {
        return installed(UserData.defaultDirectory());
    }

    /**
     * The editions milex ships plus those imported into {@code dataDirectory}; see {@link #installed()}.
     *
     * @throws org.milex.DataFileException if a file of the data directory is malformed
     */
    public static Dataset installed(Path dataDirectory) {
        UserData user = UserData.at(dataDirectory);
        List<Edition> imported = user.editions();
        if (imported.isEmpty()) {
            return embedded();
        }
        Set<String> ids = new java.util.HashSet<>();
        imported.forEach(e -> ids.add(e.id()));
        List<Observation> all = new ArrayList<>(embedded().stream().filter(o -> !ids.contains(o.edition().id())).toList());
        all.addAll(user.observations(knownEditions(dataDirectory)));
        return new Dataset(all);
    }

    /**
     * Every edition known with a data directory: the embedded ones, those imported replacing any of the same
     * identifier, oldest first. User files naming these editions can be read with {@link #read(List, Path...)}.
     */
    public static List<Edition> knownEditions(Path dataDirectory) {
        List<Edition> imported = UserData.at(dataDirectory).editions();
        Set<String> ids = new java.util.HashSet<>();
        imported.forEach(e -> ids.add(e.id()));
        List<Edition> all = new ArrayList<>(Edition.all().stream().filter(e -> !ids.contains(e.id())).toList());
        all.addAll(imported);
        return all.stream().sorted(Edition.BY_PUBLICATION).toList();
    }

    /**
     * A dataset of the given observations.
     *
     * @throws IllegalArgumentException if one (edition, ally or group, year) appears twice
     */
    public static Dataset of(Collection<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        return new Dataset(new ArrayList<>(observations));
    }

    /**
     * Reads a user's data files, whose editions are among milex's embedded ones (see {@link Edition#all()}).
     *
     * @throws org.milex.DataFileException naming file, line, column and value of the first problem
     */
    public static Dataset read(Path... files) {
        return read(Edition.all(), files);
    }

    /**
     * Reads a user's data files whose editions are described by {@code editions} (for example read with
     * {@link org.milex.model.Editions#read(Path)}).
     *
     * @throws org.milex.DataFileException naming file, line, column and value of the first problem
     */
    public static Dataset read(List<Edition> editions, Path... files) {
        Objects.requireNonNull(editions, "editions");
        List<Observation> all = new ArrayList<>();
        Map<Path, Path> given = new HashMap<>();
        Map<Key, Path> from = new HashMap<>();
        for (Path f : files) {
            Path same = given.putIfAbsent(f.toAbsolutePath().normalize(), f);
            if (same != null) {
                throw new org.milex.DataFileException(f.toString(), 0, 0, "", "",
                        "the same data file is given twice (also as " + same + ")");
            }
            for (Observation o : ObservationCsv.read(f, editions, Provenance.none())) {
                Path other = from.putIfAbsent(key(o.edition(), o.subject(), o.year()), f);
                if (other != null) {
                    throw new org.milex.DataFileException(f.toString(), 0, 0, "code", o.subject().code(),
                            o.subject().code() + " " + o.year() + " of edition " + o.edition() + " is also in " + other);
                }
                all.add(o);
            }
        }
        return new Dataset(all);
    }

    /**
     * This dataset and another together.
     *
     * @throws IllegalArgumentException if both hold the same (edition, ally or group, year)
     */
    public Dataset plus(Dataset other) {
        List<Observation> all = new ArrayList<>(observations);
        all.addAll(other.observations);
        return new Dataset(all);
    }

    /** The editions present, oldest first. */
    public List<Edition> editions() {
        return editions;
    }

    /**
     * The edition questions use unless told otherwise: the newest complete edition present, or, if none is
     * complete, the newest.
     *
     * @throws IllegalStateException if the dataset is empty
     */
    public Edition defaultEdition() {
        if (editions.isEmpty()) {
            throw new IllegalStateException("the dataset is empty: it has no edition");
        }
        return editions.stream().filter(Edition::isComplete).max(Edition.BY_PUBLICATION)
                .orElse(editions.get(editions.size() - 1));
    }

    /**
     * The edition with an identifier, if this dataset holds it.
     *
     * @throws IllegalArgumentException naming the identifier and those present otherwise
     */
    public Edition edition(String id) {
        Objects.requireNonNull(id, "id");
        return editions.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown edition '" + id + "'; this dataset has "
                        + String.join(", ", editions.stream().map(Edition::id).toList())));
    }

    /**
     * The edition that was newest on {@code date}: the last published on or before it, whatever its coverage
     * (figures as they were known that day); empty if none had been published.
     *
     * <pre>{@code
     * data.asOf(LocalDate.of(2025, 1, 1));   // Optional[NATO-2024-06]
     * data.asOf(LocalDate.of(2025, 9, 1));   // Optional[NATO-2025-08], published 2025-08-28
     * }</pre>
     */
    public Optional<Edition> asOf(java.time.LocalDate date) {
        Objects.requireNonNull(date, "date");
        return editions.stream().filter(e -> !e.published().isAfter(date)).max(Edition.BY_PUBLICATION);
    }

    /**
     * How one figure was published across this dataset's editions, oldest first; see {@link History}. Empty
     * vintages where no edition published it.
     */
    public History history(Subject subject, Year year, org.milex.model.Measure measure) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(measure, "measure");
        return History.of(this, subject, year, measure);
    }

    /** The figures for an ally or group and a year in the {@linkplain #defaultEdition() default edition}. */
    public Optional<Observation> find(Subject subject, Year year) {
        return find(subject, year, defaultEdition());
    }

    /** The figures for an ally or group and a year in an edition; empty if it published none. */
    public Optional<Observation> find(Subject subject, Year year, Edition edition) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(edition, "edition");
        return Optional.ofNullable(index.get(key(edition, subject, year)));
    }

    /** Every observation, in the order read. */
    public List<Observation> observations() {
        return observations;
    }

    /** The observations of one edition, in the order read. */
    public List<Observation> observations(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return observations.stream().filter(o -> o.edition().equals(edition)).toList();
    }

    /** Only the observations of one edition. */
    public Dataset only(Edition edition) {
        return new Dataset(observations(edition));
    }

    /** The observations as a stream. */
    public Stream<Observation> stream() {
        return observations.stream();
    }

    /** The years an edition has figures for. */
    public SortedSet<Year> years(Edition edition) {
        TreeSet<Year> years = new TreeSet<>();
        observations(edition).forEach(o -> years.add(o.year()));
        return years;
    }

    /** The allies an edition has figures for (Iceland included where its GDP is published). */
    public List<Ally> allies(Edition edition) {
        return observations(edition).stream().map(Observation::subject).filter(s -> s instanceof Ally)
                .map(s -> (Ally) s).distinct().sorted(Comparator.comparing(Ally::code)).toList();
    }

    /** The groups an edition publishes rows for. */
    public List<AllyGroup> groups(Edition edition) {
        return observations(edition).stream().map(Observation::subject).filter(s -> s instanceof AllyGroup)
                .map(s -> (AllyGroup) s).distinct().toList();
    }

    /** The number of observations. */
    public int size() {
        return observations.size();
    }

    /** {@code "Dataset: 6 editions, 812 observations; default NATO-2024-06"}. */
    @Override
    public String toString() {
        return "Dataset: " + editions.size() + " editions, " + observations.size() + " observations"
                + (editions.isEmpty() ? "" : "; default " + defaultEdition());
    }
}
