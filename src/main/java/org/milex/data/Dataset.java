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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /** Every observation in the order read; for a lazy dataset, made when first asked for. */
    private volatile List<Observation> observations;
    /** Each edition's part, by edition identifier; a lazy dataset adds an edition's part when first needed. */
    private final Map<String, Part> parts;
    private final List<Edition> editions;
    /** For a lazy dataset: the number of observations of each edition (by identifier), and how to read one. */
    private final Map<String, Integer> counts;
    private final Function<Edition, List<Observation>> loader;

    /**
     * One edition's observations, in the order read, indexed by ally or group and year. (Keys are edition
     * identifiers and {@link Key}s with their own {@code hashCode}: hashing records on the start-up path would
     * cost a first-use bootstrap of the records' generated methods.) A packed edition's observations are made
     * when first asked for ({@link PackedEdition}), its index from their codes and years alone.
     */
    private static final class Part {
        static final Part EMPTY = new Part(List.of(), Map.of());

        /** Unmodifiable, in the order read. */
        final List<Observation> observations;
        /** Each observation's position in {@link #observations}. */
        final Map<Key, Integer> index;

        Part(List<Observation> observations, Map<Key, Integer> index) {
            this.observations = observations;
            this.index = index;
        }

        Observation find(Key key) {
            Integer i = index.get(key);
            return i == null ? null : observations.get(i);
        }

        /** A packed edition's part, rejecting the first ally or group and year that appears twice. */
        static Part packed(PackedEdition packed, Edition edition) {
            Map<Key, Integer> index = new HashMap<>();
            for (int i = 0; i < packed.size(); i++) {
                if (index.putIfAbsent(new Key(packed.code(i), packed.year(i)), i) != null) {
                    throw new IllegalArgumentException("two observations for " + packed.code(i) + " "
                            + packed.year(i) + " in edition " + edition);
                }
            }
            return new Part(packed, index);
        }

        /** Indexes observations, rejecting the first (edition, ally or group, year) that appears twice. */
        static Map<String, Part> of(List<Observation> observations) {
            Map<String, List<Observation>> lists = new HashMap<>();
            Map<String, Map<Key, Integer>> indices = new HashMap<>();
            for (Observation o : observations) {
                String id = o.edition().id();
                List<Observation> list = lists.get(id);
                if (list == null) {
                    list = new ArrayList<>();
                    lists.put(id, list);
                    indices.put(id, new HashMap<>());
                }
                list.add(o);
                if (indices.get(id).putIfAbsent(key(o.subject(), o.year()), list.size() - 1) != null) {
                    throw new IllegalArgumentException("two observations for " + o.subject().code() + " "
                            + o.year() + " in edition " + o.edition());
                }
            }
            Map<String, Part> parts = new HashMap<>();
            for (Map.Entry<String, List<Observation>> e : lists.entrySet()) {
                parts.put(e.getKey(), new Part(List.copyOf(e.getValue()), indices.get(e.getKey())));
            }
            return parts;
        }
    }

    /** An ally's or group's code and a year. */
    private static final class Key {
        private final String subject;
        private final int year;

        Key(String subject, int year) {
            this.subject = subject;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.subject.equals(subject);
        }

        @Override
        public int hashCode() {
            return subject.hashCode() * 31 + year;
        }
    }

    private Dataset(List<Observation> observations) {
        this.observations = List.copyOf(observations);
        this.parts = Part.of(this.observations);
        Set<Edition> eds = new LinkedHashSet<>();
        for (Observation o : this.observations) {
            eds.add(o.edition());
        }
        this.editions = eds.stream().sorted(Edition.BY_PUBLICATION).toList();
        this.counts = null;
        this.loader = null;
    }

    private Dataset(List<Edition> editions, Map<String, Integer> counts, Function<Edition, List<Observation>> loader) {
        List<Edition> present = new ArrayList<>();
        for (Edition e : editions) {
            if (counts.get(e.id()) > 0) {
                present.add(e);
            }
        }
        present.sort(Edition.BY_PUBLICATION);
        this.editions = List.copyOf(present);
        this.counts = Map.copyOf(counts);
        this.loader = loader;
        this.parts = new ConcurrentHashMap<>();
    }

    /**
     * A dataset that reads an edition's observations only when a question first needs them.
     *
     * @param editions the editions, each with a count in {@code counts}
     * @param counts each edition's number of observations, by identifier (editions with none are not present)
     * @param loader reads one edition's observations, all of that edition, in order
     */
    static Dataset lazy(List<Edition> editions, Map<String, Integer> counts, Function<Edition, List<Observation>> loader) {
        return new Dataset(editions, counts, loader);
    }

    private Part part(Edition edition) {
        Part p = parts.get(edition.id());
        if (p != null || loader == null) {
            return p != null ? p : Part.EMPTY;
        }
        Edition present = null;
        for (Edition e : editions) {
            if (e.id().equals(edition.id())) {
                present = e;
            }
        }
        if (present == null) {
            return Part.EMPTY;
        }
        synchronized (parts) {
            p = parts.get(edition.id());
            if (p == null) {
                List<Observation> read = loader.apply(present);
                if (read instanceof PackedEdition packed && read.size() == counts.get(present.id())) {
                    p = Part.packed(packed, present);    // made for this edition: only the count to check
                    parts.put(present.id(), p);
                    return p;
                }
                for (Observation o : read) {
                    if (!o.edition().id().equals(present.id())) {
                        throw new IllegalStateException("milex's packed data for " + present + " holds an "
                                + "observation of " + o.edition());
                    }
                }
                if (read.size() != counts.get(present.id())) {
                    throw new IllegalStateException("milex's packed data for " + present + " holds " + read.size()
                            + " observations, its index says " + counts.get(present.id()));
                }
                p = Part.of(read).getOrDefault(present.id(), Part.EMPTY);
                parts.put(present.id(), p);
            }
        }
        return p;
    }

    private static Key key(Subject s, Year y) {
        return new Key(s.code(), y.getValue());
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
        Map<List<Object>, Path> from = new HashMap<>();   // edition, code, year
        for (Path f : files) {
            Path same = given.putIfAbsent(f.toAbsolutePath().normalize(), f);
            if (same != null) {
                throw new org.milex.DataFileException(f.toString(), 0, 0, "", "",
                        "the same data file is given twice (also as " + same + ")");
            }
            for (Observation o : ObservationCsv.read(f, editions, Provenance.none())) {
                Path other = from.putIfAbsent(List.of(o.edition().id(), o.subject().code(), o.year()), f);
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
        List<Observation> all = new ArrayList<>(observations());
        all.addAll(other.observations());
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
        Edition newest = null;       // a loop: every query asks first, and a stream's lambdas cost the first run
        for (Edition e : editions) {
            if (e.isComplete() && (newest == null || Edition.BY_PUBLICATION.compare(e, newest) > 0)) {
                newest = e;
            }
        }
        return newest != null ? newest : editions.get(editions.size() - 1);
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
        return Optional.ofNullable(part(edition).find(key(subject, year)));
    }

    /** Every observation, in the order read. */
    public List<Observation> observations() {
        List<Observation> all = observations;
        if (all == null) {
            List<Observation> read = new ArrayList<>();
            for (Edition e : editions) {
                read.addAll(part(e).observations);
            }
            all = List.copyOf(read);
            observations = all;
        }
        return all;
    }

    /** The observations of one edition, in the order read. */
    public List<Observation> observations(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return part(edition).observations;
    }

    /** Only the observations of one edition. */
    public Dataset only(Edition edition) {
        return new Dataset(observations(edition));
    }

    /** The observations as a stream. */
    public Stream<Observation> stream() {
        return observations().stream();
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
        List<Observation> all = observations;
        if (all != null) {
            return all.size();
        }
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    /** {@code "Dataset: 6 editions, 812 observations; default NATO-2024-06"}. */
    @Override
    public String toString() {
        return "Dataset: " + editions.size() + " editions, " + size() + " observations"
                + (editions.isEmpty() ? "" : "; default " + defaultEdition());
    }
}
