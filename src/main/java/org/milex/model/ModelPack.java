package org.milex.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.milex.internal.CsvFile;
import org.milex.internal.PackedFiles;

/**
 * The registries' data ({@code allies.csv}, {@code editions.csv}, {@code guidelines.csv}) in a form made for
 * loading: the validated values written field by field with {@link DataOutputStream}, read back through the
 * same record constructors (which validate again). The build writes it from the CSV files
 * ({@link #main(String[])}, Maven's {@code process-classes} phase); the CSV files stay the source of truth,
 * and {@code ModelPackTest} checks that both forms give equal values. Where a pack is missing (classes built
 * without Maven's {@code process-classes} phase), the registries read the CSV files.
 */
final class ModelPack {
    /** Where the packed files live on the class path, beside the CSV files they are made from. */
    static final String ROOT = "org/milex/data/embedded/packed/";
    /** Raised whenever the layout changes, so an old pack is never misread. */
    static final int VERSION = 1;
    /** Where the packed files are opened from: beside the classes first ({@link PackedFiles}). */
    private static final PackedFiles PACKED_FILES = new PackedFiles(ModelPack.class, ROOT);

    private ModelPack() {
    }

    /**
     * Writes {@code allies.pack}, {@code editions.pack} and {@code guidelines.pack} from the CSV files on the
     * class path into {@code args[0]} (the build's {@code target/classes/org/milex/data/embedded/packed}).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        try (DataOutputStream out = create(dir.resolve("allies.pack"))) {
            writeAllies(AllyRegistry.load(CsvFile.readResource(AllyRegistry.RESOURCE, "allies.csv")).all(), out);
        }
        try (DataOutputStream out = create(dir.resolve("editions.pack"))) {
            writeEditions(EditionRegistry.fromCsv(), out);
        }
        try (DataOutputStream out = create(dir.resolve("guidelines.pack"))) {
            writeGuidelines(List.copyOf(Guideline.fromCsv().values()), out);
        }
    }

    private static DataOutputStream create(Path file) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        out.writeInt(VERSION);
        return out;
    }

    /**
     * Opens a packed resource, or empty when the class path has none (the registries then read the CSV).
     *
     * @throws IllegalStateException if the pack was written by another version of this layout
     */
    static Optional<DataInputStream> open(String name) {
        InputStream in = PACKED_FILES.open(name);
        if (in == null) {
            return Optional.empty();
        }
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 14));
        try {
            int version = data.readInt();
            if (version != VERSION) {
                data.close();
                throw new IllegalStateException("milex's packed data " + ROOT + name + " has layout " + version
                        + ", this milex reads " + VERSION + ": rebuild with mvn process-classes");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name + ": " + e.getMessage(), e);
        }
        return Optional.of(data);
    }

    static void writeAllies(List<Ally> allies, DataOutputStream out) throws IOException {
        out.writeInt(allies.size());
        for (Ally a : allies) {
            out.writeUTF(a.code());
            out.writeUTF(a.name());
            out.writeInt(a.aliases().size());
            for (String alias : a.aliases()) {
                out.writeUTF(alias);
            }
            out.writeLong(a.accession().toEpochDay());
            out.writeBoolean(a.hasArmedForces());
            out.writeBoolean(a.european());
            out.writeUTF(a.currency().getCurrencyCode());
        }
    }

    static List<Ally> readAllies(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Ally> allies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = in.readUTF();
            String name = in.readUTF();
            int aliasCount = in.readInt();
            List<String> aliases = new ArrayList<>(aliasCount);
            for (int j = 0; j < aliasCount; j++) {
                aliases.add(in.readUTF());
            }
            allies.add(new Ally(code, name, aliases, LocalDate.ofEpochDay(in.readLong()), in.readBoolean(),
                    in.readBoolean(), Currency.getInstance(in.readUTF())));
        }
        return allies;
    }

    static void writeEditions(List<Edition> editions, DataOutputStream out) throws IOException {
        out.writeInt(editions.size());
        for (Edition e : editions) {
            out.writeUTF(e.id());
            out.writeUTF(e.publisher());
            out.writeUTF(e.title());
            out.writeLong(e.published().toEpochDay());
            out.writeBoolean(e.cutoff().isPresent());
            if (e.cutoff().isPresent()) {
                out.writeLong(e.cutoff().get().toEpochDay());
            }
            out.writeInt(((PriceBasis.Constant) e.constantPrices()).baseYear().getValue());
            out.writeInt(e.firstYear().getValue());
            out.writeInt(e.lastYear().getValue());
            out.writeInt(e.estimateYears().size());
            for (Year y : e.estimateYears()) {
                out.writeInt(y.getValue());
            }
            out.writeUTF(e.coverage().name());
            out.writeUTF(e.definition().name());
            out.writeUTF(e.source());
        }
    }

    static List<Edition> readEditions(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Edition> editions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            String publisher = in.readUTF();
            String title = in.readUTF();
            LocalDate published = LocalDate.ofEpochDay(in.readLong());
            Optional<LocalDate> cutoff = in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
            PriceBasis prices = PriceBasis.constant(in.readInt());
            Year first = Year.of(in.readInt());
            Year last = Year.of(in.readInt());
            int estimateCount = in.readInt();
            Set<Year> estimates = new HashSet<>();
            for (int j = 0; j < estimateCount; j++) {
                estimates.add(Year.of(in.readInt()));
            }
            editions.add(new Edition(id, publisher, title, published, cutoff, prices, first, last, estimates,
                    Edition.Coverage.valueOf(in.readUTF()), Edition.Definition.valueOf(in.readUTF()), in.readUTF()));
        }
        return editions;
    }

    static void writeGuidelines(List<Guideline> guidelines, DataOutputStream out) throws IOException {
        out.writeInt(guidelines.size());
        for (Guideline g : guidelines) {
            out.writeUTF(g.id());
            out.writeUTF(g.name());
            out.writeUTF(g.measure().map(Measure::column).orElse(""));
            out.writeUTF(g.threshold().percent().toString());
            out.writeLong(g.agreed().toEpochDay());
            out.writeUTF(g.body());
            out.writeInt(g.deadline().map(Year::getValue).orElse(0));
            out.writeUTF(g.source());
            out.writeUTF(g.definition().map(Edition.Definition::name).orElse(""));
        }
    }

    static List<Guideline> readGuidelines(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Guideline> guidelines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            String name = in.readUTF();
            String measure = in.readUTF();
            Optional<Measure> m = measure.isEmpty() ? Optional.empty() : Measure.fromColumn(measure);
            if (!measure.isEmpty() && m.isEmpty()) {
                throw new IllegalStateException("packed guideline " + id + ": unknown measure " + measure);
            }
            Share threshold = Share.ofPercent(new BigDecimal(in.readUTF()));
            LocalDate agreed = LocalDate.ofEpochDay(in.readLong());
            String body = in.readUTF();
            int deadline = in.readInt();
            Optional<Year> due = deadline == 0 ? Optional.empty() : Optional.of(Year.of(deadline));
            String source = in.readUTF();
            String definition = in.readUTF();
            guidelines.add(new Guideline(id, name, m, threshold, agreed, body, due, source,
                    definition.isEmpty() ? Optional.empty() : Optional.of(Edition.Definition.valueOf(definition))));
        }
        return guidelines;
    }
}
