package org.milex.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.milex.internal.CsvFile;
import org.milex.internal.PackedFiles;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;

/**
 * Reads the data files in the jar: one {@code nato/EDITION.csv} per edition of {@code editions.csv}.
 *
 * <p>The build also writes them in a form made for loading ({@link #main(String[])}, Maven's
 * {@code process-classes} phase): {@code packed/nato/index.pack} lists each edition with its number of
 * observations, and {@code packed/nato/EDITION.pack} holds that edition's observations exactly (values as
 * {@code double} bits, each figure's source resolved from {@code nato/provenance.csv}). With the packed form
 * the embedded dataset reads an edition only when a question first needs it; without it (classes built
 * without that phase) every CSV file is read as before. The CSV files stay the source of truth:
 * the build makes the packed form from them, validating as {@link ObservationCsv} does, and
 * {@code EmbeddedDataTest} checks that both forms give equal observations for every edition.
 */
final class EmbeddedData {
    static final String ROOT = "org/milex/data/embedded/";
    static final String PACKED = ROOT + "packed/nato/";
    /** Raised whenever the packed layout changes, so an old pack is never misread. */
    static final int VERSION = 1;
    /** Where the packed files are opened from: beside the classes first ({@link PackedFiles}). */
    private static final PackedFiles PACKED_FILES = new PackedFiles(EmbeddedData.class, PACKED);

    private static final Measure[] MEASURES = Measure.values();

    private EmbeddedData() {
    }

    /** The embedded dataset: from the packed form, editions read on demand, or from the CSV files. */
    static Dataset load() {
        InputStream index = PACKED_FILES.open("index.pack");
        return index == null ? loadCsv() : loadPacked(index);
    }

    /** Every edition read from its CSV file, validated, with the sources of {@code nato/provenance.csv}. */
    static Dataset loadCsv() {
        List<Edition> editions = Edition.all();
        Provenance provenance = Provenance.read(CsvFile.readResource(ROOT + "nato/provenance.csv", "nato/provenance.csv"));
        List<Observation> all = new ArrayList<>();
        for (Edition e : editions) {
            String name = "nato/" + e.id() + ".csv";
            all.addAll(ObservationCsv.read(CsvFile.readResource(ROOT + name, name), editions, provenance));
        }
        provenance.checkAllUsed();
        return Dataset.of(all);
    }

    private static Dataset loadPacked(InputStream index) {
        List<Edition> editions = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        try (DataInputStream in = open(index, "index.pack")) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                Edition e = Edition.parse(in.readUTF());
                editions.add(e);
                counts.put(e.id(), in.readInt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed data index: " + e.getMessage(), e);
        }
        return Dataset.lazy(editions, counts, EmbeddedData::readPacked);
    }

    private static List<Observation> readPacked(Edition edition) {
        String name = edition.id() + ".pack";
        InputStream raw = PACKED_FILES.open(name);
        if (raw == null) {
            throw new IllegalStateException("milex's packed data is missing " + PACKED + name);
        }
        try (DataInputStream in = open(raw, name)) {
            return PackedEdition.read(edition, in.readAllBytes());     // observations made when first asked for
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed data " + name + ": " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 15));
        int version = in.readInt();
        if (version != VERSION) {
            in.close();
            throw new IllegalStateException("milex's packed data " + PACKED + name + " has layout " + version
                    + ", this milex reads " + VERSION + ": rebuild with mvn process-classes");
        }
        return in;
    }

    /**
     * Writes the packed form of the embedded CSV files into {@code args[0]} (the build's
     * {@code target/classes/org/milex/data/embedded/packed/nato}), after reading and validating them.
     */
    public static void main(String[] args) throws IOException {
        if (MEASURES.length > 63) {
            throw new IllegalStateException("the packed form holds at most 63 measures, milex has " + MEASURES.length);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Dataset data = loadCsv();
        try (DataOutputStream out = create(dir.resolve("index.pack"))) {
            out.writeInt(data.editions().size());
            for (Edition e : data.editions()) {
                out.writeUTF(e.id());
                out.writeInt(data.observations(e).size());
            }
        }
        for (Edition e : data.editions()) {
            try (DataOutputStream out = create(dir.resolve(e.id() + ".pack"))) {
                write(data.observations(e), out);
            }
        }
    }

    private static DataOutputStream create(Path file) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        out.writeInt(VERSION);
        return out;
    }

    private static void write(List<Observation> observations, DataOutputStream out) throws IOException {
        out.writeInt(observations.size());
        for (Observation o : observations) {
            out.writeUTF(o.subject().code());
            out.writeShort(o.year().getValue());
            out.writeBoolean(o.isEstimate());
            long present = 0;
            for (Measure m : MEASURES) {
                if (o.has(m)) {
                    present |= 1L << m.ordinal();
                }
            }
            out.writeLong(present);
            for (Measure m : MEASURES) {
                if (o.has(m)) {
                    out.writeDouble(o.value(m).getAsDouble());
                }
            }
            Map<Measure, String> sources = o.figureSources();
            out.writeByte(sources.size());
            for (Map.Entry<Measure, String> s : sources.entrySet()) {
                out.writeByte(s.getKey().ordinal());
                out.writeUTF(s.getValue());
            }
        }
    }
}
