package org.milex.data;

import java.util.ArrayList;
import java.util.List;
import org.milex.internal.CsvFile;
import org.milex.model.Edition;
import org.milex.model.Observation;

/** Reads the data files in the jar: one {@code nato/EDITION.csv} per edition of {@code editions.csv}. */
final class EmbeddedData {
    static final String ROOT = "org/milex/data/embedded/";

    private EmbeddedData() {
    }

    static Dataset load() {
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
}
