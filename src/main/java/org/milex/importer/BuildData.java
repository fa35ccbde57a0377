package org.milex.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.milex.data.ObservationCsv;
import org.milex.data.Provenance;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;

/**
 * Rebuilds milex's {@code data/nato/} from the source material: NATO's 2024 TABLES workbook and the
 * transcribed release files with their provenance. Run by maintainers when a source changes:
 * {@code java -cp … org.milex.importer.BuildData ../shared/sources data}. The test suite checks that
 * {@code data/} equals what this would write.
 *
 * <p>Not API: the class is package-private (the {@code java} launcher runs its {@code main} all the same), so
 * it appears neither in the Javadoc nor to users of the jar.
 */
final class BuildData {
    /** The workbook of the one edition milex holds completely, relative to the sources folder. */
    static final String WORKBOOK = "nato/240617-def-exp-2024-TABLES-en.xlsx";
    /** The provenance file of the partial editions, relative to the sources folder. */
    static final String PROVENANCE = "nato-editions/nato_provenance_partial_releases.csv";
    /** The release files of the partial editions, relative to the sources folder. */
    static final List<String> RELEASES = List.of("nato-editions/nato_defexp_2023-07.csv",
            "nato-editions/nato_defexp_2024-02.csv", "nato-editions/nato_defexp_2025-04_sgar-interim.csv",
            "nato-editions/nato_defexp_2025-08.csv", "nato-editions/nato_defexp_2026-07.csv");

    private BuildData() {
    }

    /** What the sources make: every edition's observations, and the per-figure sources. */
    record Built(Map<Edition, List<Observation>> editions, List<Provenance.Row> provenance) {
    }

    /** Imports everything from a sources folder laid out as {@code shared/sources}. */
    static Built build(Path sources) {
        Map<Edition, List<Observation>> byEdition = new java.util.TreeMap<>();
        Edition complete = Edition.parse("NATO-2024-06");
        byEdition.put(complete, NatoWorkbook.read(sources.resolve(WORKBOOK), complete).observations());
        List<Observation> partial = new ArrayList<>();
        for (String r : RELEASES) {
            partial.addAll(NatoReleaseCsv.read(sources.resolve(r), sources.resolve(PROVENANCE), Edition.all()));
        }
        NatoReleaseCsv.checkProvenanceCovered(sources.resolve(PROVENANCE), partial);
        List<Provenance.Row> provenance = new ArrayList<>();
        for (Observation o : partial) {
            byEdition.computeIfAbsent(o.edition(), e -> new ArrayList<>()).add(o);
            for (Map.Entry<Measure, String> s : o.figureSources().entrySet()) {
                provenance.add(new Provenance.Row(o.edition(), o.subject(), o.year(), s.getKey(),
                        o.value(s.getKey()).orElseThrow(), s.getValue()));
            }
        }
        return new Built(byEdition, provenance);
    }

    /** Writes {@code data/nato/EDITION.csv} for every edition and {@code data/nato/provenance.csv}. */
    static void write(Built built, Path data) throws IOException {
        Path nato = data.resolve("nato");
        Files.createDirectories(nato);
        for (Map.Entry<Edition, List<Observation>> e : built.editions().entrySet()) {
            ObservationCsv.write(e.getValue(), nato.resolve(e.getKey().id() + ".csv"));
        }
        Provenance.write(built.provenance(), nato.resolve("provenance.csv"));
    }

    /**
     * Rebuilds {@code data/nato/}.
     *
     * @param args the sources folder and the data folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildData SOURCES_DIR DATA_DIR");
            System.exit(2);
        }
        Built built = build(Path.of(args[0]));
        write(built, Path.of(args[1]));
        built.editions().forEach((e, obs) -> System.out.println(e + ": " + obs.size() + " observations"));
        System.out.println("provenance: " + built.provenance().size() + " figures");
    }
}
