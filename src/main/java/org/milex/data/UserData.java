package org.milex.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.milex.DataFileException;
import org.milex.internal.CsvFile;
import org.milex.model.Edition;
import org.milex.model.Editions;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;

/**
 * A user's data directory: the editions a user imported (for example NATO's tables published after this
 * release of milex), which {@link Dataset#installed()} adds to the embedded ones.
 *
 * <pre>{@code
 * UserData mine = UserData.at(UserData.defaultDirectory());   // $MILEX_DATA_DIR, else ~/.milex
 * mine.editions();      // [NATO-2026-07]
 * mine.imports();       // which workbook each came from, with its SHA-256
 * }</pre>
 *
 * <p>Layout: {@code editions.csv} (the imported editions, in the columns of milex's own
 * {@code data/editions.csv}), {@code nato/EDITION.csv} (each edition's figures, in milex's data-file form) and
 * {@code imports.csv} (columns {@code edition,workbook,sha256,imported,observations}: which file each edition
 * was read from). Every file is written to a temporary file in the same directory and moved into place, so
 * a failure or a kill leaves the previous file whole; {@code imports.csv} is written last.
 */
public final class UserData {
    /** The environment variable naming the directory. */
    public static final String ENVIRONMENT = "MILEX_DATA_DIR";
    static final List<String> EDITION_COLUMNS = List.of("id", "publisher", "title", "published", "cutoff",
            "price_base_year", "first_year", "last_year", "estimate_years", "coverage", "definition", "source");
    static final List<String> IMPORT_COLUMNS = List.of("edition", "workbook", "sha256", "imported", "observations");

    /**
     * Where one edition came from.
     *
     * @param edition the edition's identifier
     * @param workbook the file's name
     * @param sha256 the file's SHA-256, lower-case hex
     * @param imported the day it was imported
     * @param observations how many observations it gave
     */
    public record Import(String edition, String workbook, String sha256, LocalDate imported, int observations) {
        /** Checks the parts. */
        public Import {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(workbook, "workbook");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(imported, "imported");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: '" + sha256 + "'");
            }
        }
    }

    private final Path directory;

    private UserData(Path directory) {
        this.directory = directory;
    }

    /** The data directory at {@code directory} (which need not exist yet: it is then empty). */
    public static UserData at(Path directory) {
        return new UserData(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * The default directory: {@code $MILEX_DATA_DIR} when set and not empty, else {@code .milex} in the user's
     * home directory.
     */
    public static Path defaultDirectory() {
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".milex");
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /**
     * The editions imported, oldest first; empty when the directory holds none.
     *
     * @throws DataFileException if {@code editions.csv} is malformed
     */
    public List<Edition> editions() {
        Path f = directory.resolve("editions.csv");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        return Editions.read(f).stream().sorted(Edition.BY_PUBLICATION).toList();
    }

    /**
     * Where each imported edition came from, by edition identifier.
     *
     * @throws DataFileException if {@code imports.csv} is malformed
     */
    public Map<String, Import> imports() {
        Path f = directory.resolve("imports.csv");
        Map<String, Import> m = new LinkedHashMap<>();
        if (!Files.isRegularFile(f)) {
            return m;
        }
        CsvFile csv = CsvFile.read(f);
        csv.require(IMPORT_COLUMNS.toArray(String[]::new));
        for (CsvFile.Row row : csv.rows()) {
            String id = row.required("edition");
            try {
                m.put(id, new Import(id, row.required("workbook"), row.required("sha256"), row.date("imported"),
                        row.integer("observations")));
            } catch (IllegalArgumentException e) {
                throw row.error("sha256", row.text("sha256"), e.getMessage());
            }
        }
        return m;
    }

    /**
     * The observations of every imported edition.
     *
     * @param known the editions the files may name (the embedded ones and {@link #editions()})
     * @throws DataFileException naming file, line and column of a malformed data file, or an edition listed
     *     without its data file
     */
    List<Observation> observations(List<Edition> known) {
        List<Observation> all = new ArrayList<>();
        for (Edition e : editions()) {
            Path f = dataFile(e.id());
            if (!Files.isRegularFile(f)) {
                throw new DataFileException(directory.resolve("editions.csv").toString(), 0, 0, "id", e.id(),
                        "an edition without its data file " + f);
            }
            all.addAll(ObservationCsv.read(f, known, Provenance.none()));
        }
        return all;
    }

    Path dataFile(String editionId) {
        return directory.resolve("nato").resolve(editionId + ".csv");
    }

    /**
     * Writes an edition's figures and where they came from; an edition of the same identifier imported
     * before is replaced.
     *
     * @throws UncheckedIOException if a file cannot be written (the previous files stay whole)
     */
    public void install(Edition edition, List<Observation> observations, Import source) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(source, "source");
        if (!source.edition().equals(edition.id())) {
            throw new IllegalArgumentException("import record for " + source.edition() + " given with edition " + edition);
        }
        for (Observation o : observations) {
            if (!o.edition().equals(edition)) {
                throw new IllegalArgumentException("an observation of " + o.edition() + " among those of " + edition);
            }
        }
        List<Edition> editions = new ArrayList<>(editions().stream().filter(e -> !e.id().equals(edition.id())).toList());
        editions.add(edition);
        Map<String, Import> imports = imports();
        imports.remove(edition.id());
        imports.put(edition.id(), source);
        try {
            Files.createDirectories(directory.resolve("nato"));
            writeAtomically(dataFile(edition.id()), w -> ObservationCsv.write(observations, w));
            writeAtomically(directory.resolve("editions.csv"), w -> writeEditions(editions, w));
            writeAtomically(directory.resolve("imports.csv"), w -> writeImports(imports.values(), w));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
    }

    private interface Content {
        void write(Writer w) throws IOException;
    }

    /** Writes a temporary file beside {@code target}, then moves it into place atomically. */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.write(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeEditions(List<Edition> editions, Writer w) throws IOException {
        w.write(String.join(",", EDITION_COLUMNS) + "\n");
        for (Edition e : editions) {
            w.write(String.join(",", e.id(), quote(e.publisher()), quote(e.title()), e.published().toString(),
                    e.cutoff().map(LocalDate::toString).orElse(""),
                    String.valueOf(((PriceBasis.Constant) e.constantPrices()).baseYear()),
                    e.firstYear().toString(), e.lastYear().toString(),
                    e.estimateYears().stream().sorted().map(Year::toString).collect(Collectors.joining("|")),
                    e.coverage().name(), e.definition().name(), quote(e.source())) + "\n");
        }
    }

    private static void writeImports(java.util.Collection<Import> imports, Writer w) throws IOException {
        w.write(String.join(",", IMPORT_COLUMNS) + "\n");
        for (Import i : imports) {
            w.write(String.join(",", i.edition(), quote(i.workbook()), i.sha256(), i.imported().toString(),
                    String.valueOf(i.observations())) + "\n");
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The import of an edition, if it was imported here. */
    public Optional<Import> importOf(String editionId) {
        return Optional.ofNullable(imports().get(editionId));
    }

    @Override
    public String toString() {
        return "UserData " + directory;
    }
}
